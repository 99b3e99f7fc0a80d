import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientIp } from '../../graphql/gql-context.js';
import { newId } from '@zhengcai/schema';
import { currentRequestScope } from '../../logging/request-scope.js';
import { PLATFORM_OPERATOR, Public, Roles } from '../access.decorators.js';
import { OperatorSessionType, TenantOverviewType } from '../identity.types.js';
import { CurrentOperator } from './current-operator.js';
import { OperatorLoginService } from './operator-login.service.js';
import { TenantOverviewService } from './tenant-overview.service.js';

/** The platform operator's API: works on any host, needs no tenant. */
@Resolver()
export class PlatformOperatorResolver {
  constructor(
    private readonly logins: OperatorLoginService,
    private readonly overview: TenantOverviewService,
  ) {}

  @Public()
  @Mutation(() => OperatorSessionType, { description: 'Logs a platform operator in (no tenant).' })
  async operatorLogin(@ClientIp() ip: string, @Args('loginName') loginName: string, @Args('password') password: string) {
    const signed = await this.logins.login({ loginName, password, ip });
    return { accessToken: signed.token, accessTokenExpiresAt: signed.expiresAt };
  }

  @Roles(PLATFORM_OPERATOR)
  @Query(() => [TenantOverviewType], { description: 'Every province with its organisation and user counts (platform operator).' })
  platformTenants(@CurrentOperator() operatorId: string) {
    return this.overview.list(operatorId, currentRequestScope()?.requestId ?? newId());
  }
}
