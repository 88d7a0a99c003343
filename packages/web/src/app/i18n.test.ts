import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n';

describe('translations', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('reads nested keys, fills {{values}} and leaves a missing one visible', () => {
    i18n.addResourceBundle('vi', 'translation', { testI18n: { hello: 'Chào {{ name }}, {{missing}}' } });
    expect(i18n.t('testI18n.hello', { name: 'An' })).toBe('Chào An, {{missing}}');
    expect(i18n.t('testI18n.absent')).toBe('testI18n.absent');
  });

  it('picks the plural form of a numeric count by the language, and treats a string count as text', async () => {
    i18n.addResourceBundle('vi', 'translation', {
      testI18n: { units_one: '{{count}} đơn vị', units_other: '{{count}} đơn vị' },
    });
    i18n.addResourceBundle('en', 'translation', {
      testI18n: { units_one: '{{count}} unit', units_other: '{{count}} units' },
    });
    await i18n.changeLanguage('en');
    expect(i18n.t('testI18n.units', { count: 1 })).toBe('1 unit');
    expect(i18n.t('testI18n.units', { count: 3 })).toBe('3 units');
    expect(i18n.t('testI18n.units', { count: '1.234' })).toBe('testI18n.units');
    await i18n.changeLanguage('vi');
    expect(i18n.t('testI18n.units', { count: 1 })).toBe('1 đơn vị');
  });

  it('falls back to Vietnamese, and keeps existing strings unless told to overwrite', async () => {
    i18n.addResourceBundle('vi', 'translation', { testI18n: { only: 'Chỉ tiếng Việt', kept: 'cũ' } });
    i18n.addResourceBundle('vi', 'translation', { testI18n: { kept: 'mới' } });
    expect(i18n.t('testI18n.kept')).toBe('cũ');
    i18n.addResourceBundle('vi', 'translation', { testI18n: { kept: 'mới' } }, true, true);
    expect(i18n.t('testI18n.kept')).toBe('mới');
    await i18n.changeLanguage('en');
    expect(i18n.t('testI18n.only')).toBe('Chỉ tiếng Việt');
  });

  it('loads English bundles only when English is chosen, before switching', async () => {
    let loads = 0;
    void i18n.addLazyBundle('en', async () => {
      loads += 1;
      return { testI18n: { lazy: 'Loaded' } };
    });
    expect(loads).toBe(0);
    await i18n.changeLanguage('en');
    expect(loads).toBe(1);
    expect(i18n.language).toBe('en');
    expect(i18n.t('testI18n.lazy')).toBe('Loaded');
    expect(document.documentElement.lang).toBe('en');
    await i18n.changeLanguage('vi');
    await i18n.changeLanguage('en');
    expect(loads).toBe(1);
  });

  it('switches even when an English bundle fails to load (texts then fall back to Vietnamese)', async () => {
    i18n.addResourceBundle('vi', 'translation', { testI18n: { broken: 'Dự phòng' } });
    void i18n.addLazyBundle('en', () => Promise.reject(new Error('offline')));
    await i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('testI18n.broken')).toBe('Dự phòng');
  });
});
