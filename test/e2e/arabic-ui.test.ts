/**
 * The interface in Arabic (Chromium launched with an Arabic UI language): mirrored layout, Arabic strings, and
 * the article still in its own direction, whatever the interface's. Saves the Arabic screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, ROOT, launch, readBriefView, type ChromeApi, type Session } from './harness';

const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
const ar = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/ar/messages.json'), 'utf8'));

async function waitForState(page: Page, state: string): Promise<void> {
  await page.waitForSelector(`main[data-view-state="${state}"]`, { timeout: 60_000 });
}

describe.skipIf(!CHROMIUM)('Newsbrief in Chromium (Arabic interface)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await launch({ lang: 'ar' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('runs with an Arabic interface (the browser really switched language)', async () => {
    const uiLanguage = await s.worker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.i18n.getUILanguage();
    });
    expect(uiLanguage, 'Chromium needs its Arabic locale (Debian: chromium-l10n) to switch').toMatch(/^ar\b/);
  });

  it('mirrors the popup and the side panel, in Arabic, around the Arabic article', async () => {
    const { tabId } = await s.openTab(`${s.origin}/pages/sample--seed-ar.html`);
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 420, height: 600 });
    await waitForState(popup, 'ready');
    const view = await readBriefView(popup);
    expect(view.htmlDir).toBe('rtl');
    expect(view.htmlLang).toMatch(/^ar\b/);
    expect(view.articleDir).toBe('rtl');
    expect(view.sections).toHaveLength(3);
    expect(view.steps).toHaveLength(5);
    expect(view.commitmentsTable?.rows).toBe(3);
    const openPanel = popup.locator('button[data-action="open-side-panel"]');
    expect(await openPanel.textContent()).toBe(ar.openSidePanel.message);
    expect(await openPanel.textContent()).not.toBe(en.openSidePanel.message);
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-ar.png') });
    await popup.close();

    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, { width: 400, height: 900 });
    await waitForState(panel, 'ready');
    expect((await readBriefView(panel)).htmlDir).toBe('rtl');
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-ar.png'), fullPage: true });
    await panel.close();
  });

  it('keeps an English article left to right inside the Arabic interface', async () => {
    const { tabId } = await s.openTab(`${s.origin}/e2e/article--english-council.html`);
    const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, { width: 400, height: 900 });
    await waitForState(panel, 'ready');
    const view = await readBriefView(panel);
    expect(view.htmlDir).toBe('rtl');
    expect(view.articleDir).toBe('ltr');
    expect(view.articleLang).toBe('en');
    expect(view.title).toBe('City council approves flood barrier plan');
    const labelDir = await panel.evaluate(() => document.querySelector('.block-label')?.getAttribute('dir'));
    expect(labelDir).toBe('rtl');
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'sidepanel-ar-english-article.png'), fullPage: true });
    await panel.close();
  });
});
