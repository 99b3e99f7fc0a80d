import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type NotificationChannel, Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { AnyTenantUser, Roles } from '../platform/identity/access.decorators.js';
import { NotificationCentre } from './notification-centre.service.js';
import { NotificationDeliveries } from './notification-deliveries.service.js';
import { NotificationPreferences } from './notification-preferences.service.js';
import { NotificationSettings } from './notification-settings.service.js';
import type { NotificationView } from './notification-view.js';
import {
  MarkNotificationsReadInput, MyNotificationsArgs, NotificationChannelEnum, NotificationConnection, NotificationDeliveriesArgs,
  NotificationDeliveryConnection, NotificationDeliveryType, NotificationPreferenceType, NotificationSettingsType, NotificationType, PushSubscriptionInputType, PushSubscriptionType,
} from './notification.types.js';
import { PushSubscriptions } from './push-subscriptions.service.js';

/** The notification centre (every user, own notices only), preferences, push, and the operators' delivery list. */
@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(
    private readonly centre: NotificationCentre,
    private readonly preferences: NotificationPreferences,
    private readonly push: PushSubscriptions,
    private readonly deliveries: NotificationDeliveries,
    private readonly settings: NotificationSettings,
  ) {}

  @AnyTenantUser()
  @Query(() => NotificationSettingsType, { description: 'Your notice e-mail address and the channels on offer.' })
  myNotificationSettings(@CurrentTenant() ctx: TenantContext) {
    return this.settings.get(ctx);
  }

  @AnyTenantUser()
  @Mutation(() => NotificationSettingsType, { description: "Sets the address your e-mail notices go to; null or '' removes it." })
  setMyNotificationEmail(@CurrentTenant() ctx: TenantContext, @Args('email', { type: () => String, nullable: true }) email: string | null) {
    return this.settings.setEmail(ctx, email);
  }

  @AnyTenantUser()
  @Query(() => NotificationConnection, { description: 'Your notices, newest first.' })
  myNotifications(@CurrentTenant() ctx: TenantContext, @Args() args: MyNotificationsArgs) {
    return this.centre.list(ctx, { unreadOnly: args.unreadOnly }, args);
  }

  @AnyTenantUser()
  @Query(() => Int, { description: 'How many of your notices are unread.' })
  unreadNotificationCount(@CurrentTenant() ctx: TenantContext) {
    return this.centre.unreadCount(ctx);
  }

  @AnyTenantUser()
  @Mutation(() => Int, { description: 'Marks your notices read (ids, or all); returns how many changed.' })
  markNotificationsRead(@CurrentTenant() ctx: TenantContext, @Args('input') input: MarkNotificationsReadInput) {
    return this.centre.markRead(ctx, input);
  }

  @AnyTenantUser()
  @Subscription(() => NotificationType, {
    description: 'Your new notices as they arrive (graphql-ws; send your token in the connection params).',
    resolve: (payload: { notificationAdded: NotificationView }) => payload.notificationAdded,
  })
  notificationAdded(@CurrentTenant() ctx: TenantContext) {
    return wrap(this.centre.watch(ctx));
  }

  @AnyTenantUser()
  @Query(() => [NotificationPreferenceType], { description: 'Every kind of notice × channel, with your choice; locked ones cannot be switched off.' })
  myNotificationPreferences(@CurrentTenant() ctx: TenantContext) {
    return this.preferences.list(ctx);
  }

  @AnyTenantUser()
  @Mutation(() => NotificationPreferenceType, { description: 'Switches a kind of notice on or off for e-mail or push; mandatory notices refuse to be switched off.' })
  setNotificationPreference(
    @CurrentTenant() ctx: TenantContext,
    @Args('eventType') eventType: string,
    @Args('channel', { type: () => NotificationChannelEnum }) channel: NotificationChannel,
    @Args('enabled') enabled: boolean,
  ) {
    return this.preferences.set(ctx, eventType, channel, enabled);
  }

  @AnyTenantUser()
  @Mutation(() => PushSubscriptionType, { description: "Registers this browser's push subscription for you." })
  registerPushSubscription(@CurrentTenant() ctx: TenantContext, @Args('input') input: PushSubscriptionInputType) {
    return this.push.register(ctx, input);
  }

  @Roles(Role.TenantOperator)
  @Query(() => NotificationDeliveryConnection, { description: 'Deliveries in a state (FAILED, PENDING …), oldest first: for operators to see what did not go out.' })
  notificationDeliveries(@CurrentTenant() ctx: TenantContext, @Args() args: NotificationDeliveriesArgs) {
    return this.deliveries.list(ctx, args.state, args);
  }

  @Roles(Role.TenantOperator)
  @Mutation(() => NotificationDeliveryType, { description: 'Sends a FAILED delivery again (after its address or the mail server was put right): pending, with a fresh set of tries.' })
  resendNotificationDelivery(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.deliveries.resend(ctx, id);
  }
}

async function* wrap(views: AsyncGenerator<NotificationView>): AsyncGenerator<{ notificationAdded: NotificationView }> {
  try {
    for await (const view of views) yield { notificationAdded: view };
  } finally {
    await views.return(undefined);
  }
}
