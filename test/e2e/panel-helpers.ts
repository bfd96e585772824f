/**
 * Helpers of the panel end-to-end tests (test/e2e/panel-*.test.ts): waiting for a view to settle, reading a
 * download and the clipboard back, and axe-core in an extension page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

export const POPUP_VIEWPORT = { width: 420, height: 600 };
export const PANEL_VIEWPORT = { width: 400, height: 900 };
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
export const SAMPLE = 'sample--seed-ar.html';

/** Waits until the view has settled (anything but loading) and returns what it shows. */
export async function settled(page: Page): Promise<string> {
  await page.waitForSelector('main[data-view-state]:not([data-view-state="loading"])', { timeout: 60_000 });
  return (await page.getAttribute('main', 'data-view-state'))!;
}

/** Clicks `target` and returns the downloaded file's suggested name and its text, read from disk. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download', { timeout: 20_000 });
  await click();
  const d = await waiting;
  const file = await d.path();
  return { name: d.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/**
 * The clipboard as the page wrote it: the HTML unsanitized (Chromium otherwise cleans HTML on read, which would
 * hide what the extension itself put there) and the plain text.
 */
export async function readClipboard(page: Page): Promise<{ types: string[]; html: string | null; text: string }> {
  return page.evaluate(async () => {
    const read = navigator.clipboard.read as (o?: { unsanitized?: string[] }) => Promise<ClipboardItems>;
    const [item] = await read.call(navigator.clipboard, { unsanitized: ['text/html'] });
    const types = item ? [...item.types] : [];
    const html = item && types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
    return { types, html, text: await navigator.clipboard.readText() };
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules and best practices) on the page as it is and returns every
 * violation. axe is evaluated into the page's main world from Node: the extension pages' policy refuses script
 * tags, and evaluation through the DevTools protocol is not subject to it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(fs.readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
