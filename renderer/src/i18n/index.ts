/**
 * i18next set up with the two bundled catalogs. Vietnamese is the source language; English is the
 * second. The active language follows the settings store (see useLocaleSync).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/domain/types';
import enComments from './en.comments.json';
import enEditor from './en.editor.json';
import en from './en.json';
import enRevised from './en.revised.json';
import enRoles from './en.roles.json';
import enSecretariat from './en.secretariat.json';
import viComments from './vi.comments.json';
import viEditor from './vi.editor.json';
import vi from './vi.json';
import viRevised from './vi.revised.json';
import viRoles from './vi.roles.json';
import viSecretariat from './vi.secretariat.json';

/** One catalog per language, assembled from one file per feature (each file owns its top-level keys). */
const catalog = (...parts: object[]): Record<string, unknown> => Object.assign({}, ...parts);

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** BCP 47 tags for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: catalog(vi, viComments, viSecretariat, viEditor, viRoles, viRevised) },
    en: { translation: catalog(en, enComments, enSecretariat, enEditor, enRoles, enRevised) },
  },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
