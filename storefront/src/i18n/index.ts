import { createAppI18n } from '@zhengcai/web-kit';
import en from './en';
import zhCN from './zh-CN';

export const i18n = createAppI18n({ 'zh-CN': zhCN, en });
