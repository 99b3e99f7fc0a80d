import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { TenantContext } from '@zhengcai/schema';
import { ClientIp, CurrentTenant } from '../graphql/gql-context.js';
import { Public } from './access.decorators.js';
import { AuthSessionType } from './identity.types.js';
import { LoginService } from './login.service.js';
import { SessionService } from './session.service.js';

@Resolver()
export class SessionResolver {
  constructor(
    private readonly logins: LoginService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Mutation(() => AuthSessionType, { description: "Logs in to this request's province with a password." })
  login(
    @CurrentTenant() ctx: TenantContext,
    @ClientIp() ip: string,
    @Args('loginName') loginName: string,
    @Args('password') password: string,
  ) {
    return this.logins.login(ctx, { loginName, password, ip });
  }

  @Public()
  @Mutation(() => AuthSessionType, { description: 'Trades a refresh token for a new token pair; the old refresh token is spent.' })
  refreshSession(@CurrentTenant() ctx: TenantContext, @Args('refreshToken') refreshToken: string) {
    return this.sessions.refresh(ctx, refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends the refresh token's session; true when a live session was ended." })
  logout(@CurrentTenant() ctx: TenantContext, @Args('refreshToken') refreshToken: string) {
    return this.sessions.logout(ctx, refreshToken);
  }
}
