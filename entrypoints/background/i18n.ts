/**
 * The worker's strings (badge, toolbar title, context menu), read from browser.i18n directly: the worker does not
 * load the views' modules. Keys are checked at compile time against the English messages file.
 */
import { browser } from 'wxt/browser';
import type englishMessages from '@/public/_locales/en/messages.json';

export type WorkerMessageKey = keyof typeof englishMessages;

/** The message for `key` in the browser's language, or the key itself when the locale lacks it. */
export function workerMessage(key: WorkerMessageKey): string {
  return browser.i18n.getMessage(key) || key;
}
