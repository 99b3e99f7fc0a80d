import { graphql } from '../graphql/generated';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount { unreadNotificationCount }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes { id eventType title body app link priority mandatory read createdAt }
      pageInfo { hasNextPage endCursor }
    }
    tenant { id timeZone }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }
`);

export const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences { eventType channel enabled locked mandatory }
    myNotificationSettings { email emailAvailable pushPublicKey }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($eventType: String!, $channel: NotificationChannel!, $enabled: Boolean!) {
    setNotificationPreference(eventType: $eventType, channel: $channel, enabled: $enabled) { eventType channel enabled locked mandatory }
  }
`);

export const SetMyNotificationEmailMutation = graphql(`
  mutation SetMyNotificationEmail($email: String) { setMyNotificationEmail(email: $email) { email emailAvailable pushPublicKey } }
`);

export const RegisterPushSubscriptionMutation = graphql(`
  mutation RegisterPushSubscription($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id } }
`);

/** The live feed of the caller's new notices (graphql-ws). */
export const NOTIFICATION_SUBSCRIPTION = `subscription NotificationAdded { notificationAdded { id title } }`;
