import type { TFunction } from 'i18next';
import type { Route } from '../routing/route';

const TITLE_KEYS: Partial<Record<Route['name'], string>> = {
  exchange: 'exchange.heading',
  compile: 'compile.heading',
  settings: 'settings.heading',
  revised: 'revised.heading',
};

/** The browser tab's title for the exchange, compilation and settings screens; null for others. */
export function screenTitle(name: Route['name'], t: TFunction): string | null {
  const key = TITLE_KEYS[name];
  return key ? t(key) : null;
}
