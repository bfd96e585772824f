/**
 * Accessibility of the built extension's pages in real Chromium: axe-core on the popup, the side
 * panel (brief and history) and the options, in the English and the Arabic interface, in the light and the dark
 * colour scheme and in the sepia reading theme: 0 serious or critical violations. And the three faults a new user
 * met, checked directly: "Show in page" links' contrast, section titles as headings in the browser's
 * accessibility tree (what a screen reader walks), and tables with labels of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, launch, type Session } from './harness';
import { PANEL_VIEWPORT, POPUP_VIEWPORT, SAMPLE, runAxe, settled, type AxeViolation } from './panel-helpers';

/** WCAG contrast ratio of two CSS colours as the browser computed them (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((x) => Number(x) / 255);
    const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const lang of ['en-US', 'ar'] as const) {
  describe.skipIf(!CHROMIUM)(`accessibility (${lang} interface)`, () => {
    let s: Session;
    let tabId: number;
    let edgesTab: number;
    const counts: string[] = [];

    beforeAll(async () => {
      s = await launch({ lang });
      ({ tabId } = await s.openTab(`${s.origin}/pages/${SAMPLE}`));
      ({ tabId: edgesTab } = await s.openTab(`${s.origin}/e2e/article--edges.html`));
    });
    afterAll(async () => {
      console.info(`[axe] ${lang}: ${counts.join('; ')}`);
      await s?.close();
    });

    /** Runs axe on the page in both colour schemes; returns the serious and critical violations. */
    const audit = async (name: string, page: Page): Promise<AxeViolation[]> => {
      const bad: AxeViolation[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = await runAxe(page);
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const rest = violations.filter((v) => !serious.includes(v)).map((v) => `${v.id} (${v.impact})`);
        counts.push(
          `${name} ${colorScheme}: ${serious.length} serious/critical, ${rest.length} other` +
            (rest.length > 0 ? ` [${rest.join(', ')}]` : ''),
        );
        bad.push(...serious.map((v) => ({ ...v, id: `${colorScheme}: ${v.id}` })));
      }
      return bad;
    };

    it('popup: 0 serious or critical violations, light and dark, reading settings open', async () => {
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      await popup.locator('[data-action="reading-settings"]').click();
      expect(await audit('popup', popup)).toEqual([]);
      await popup.close();
    });

    it('popup in the sepia theme: 0 serious or critical violations', async () => {
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      await popup.locator('[data-action="reading-settings"]').click();
      await popup.locator('input[name="theme"][value="sepia"]').check();
      await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
      const violations = await runAxe(popup);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      counts.push(`popup sepia: ${serious.length} serious/critical, ${violations.length - serious.length} other`);
      expect(serious).toEqual([]);
      await popup.locator('input[name="theme"][value="system"]').check();
      await popup.close();
    });

    it('side panel, its history list and the options: 0 serious or critical violations', async () => {
      const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
      expect(await settled(panel)).toBe('ready');
      expect(await audit('side panel', panel)).toEqual([]);
      await panel.locator('[data-view="history"]').click();
      await expect.poll(() => panel.locator('.history-item').count()).toBeGreaterThan(0);
      expect(await audit('history', panel)).toEqual([]);
      await panel.close();
      const options = await s.openExtensionPage('options.html');
      await options.waitForSelector('[data-part="template-preview"]');
      expect(await audit('options', options)).toEqual([]);
      await options.close();
    });

    it('"Show in page" links are at least 4.5:1 against their background, light and dark', async () => {
      const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
      expect(await settled(panel)).toBe('ready');
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        const [fg, bg] = await panel.evaluate(() => {
          const link = document.querySelector('[data-part="section"] .show-in-page')!;
          const section = link.closest('.section')!;
          return [getComputedStyle(link).color, getComputedStyle(section).backgroundColor];
        });
        expect(contrast(fg, bg), `${colorScheme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      await panel.close();
    });

    it("section titles are headings in the browser's accessibility tree", async () => {
      const panel = await s.openExtensionPage(`sidepanel.html?tabId=${tabId}`, PANEL_VIEWPORT);
      expect(await settled(panel)).toBe('ready');
      const sections = await panel.locator('[data-part="section"] .section-heading').allTextContents();
      expect(sections).toHaveLength(3);
      const cdp = await s.context.newCDPSession(panel);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: {
          role?: { value: string };
          name?: { value: string };
          properties?: { name: string; value: { value: unknown } }[];
        }[];
      };
      await cdp.detach();
      const headings = nodes
        .filter((n) => n.role?.value === 'heading')
        .map((n) => ({ name: n.name?.value, level: n.properties?.find((p) => p.name === 'level')?.value.value }));
      for (const name of sections) expect(headings, name).toContainEqual({ name, level: 3 });
      await panel.close();
    });

    it('gives every table region a label of its own', async () => {
      const popup = await s.openExtensionPage(`popup.html?tabId=${edgesTab}`, POPUP_VIEWPORT);
      expect(await settled(popup)).toBe('ready');
      const labels = await popup
        .locator('.table-scroll[role="region"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(labels).toHaveLength(2);
      expect(new Set(labels).size).toBe(2);
      await popup.close();
    });
  });
}
