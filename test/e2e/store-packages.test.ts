/**
 * The store packages `npm run zip` writes (`npm run test:e2e` makes them): what is in them, and each one installed
 * exactly as the README tells a reader to, with no test permission added: the Chrome zip unzipped and loaded
 * unpacked, the Firefox zip loaded as a temporary add-on. On a virtual desktop the reader's first action is then
 * taken for real (the copy command, Alt+Shift+M, on the sample page: the command itself grants the access) and the
 * clipboard is compared with the CLI's Markdown.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, CHROMIUM, ROOT, cliBrief, launch, type Session } from './harness';
import { DESKTOP, focusChromiumPage, startDesktop, type Desktop } from './desktop';
import { FIREFOX, FIREFOX_BUILD_DIR, launchFirefox, type FirefoxSession } from './firefox-harness';
import { readZip, unzipTo } from './zip';

const SAMPLE = 'sample--seed-ar.html';
const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (kind: string) => path.join(ROOT, '.output', `${name}-${version}-${kind}.zip`);
const CHROME_ZIP = zipPath('chrome');
const FIREFOX_ZIP = zipPath('firefox');
const SOURCES_ZIP = zipPath('sources');

/** Every file under `dir`, by its path relative to it. */
function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
  }
  return out;
}

describe('the store packages (npm run zip)', () => {
  it('packs exactly the Chrome and the Firefox builds, with no host permission', () => {
    for (const [zip, build] of [
      [CHROME_ZIP, BUILD_DIR],
      [FIREFOX_ZIP, FIREFOX_BUILD_DIR],
    ] as const) {
      expect(fs.existsSync(zip), `${zip}: run npm run zip (npm run test:e2e does)`).toBe(true);
      const packed = readZip(zip);
      const built = filesUnder(build);
      expect([...packed.keys()].sort()).toEqual([...built.keys()].sort());
      for (const [file, data] of built) expect(packed.get(file)!.equals(data), file).toBe(true);
      const manifest = JSON.parse(packed.get('manifest.json')!.toString('utf8'));
      expect(manifest.host_permissions).toBeUndefined();
      expect((manifest.permissions as string[]).filter((p) => p.includes('/') || p.includes('*'))).toEqual([]);
    }
  });

  it('gives Firefox reviewers the sources that build the add-on, without the tests', () => {
    const files = [...readZip(SOURCES_ZIP).keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      expect(files, needed).toContain(needed);
    }
    // Every tracked file the build reads is there.
    const tracked = execFileSync('git', ['ls-files', 'entrypoints', 'components', 'utils', 'public'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(tracked.filter((f) => !files.includes(f))).toEqual([]);
    expect(files.filter((f) => /^(test|docs|node_modules|\.output)\//.test(f))).toEqual([]);
  });
});

describe.skipIf(!CHROMIUM || !DESKTOP)('the Chrome package, unzipped and loaded unpacked', () => {
  let desk: Desktop;
  let s: Session;
  let unpacked: string;
  let sample: Page;
  let sampleUrl: string;

  beforeAll(async () => {
    desk = await startDesktop();
    unpacked = unzipTo(CHROME_ZIP, fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-chrome-zip-')));
    s = await launch({ headed: { display: desk.display, width: 1200, height: 900 }, extensionDir: unpacked });
    sampleUrl = `${s.origin}/pages/${SAMPLE}`;
    // Not openTab: without a host permission the extension does not see the tab's address to find it by.
    sample = await s.context.newPage();
    await sample.goto(sampleUrl);
  });
  afterAll(async () => {
    await s?.close();
    await desk?.close();
    if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
  });

  it('copies the brief as Markdown on Alt+Shift+M, with only the access the command grants', async () => {
    await focusChromiumPage(desk, sample);
    await sample.evaluate(() => navigator.clipboard.writeText(''));
    desk.press('alt+shift+m');
    const read = () => sample.evaluate(() => navigator.clipboard.readText());
    await expect.poll(read, { timeout: 20_000 }).not.toBe('');
    expect(await read()).toBe(cliBrief(SAMPLE, 'md', sampleUrl));
  });
});

describe.skipIf(!FIREFOX || !DESKTOP)('the Firefox package, loaded as a temporary add-on', () => {
  let desk: Desktop;
  let ff: FirefoxSession;

  beforeAll(async () => {
    desk = await startDesktop();
    ff = await launchFirefox({ display: desk.display, archive: FIREFOX_ZIP });
  });
  afterAll(async () => {
    await ff?.close();
    await desk?.close();
  });

  it('installs from the zip and copies the brief as Markdown on Alt+Shift+M', async () => {
    const manifest = JSON.parse(readZip(FIREFOX_ZIP).get('manifest.json')!.toString('utf8'));
    expect(ff.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    const sampleUrl = `${ff.origin}/pages/${SAMPLE}`;
    const sample = await ff.openTab(sampleUrl);
    const helper = await ff.openExtensionPage('options.html');
    await sample.bringToFront();
    desk.focus(desk.browserWindow('firefox'));
    desk.press('alt+shift+m');
    const read = () => helper.evaluate(() => navigator.clipboard.readText());
    await expect.poll(read, { timeout: 20_000 }).toBe(cliBrief(SAMPLE, 'md', sampleUrl));
  });
});
