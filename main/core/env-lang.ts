/**
 * The language a door speaks before, or without, the user's stored choice (the UI's locale
 * setting): the terminal's lines, the web door's console, the desktop's start-up dialogs when the
 * database will not open. Vietnamese, or English when GOPY_LANG=en. Not LANG: a machine's LANG
 * (often en_US) should not switch a Vietnamese secretariat's terminal to English.
 */
import type { Lang } from '../../shared/messages/types';

export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return env.GOPY_LANG?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
