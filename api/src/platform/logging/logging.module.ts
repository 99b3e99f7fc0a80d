import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '@zhengcai/schema';
import { APP_CONFIG } from '../config/config.module.js';
import { createLogger } from './logger.js';

export const LOGGER = Symbol('LOGGER');
export type { Logger };

@Global()
@Module({
  providers: [{ provide: LOGGER, useFactory: (c: AppConfig) => createLogger(c.LOG_LEVEL), inject: [APP_CONFIG] }],
  exports: [LOGGER],
})
export class LoggingModule {}
