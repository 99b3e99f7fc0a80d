/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { id displayName loginName roles organisationId }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { id displayName loginName roles organisationId }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      loginName\n      roles\n      createdAt\n      organisation { id name kind uscc active }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query UnreadNotificationCount { unreadNotificationCount }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes { id eventType title body app link priority mandatory read createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { eventType channel enabled locked mandatory }\n    myNotificationSettings { email emailAvailable pushPublicKey }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($eventType: String!, $channel: NotificationChannel!, $enabled: Boolean!) {\n    setNotificationPreference(eventType: $eventType, channel: $channel, enabled: $enabled) { eventType channel enabled locked mandatory }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetMyNotificationEmail($email: String) { setMyNotificationEmail(email: $email) { email emailAvailable pushPublicKey } }\n": typeof types.SetMyNotificationEmailDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id } }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  query TenantsPage($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      nodes { id code slug name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.TenantsPageDocument,
};
const documents: Documents = {
    "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { id displayName loginName roles organisationId }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { id displayName loginName roles organisationId }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      loginName\n      roles\n      createdAt\n      organisation { id name kind uscc active }\n    }\n  }\n": types.MeDocument,
    "\n  query UnreadNotificationCount { unreadNotificationCount }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes { id eventType title body app link priority mandatory read createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }\n": types.MarkNotificationsReadDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { eventType channel enabled locked mandatory }\n    myNotificationSettings { email emailAvailable pushPublicKey }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($eventType: String!, $channel: NotificationChannel!, $enabled: Boolean!) {\n    setNotificationPreference(eventType: $eventType, channel: $channel, enabled: $enabled) { eventType channel enabled locked mandatory }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetMyNotificationEmail($email: String) { setMyNotificationEmail(email: $email) { email emailAvailable pushPublicKey } }\n": types.SetMyNotificationEmailDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id } }\n": types.RegisterPushSubscriptionDocument,
    "\n  query TenantsPage($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      nodes { id code slug name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.TenantsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { id displayName loginName roles organisationId }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n      user { id displayName loginName roles organisationId }\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      loginName\n      roles\n      createdAt\n      organisation { id name kind uscc active }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount { unreadNotificationCount }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes { id eventType title body app link priority mandatory read createdAt }\n      pageInfo { hasNextPage endCursor }\n    }\n    tenant { id timeZone }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences { eventType channel enabled locked mandatory }\n    myNotificationSettings { email emailAvailable pushPublicKey }\n  }\n"): typeof import('./graphql').MyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($eventType: String!, $channel: NotificationChannel!, $enabled: Boolean!) {\n    setNotificationPreference(eventType: $eventType, channel: $channel, enabled: $enabled) { eventType channel enabled locked mandatory }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyNotificationEmail($email: String) { setMyNotificationEmail(email: $email) { email emailAvailable pushPublicKey } }\n"): typeof import('./graphql').SetMyNotificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) { id } }\n"): typeof import('./graphql').RegisterPushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsPage($first: Int!, $after: String) {\n    tenants(first: $first, after: $after) {\n      nodes { id code slug name }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').TenantsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
