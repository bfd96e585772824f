/**
 * The interface's strings: public/_locales/<lang>/messages.json through browser.i18n, which follows the
 * browser's UI language. Keys are checked at compile time against the English file, and at test time
 * (test/unit/i18n.test.ts) against every locale.
 */
import { browser } from 'wxt/browser';
import type englishMessages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

/** The message for `key`, with $1…$9 substitutions. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  const text = getMessage(key, substitutions.map(String));
  return text || key;
}

/** The interface's direction and language (not the article's: that comes from the brief). */
export function uiDirection(): 'ltr' | 'rtl' {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  return getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Sets `dir` and `lang` on <html> so the whole page, with its logical CSS properties, mirrors for Arabic. */
export function applyUiDirection(doc: Document): void {
  doc.documentElement.dir = uiDirection();
  doc.documentElement.lang = uiLanguage();
}

/** `dir` and `lang` for interface text placed inside the article (whose own direction may differ). */
export function uiAttrs(): { dir: 'ltr' | 'rtl'; lang: string } {
  return { dir: uiDirection(), lang: uiLanguage() };
}
