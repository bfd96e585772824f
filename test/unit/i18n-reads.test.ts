/**
 * The interface's strings are read from the browser once per page: a brief's first render asks for the same
 * labels, direction and language dozens of times, and each read crosses the extension's API bindings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

type GetMessage = (name: string, subs?: string[]) => string;

async function freshI18n() {
  vi.resetModules();
  return import('../../components/i18n');
}

describe('interface strings', () => {
  let getMessage: ReturnType<typeof vi.fn<GetMessage>>;
  let getUILanguage: ReturnType<typeof vi.fn<() => string>>;
  beforeEach(() => {
    vi.restoreAllMocks();
    getMessage = vi.fn<GetMessage>((name, subs) =>
      name === '@@bidi_dir' ? 'rtl' : name === 'readingTime' ? `${subs?.[0]} min` : `[${name}]`,
    );
    getUILanguage = vi.fn(() => 'ar');
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(getMessage as never);
    vi.spyOn(browser.i18n, 'getUILanguage').mockImplementation(getUILanguage);
  });

  it('asks the browser once for a message without substitutions, every time for one with them', async () => {
    const { t } = await freshI18n();
    expect([t('showInPage'), t('showInPage'), t('showInPage')]).toEqual(Array(3).fill('[showInPage]'));
    expect(getMessage.mock.calls.filter(([name]) => name === 'showInPage')).toHaveLength(1);
    expect(t('readingTime', 3)).toBe('3 min');
    expect(t('readingTime', 4)).toBe('4 min');
    expect(getMessage.mock.calls.filter(([name]) => name === 'readingTime')).toHaveLength(2);
  });

  it('falls back to the key for a message the browser does not have, and remembers that too', async () => {
    getMessage.mockImplementation(() => '');
    const { t } = await freshI18n();
    expect(t('retry')).toBe('retry');
    expect(t('retry')).toBe('retry');
    expect(getMessage).toHaveBeenCalledTimes(1);
  });

  it('reads the direction and language once for any number of labels placed in the article', async () => {
    const { uiAttrs, uiDirection, uiLanguage } = await freshI18n();
    const attrs = Array.from({ length: 40 }, () => uiAttrs());
    expect(attrs.every((a) => a.dir === 'rtl' && a.lang === 'ar')).toBe(true);
    expect([uiDirection(), uiLanguage()]).toEqual(['rtl', 'ar']);
    expect(getMessage.mock.calls.filter(([name]) => name === '@@bidi_dir')).toHaveLength(1);
    expect(getUILanguage).toHaveBeenCalledTimes(1);
  });
});
