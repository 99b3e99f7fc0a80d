import { defineConfig } from 'vite';
import { appConfig } from '@zhengcai/web-kit/vite';

export default defineConfig(appConfig({ port: Number(process.env.TENANT_ADMIN_PORT ?? 5174) }));
