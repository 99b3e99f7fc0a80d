import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@zhengcai/schema';
import { PlatformModule } from '@zhengcai/api/platform/platform.module';

/**
 * The worker process: the same platform and context services as the API, and no GraphQL.
 * Queue processors register here.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [PlatformModule.forRoot(config)] };
  }
}
