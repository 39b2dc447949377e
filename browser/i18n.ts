// The UI's words (public/_locales) and numbers in the UI language.
import { browser } from 'wxt/browser';

export type Translate = (key: string, subs?: string[]) => string;

export const t: Translate = (key, subs) => {
  try {
    return browser.i18n.getMessage(key as never, subs) || key;
  } catch {
    return key;
  }
};

/**
 * The language the UI speaks, as the messages in use say it (each locale names itself in `lang`):
 * what the user reads, even where the browser reports another UI language (headless does).
 */
export function uiLang(): string {
  return browser.i18n.getMessage('lang' as never) || browser.i18n.getUILanguage();
}

/** Minutes (and hours) in the UI language: `5m` / `5分钟` (narrow), `5 minutes` (long). */
export function formatMinutes(min: number, display: 'narrow' | 'long' = 'long'): string {
  const unit = (u: string, n: number) => new Intl.NumberFormat(uiLang(), { style: 'unit', unit: u, unitDisplay: display }).format(n);
  if (display === 'long' || min < 60) return unit('minute', min);
  return `${unit('hour', Math.floor(min / 60))} ${min % 60 ? unit('minute', min % 60) : ''}`.trim();
}
