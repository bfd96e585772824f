/**
 * Reading in the built extension, real Chromium ("Build: reading"): short articles open expanded and long ones as
 * an outline that remembers what was opened, per tab; the reading settings (text size, line width, theme) apply
 * at once, are kept in storage.sync and reach every open view; the reading time; "Show in page" for the lede,
 * key points, steps and commitments. Saves the reading-settings screenshots in both interface languages.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, launch, type Session } from './harness';
import { PANEL_VIEWPORT, POPUP_VIEWPORT, SAMPLE, SCREENSHOTS, settled } from './panel-helpers';

const LONG = '/e2e/article--long.html';

async function openSections(page: Page): Promise<boolean[]> {
  return page.locator('[data-part="section"]').evaluateAll((els) => els.map((e) => (e as HTMLDetailsElement).open));
}

describe.skipIf(!CHROMIUM)('reading (English interface)', () => {
  let s: Session;
  let sampleTab: number;
  let samplePage: Page;

  beforeAll(async () => {
    s = await launch({ lang: 'en-US' });
    ({ page: samplePage, tabId: sampleTab } = await s.openTab(`${s.origin}/pages/${SAMPLE}`));
  });
  afterAll(async () => {
    await s?.close();
  });

  const popupOf = async (tabId: number) => {
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    return popup;
  };

  it('opens a short article (504 words) expanded, in the popup and the side panel', async () => {
    const popup = await popupOf(sampleTab);
    expect(await openSections(popup)).toEqual([true, true, true]);
    await popup.close();
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${sampleTab}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    expect(await openSections(panel)).toEqual([true, true, true]);
    await panel.close();
  });

  it('opens a long article (over 600 words) as an outline, and remembers what was opened, per tab', async () => {
    const { tabId } = await s.openTab(`${s.origin}${LONG}`);
    const first = await popupOf(tabId);
    expect(await openSections(first)).toEqual([false, false, false, false, false]);
    await first.locator('[data-part="section"] summary').nth(1).click();
    await first.locator('[data-part="section"] summary').nth(3).click();
    await expect.poll(() => openSections(first)).toEqual([false, true, false, true, false]);
    await first.close();

    // The popup opened again on the tab shows the sections as they were left; so does the side panel.
    const again = await popupOf(tabId);
    await expect.poll(() => openSections(again)).toEqual([false, true, false, true, false]);
    await again.locator('[data-part="section"] summary').nth(3).click();
    await expect.poll(() => openSections(again)).toEqual([false, true, false, false, false]);
    await again.close();
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    await expect.poll(() => openSections(panel)).toEqual([false, true, false, false, false]);
    await panel.close();

    // Another tab on the same article starts from the outline.
    const { tabId: other } = await s.openTab(`${s.origin}${LONG}?other-tab`);
    const fresh = await popupOf(other);
    await fresh.waitForTimeout(300);
    expect(await openSections(fresh)).toEqual([false, false, false, false, false]);
    await fresh.close();
  });

  it('shows the reading time: 4 min for the 504-word Arabic sample at 138 words a minute', async () => {
    const popup = await popupOf(sampleTab);
    expect(await popup.locator('.reading-time').textContent()).toBe('4 min read');
    await popup.close();
  });

  it('applies text size, line width and theme at once, keeps them in storage.sync, in every open view', async () => {
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${sampleTab}`, PANEL_VIEWPORT);
    expect(await settled(panel)).toBe('ready');
    const popup = await popupOf(sampleTab);
    const articleSize = (p: Page) =>
      p.evaluate(() => getComputedStyle(document.querySelector('article.brief')!).fontSize);
    expect(await articleSize(popup)).toBe('14px');

    const toggle = popup.locator('[data-action="reading-settings"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await popup.locator('[data-action="text-larger"]').click();
    await popup.locator('[data-action="text-larger"]').click();
    await popup.getByRole('radio', { name: 'Narrow' }).check();
    await popup.getByRole('radio', { name: 'Sepia' }).check();
    expect(await articleSize(popup)).toBe('16px');
    expect(await popup.locator('.reading-size-value').textContent()).toBe('16 px');
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    const [bg, measure] = await popup.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.querySelector('article.brief')!).maxInlineSize,
    ]);
    expect(bg).toBe('rgb(246, 239, 223)');
    expect(measure).not.toBe('none');

    const stored = await s.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<object> } } } })
        .chrome;
      return c.storage.sync.get('reading');
    });
    expect(stored).toEqual({ reading: { fontSize: 16, lineWidth: 'narrow', theme: 'sepia' } });

    // The side panel, open all along, follows.
    await expect.poll(() => articleSize(panel)).toBe('16px');
    expect(await panel.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'reading-settings-en.png') });
    await popup.close();
    await panel.close();

    // A new view starts with them; back to the defaults for the other tests.
    const next = await popupOf(sampleTab);
    await expect.poll(() => articleSize(next)).toBe('16px');
    await next.locator('[data-action="reading-settings"]').click();
    await next.locator('[data-action="text-smaller"]').click();
    await next.locator('[data-action="text-smaller"]').click();
    await next.getByRole('radio', { name: 'Full width' }).check();
    await next.getByRole('radio', { name: 'System' }).check();
    expect(await articleSize(next)).toBe('14px');
    expect(await next.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await next.close();
  });

  /** Clicks "Show in page" inside `item` and returns the text the page highlights. */
  const showFrom = async (popup: Page, selector: string): Promise<string | null> => {
    await samplePage.evaluate(() => CSS.highlights.clear());
    const item = popup.locator(selector).first();
    await item.locator('.show-in-page').first().click();
    await expect
      .poll(() => samplePage.evaluate(() => CSS.highlights.has('newsbrief-passage')), { timeout: 5000 })
      .toBe(true);
    expect(await item.locator('.passage-missing').first().textContent()).toBe('');
    return samplePage.evaluate(() => {
      const range = [...CSS.highlights.get('newsbrief-passage')!][0];
      return range ? range.toString() : null;
    });
  };
  /** The item's own text, without the link's words. */
  const ownText = (popup: Page, selector: string) =>
    popup
      .locator(selector)
      .first()
      .evaluate((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('.show-in-page-wrap').forEach((w) => w.remove());
        return copy.textContent!.trim();
      });
  const squash = (t: string | null) => (t ?? '').replace(/\s+/g, '');

  it('shows the lede, a key point, a step and commitments (prose and table) in the page', async () => {
    const popup = await popupOf(sampleTab);
    for (const selector of ['[data-part="lede"]', '.key-points > li', '[data-part="steps-items"] > li']) {
      const own = await ownText(popup, selector);
      const shown = await showFrom(popup, selector);
      // Long passages are found by their opening; compare without spacing, as the matching does.
      expect(squash(own).startsWith(squash(shown).slice(0, 40)), `${selector}: ${shown}`).toBe(true);
      expect(squash(shown).length, selector).toBeGreaterThan(10);
    }
    // A commitment in prose: the page shows the sentence it was read from, which holds the commitment.
    const commitment = await popup
      .locator('.commitments > li')
      .first()
      .evaluate((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('.show-in-page-wrap, .actor').forEach((w) => w.remove());
        return copy.textContent!.trim();
      });
    expect(squash(await showFrom(popup, '.commitments > li'))).toContain(squash(commitment));
    // A commitments table: its first row's longest cell, a commitment.
    const table = await showFrom(popup, '[data-part="commitments-table"]');
    expect(table).toBe('تمويل مراكز المراقبة وتدريب الوحدات');
    await popup.close();
  });
});

describe.skipIf(!CHROMIUM)('reading (Arabic interface)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang: 'ar' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('mirrors the reading settings and saves their screenshot', async () => {
    const { tabId } = await s.openTab(`${s.origin}/pages/${SAMPLE}`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    expect(await settled(popup)).toBe('ready');
    await popup.locator('[data-action="reading-settings"]').click();
    await popup.locator('input[name="theme"][value="dark"]').check();
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await popup.locator('.reading-time').textContent()).toBe('مدة القراءة: 4 د');
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'reading-settings-ar.png') });
    await popup.locator('input[name="theme"][value="system"]').check();
    await popup.close();
  });
});
