/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** PURCHASING_UNIT 采购单位, SUPPLIER 供应商, AGENCY 代理机构, FINANCE_DEPARTMENT 财政部门, OPERATOR 平台运营方. */
export type OrganisationKind =
  | 'AGENCY'
  | 'FINANCE_DEPARTMENT'
  | 'OPERATOR'
  | 'PURCHASING_UNIT'
  | 'SUPPLIER';

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