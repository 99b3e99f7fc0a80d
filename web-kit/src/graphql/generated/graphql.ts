/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Either ids (1–100 of your notices) or all: true. */
export type MarkNotificationsReadInput = {
  all?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
};

/** IN_APP 站内通知 (always on), EMAIL 邮件, PUSH 浏览器推送. */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PUSH';

/** HIGH 紧急, NORMAL 一般, LOW 提示. */
export type NotificationPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

/** PURCHASING_UNIT 采购单位, SUPPLIER 供应商, AGENCY 代理机构, FINANCE_DEPARTMENT 财政部门, OPERATOR 平台运营方. */
export type OrganisationKind =
  | 'AGENCY'
  | 'FINANCE_DEPARTMENT'
  | 'OPERATOR'
  | 'PURCHASING_UNIT'
  | 'SUPPLIER';

/** The browser's PushSubscription: endpoint and keys (base64url). */
export type PushSubscriptionInput = {
  auth: string;
  endpoint: string;
  p256dh: string;
};

/** PURCHASER and UNIT_ADMIN (采购单位), SUPPLIER (供应商), AGENCY (代理机构), FINANCE (财政部门, regulator), TENANT_OPERATOR (平台运营方), EXPERT (评审专家). */
export type Role =
  | 'AGENCY'
  | 'EXPERT'
  | 'FINANCE'
  | 'PURCHASER'
  | 'SUPPLIER'
  | 'TENANT_OPERATOR'
  | 'UNIT_ADMIN';

export type LoginMutationVariables = Exact<{
  loginName: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, loginName: string, roles: Array<Role>, organisationId: string } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, loginName: string, roles: Array<Role>, organisationId: string } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, loginName: string, roles: Array<Role>, createdAt: string, organisation: { id: string, name: string, kind: OrganisationKind, uscc: string | null, active: boolean } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { nodes: Array<{ id: string, eventType: string, title: string, body: string, app: string, link: string, priority: NotificationPriority, mandatory: boolean, read: boolean, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, tenant: { id: string, timeZone: string } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: Array<{ eventType: string, channel: NotificationChannel, enabled: boolean, locked: boolean, mandatory: boolean }>, myNotificationSettings: { email: string | null, emailAvailable: boolean, pushPublicKey: string | null } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  eventType: string;
  channel: NotificationChannel;
  enabled: boolean;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { eventType: string, channel: NotificationChannel, enabled: boolean, locked: boolean, mandatory: boolean } };

export type SetMyNotificationEmailMutationVariables = Exact<{
  email?: string | null | undefined;
}>;


export type SetMyNotificationEmailMutation = { setMyNotificationEmail: { email: string | null, emailAvailable: boolean, pushPublicKey: string | null } };

export type RegisterPushSubscriptionMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;


export type RegisterPushSubscriptionMutation = { registerPushSubscription: { id: string } };

export type TenantsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type TenantsPageQuery = { tenants: { nodes: Array<{ id: string, code: string, slug: string, name: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($loginName: String!, $password: String!) {
  login(loginName: $loginName, password: $password) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      displayName
      loginName
      roles
      organisationId
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      displayName
      loginName
      roles
      organisationId
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    loginName
    roles
    createdAt
    organisation {
      id
      name
      kind
      uscc
      active
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes {
      id
      eventType
      title
      body
      app
      link
      priority
      mandatory
      read
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  tenant {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = new TypedDocumentString(`
    query MyNotificationPreferences {
  myNotificationPreferences {
    eventType
    channel
    enabled
    locked
    mandatory
  }
  myNotificationSettings {
    email
    emailAvailable
    pushPublicKey
  }
}
    `) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($eventType: String!, $channel: NotificationChannel!, $enabled: Boolean!) {
  setNotificationPreference(
    eventType: $eventType
    channel: $channel
    enabled: $enabled
  ) {
    eventType
    channel
    enabled
    locked
    mandatory
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SetMyNotificationEmailDocument = new TypedDocumentString(`
    mutation SetMyNotificationEmail($email: String) {
  setMyNotificationEmail(email: $email) {
    email
    emailAvailable
    pushPublicKey
  }
}
    `) as unknown as TypedDocumentString<SetMyNotificationEmailMutation, SetMyNotificationEmailMutationVariables>;
export const RegisterPushSubscriptionDocument = new TypedDocumentString(`
    mutation RegisterPushSubscription($input: PushSubscriptionInput!) {
  registerPushSubscription(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegisterPushSubscriptionMutation, RegisterPushSubscriptionMutationVariables>;
export const TenantsPageDocument = new TypedDocumentString(`
    query TenantsPage($first: Int!, $after: String) {
  tenants(first: $first, after: $after) {
    nodes {
      id
      code
      slug
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TenantsPageQuery, TenantsPageQueryVariables>;