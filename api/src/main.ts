import 'reflect-metadata';
import { ConfigError, loadConfig } from '@zhengcai/schema';
import { createHttpApp } from './http-app.js';

async function main() {
  const config = loadConfig();
  const app = await createHttpApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  console.log(`API ready: http://${config.API_HOST}:${config.API_PORT}/graphql`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
