export * from './tenant-context.js';
export * from './money.js';
export * from './ids.js';
export * from './config.js';
export * from './entities/index.js';
export { ormConfig, type OrmOptions } from './orm.js';
export * from './effects.js';
export * from './uscc.js';
