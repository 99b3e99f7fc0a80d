import '@zhengcai/web-kit/styles/base.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { connectAuth, provideGraphQLClient } from '@zhengcai/web-kit';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import { deviceId } from './tender/device-id';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia).use(i18n);

// Sign-in wiring first: it installs the route guard before the router resolves the first page.
// The device id goes with every request; the API records it with each bid (same-device signals).
provideGraphQLClient(app, connectAuth({ pinia, router, getLocale: () => i18n.global.locale.value, getHeaders: () => ({ 'x-device-id': deviceId() }) }));
app.use(router);

app.mount('#app');
