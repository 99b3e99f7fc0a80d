import '@zhengcai/web-kit/styles/base.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { connectAuth, provideGraphQLClient } from '@zhengcai/web-kit';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia).use(i18n);

// Sign-in wiring first: it installs the route guard before the router resolves the first page.
provideGraphQLClient(app, connectAuth({ pinia, router, getLocale: () => i18n.global.locale.value }));
app.use(router);

app.mount('#app');
