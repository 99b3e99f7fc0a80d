import { graphql } from '../graphql/generated';

export const NotificationDeliveriesQuery = graphql(`
  query NotificationDeliveries($state: NotificationDeliveryState!, $first: Int, $after: String) {
    notificationDeliveries(state: $state, first: $first, after: $after) {
      nodes { id eventType userName channel state attempts lastError skipReason createdAt updatedAt }
      pageInfo { hasNextPage endCursor }
    }
    tenant { timeZone }
  }
`);

export const ResendNotificationDeliveryMutation = graphql(`
  mutation ResendNotificationDelivery($id: ID!) {
    resendNotificationDelivery(id: $id) { id state }
  }
`);
