import '@zhengcai/web-kit/styles/base.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createGraphQLClient, provideGraphQLClient, useTenantStore } from '@zhengcai/web-kit';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia).use(i18n).use(router);

const tenants = useTenantStore(pinia);
// Auth plugs in here: getAccessToken returns the signed-in user's token, and onUnauthorized
// refreshes it (resolve true to retry) or sends the user to the login page.
provideGraphQLClient(
  app,
  createGraphQLClient({
    getTenant: () => tenants.current?.code ?? null,
    getLocale: () => i18n.global.locale.value,
  }),
);

app.mount('#app');
