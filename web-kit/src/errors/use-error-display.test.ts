import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, shallowRef } from 'vue';
import { ApiError } from '../graphql/api-error';
import { applyLocale, createAppI18n } from '../i18n';
import { useErrorDisplay } from './use-error-display';

describe('useErrorDisplay', () => {
  it('follows the interface language and gives each form field its message', async () => {
    const i18n = createAppI18n({ 'zh-CN': {}, en: {} });
    const error = shallowRef<unknown>(null);
    let api!: ReturnType<typeof useErrorDisplay>;
    const wrapper = mount(defineComponent({ setup: () => ((api = useErrorDisplay(error)), () => h('p', api.view.value?.title ?? '')) }), { global: { plugins: [i18n] } });

    expect(api.view.value).toBeNull();
    error.value = new ApiError({
      kind: 'graphql',
      locale: 'zh-CN',
      errors: [{ message: 'Variable "$input" got invalid value 1 at "input.name"; bad', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('填写内容有误');
    expect(api.fieldError('input.name')).toBe('此项填写不正确，请检查。');
    expect(api.fieldError('input.other')).toBeUndefined();

    applyLocale(i18n.global, 'en');
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('Please check your input');
    expect(api.fieldError('input.name')).toBe('This value is not valid. Please check it.');
  });
});
