/**
 * The interface's strings: public/_locales/<lang>/messages.json through browser.i18n, which follows the
 * browser's UI language. Keys are checked at compile time against the English file, and at test time
 * (test/unit/i18n.test.ts) against every locale.
 *
 * The browser's UI language, and with it every message, is fixed for the life of a page (it changes with a
 * browser restart only), so each is read from the browser once per page: a brief's first render asks for the
 * same labels and the interface's direction dozens of times (every "Show in page" link asks for its label, its
 * `dir` and its `lang`), and each answer crosses the extension's API bindings.
 */
import { browser } from 'wxt/browser';
import type englishMessages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

type GetMessage = (name: string, subs?: string[]) => string;

/** Messages without substitutions, as read once on this page. */
const plain = new Map<string, string>();

/** The message for `key`, with $1…$9 substitutions. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as GetMessage;
  if (substitutions.length > 0) return getMessage(key, substitutions.map(String)) || key;
  let text = plain.get(key);
  if (text === undefined) {
    text = getMessage(key, []) || key;
    plain.set(key, text);
  }
  return text;
}

let direction: 'ltr' | 'rtl' | undefined;
let language: string | undefined;

/** The interface's direction and language (not the article's: that comes from the brief). */
export function uiDirection(): 'ltr' | 'rtl' {
  direction ??= (browser.i18n.getMessage as GetMessage)('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  return direction;
}

export function uiLanguage(): string {
  language ??= browser.i18n.getUILanguage();
  return language;
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
