import { randomInt } from 'node:crypto';

/**
 * Runs before each server-side test file. The file gets a queue prefix and a province-slug
 * prefix of its own: the API and workers it starts (and their child processes, which inherit
 * the environment) enqueue, consume, relay and schedule only for this file's provinces, so
 * files running side by side on one database and one Redis never take each other's jobs.
 */
const letters = 'abcdefghijklmnopqrstuvwxyz';
const key = Array.from({ length: 5 }, () => letters[randomInt(letters.length)]).join('');
process.env.TEST_TENANT_PREFIX = key;
process.env.WORKER_TENANTS = `${key}*`;
process.env.QUEUE_PREFIX = `${process.env.ZC_TEST_RUN ?? 'zc-test'}-${key}`;
