import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

export interface ServedApp {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves an app's built dist/ with `vite preview` on a free port, /graphql proxied to the
 * given API: the same server `scripts/up` runs, inside the test process.
 */
export async function serveApp(app: 'storefront' | 'tenant-admin', apiUrl: string): Promise<ServedApp> {
  const root = fileURLToPath(new URL(`../../${app}/`, import.meta.url));
  process.env.ZHENGCAI_API_URL = apiUrl;
  const server: PreviewServer = await preview({ root, logLevel: 'warn', preview: { port: 0 } });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, close: () => server.close() };
}
