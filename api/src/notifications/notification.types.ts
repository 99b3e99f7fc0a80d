import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DeliveryState, NotificationChannel, NotificationPriority } from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';
import { ConnectionType, PageArgs } from '../platform/graphql/pagination.js';

export const NotificationChannelEnum = graphqlEnum(NotificationChannel, 'NotificationChannel', 'IN_APP 站内通知 (always on), EMAIL 邮件, PUSH 浏览器推送.');
export const NotificationPriorityEnum = graphqlEnum(NotificationPriority, 'NotificationPriority', 'HIGH 紧急, NORMAL 一般, LOW 提示.');
export const DeliveryStateEnum = graphqlEnum(DeliveryState, 'NotificationDeliveryState', 'PENDING 待发送, SENT 已发送, FAILED 发送失败（重试已用尽）, SKIPPED 未发送（已关闭、无地址或未开通）.');

@ObjectType('Notification', { description: "A notice in the caller's notification centre, in the language of the request." })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The domain event type it came from, e.g. mall.order.placed.' }) eventType!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'storefront or tenant-admin.' }) app!: string;
  @Field({ description: 'Path of the page to act on, inside that app.' }) link!: string;
  @Field(() => NotificationPriorityEnum) priority!: NotificationPriority;
  @Field({ description: 'A legal deadline or an expert draw: cannot be switched off.' }) mandatory!: boolean;
  @Field() read!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationType) {}

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only unread notices.' })
  unreadOnly?: boolean | null;
}

@InputType('MarkNotificationsReadInput', { description: 'Either ids (1–100 of your notices) or all: true.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true }) all?: boolean | null;
}

@ObjectType('NotificationPreference', { description: 'Whether a kind of notice reaches you on a channel.' })
export class NotificationPreferenceType {
  @Field() eventType!: string;
  @Field(() => NotificationChannelEnum) channel!: NotificationChannel;
  @Field() enabled!: boolean;
  @Field({ description: 'Cannot be changed: in-app is always on, and mandatory notices on every channel.' }) locked!: boolean;
  @Field() mandatory!: boolean;
}

@InputType('PushSubscriptionInput', { description: "The browser's PushSubscription: endpoint and keys (base64url)." })
export class PushSubscriptionInputType {
  @Field() endpoint!: string;
  @Field() p256dh!: string;
  @Field() auth!: string;
}

@ObjectType('PushSubscription')
export class PushSubscriptionType {
  @Field(() => ID) id!: string;
  @Field() endpoint!: string;
}

@ObjectType('NotificationDelivery', { description: 'One send of a notice on one channel to one user.' })
export class NotificationDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field() eventType!: string;
  @Field(() => ID) userId!: string;
  @Field() userName!: string;
  @Field(() => NotificationChannelEnum) channel!: NotificationChannel;
  @Field(() => DeliveryStateEnum) state!: DeliveryState;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => String, { nullable: true }) skipReason!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('NotificationDeliveryConnection')
export class NotificationDeliveryConnection extends ConnectionType(NotificationDeliveryType) {}

@ArgsType()
export class NotificationDeliveriesArgs extends PageArgs {
  @Field(() => DeliveryStateEnum, { description: 'FAILED or PENDING to see what needs attention.' })
  state!: DeliveryState;
}

@ObjectType('NotificationSettings', { description: 'Where your e-mail notices go, and which channels this platform offers.' })
export class NotificationSettingsType {
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field({ description: 'False when the platform sends no e-mail.' }) emailAvailable!: boolean;
  @Field(() => String, { nullable: true, description: "The VAPID public key to subscribe a browser with; null when push is off." }) pushPublicKey!: string | null;
}
