import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import type { UserConfig } from 'vite';

/**
 * The Vite config both apps share. Element Plus components are imported on demand (each
 * `<el-*>` used in a template brings its code and CSS), never the whole library.
 * `/graphql` is proxied to the API so the apps call it same-origin, in dev and in preview.
 */
export function appConfig(options: { port: number }): UserConfig {
  const api = process.env.ZHENGCAI_API_URL ?? 'http://127.0.0.1:4000';
  // changeOrigin false: the API sees the browser's host name, which may name the tenant.
  // ws: the opening record's subscription (graphql-ws) upgrades on the same path.
  const proxy = { '/graphql': { target: api, changeOrigin: false, ws: true } };
  return {
    plugins: [
      vue(),
      Components({
        dirs: [],
        resolvers: [ElementPlusResolver({ importStyle: 'css' })],
        dts: 'src/components.d.ts',
      }),
    ],
    resolve: { dedupe: ['vue', 'vue-router', 'pinia', 'vue-i18n', 'element-plus'] },
    server: { host: '127.0.0.1', port: options.port, strictPort: true, proxy },
    // Province domains (zj.mall.example.cn) must reach the preview server; it serves only
    // the built files, so the dev server's DNS-rebinding guard is not needed here.
    preview: { host: '127.0.0.1', port: options.port, strictPort: true, proxy, allowedHosts: true },
    build: { target: 'es2022', reportCompressedSize: true },
  };
}
