import { graphql } from '../graphql/generated';

export const LoginMutation = graphql(`
  mutation Login($loginName: String!, $password: String!) {
    login(loginName: $loginName, password: $password) {
      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
      user { id displayName loginName roles organisationId }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
      user { id displayName loginName roles organisationId }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

/** Who is signed in, with the organisation: the user menu and the account page. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      loginName
      roles
      createdAt
      organisation { id name kind uscc active }
    }
  }
`);
