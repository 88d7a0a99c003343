import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@nvtt/shared';
import { en } from '../locales/en';
import { vi } from '../locales/vi';

const STORAGE_KEY = 'nvtt.locale';

function initialLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
});

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'vi';
}
