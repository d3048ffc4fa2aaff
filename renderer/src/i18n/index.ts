/**
 * i18next set up with the two bundled catalogs. Vietnamese is the source language; English is the
 * second. The active language follows the settings store (see useLocaleSync).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/domain/types';
import en from './en.json';
import vi from './vi.json';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** BCP 47 tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
