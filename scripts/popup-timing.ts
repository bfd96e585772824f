/**
 * `npx tsx scripts/popup-timing.ts [--runs N] [--tabs T] [BUILD_DIR ...]`: how long the popup takes from opening
 * to a rendered brief of the sample page, in real Chromium (the end-to-end harness), for one or more builds of
 * the extension. With several builds the launches alternate between them (A B A B …), so a machine that gets
 * busier during the run slows every build alike.
 *
 * Each launch opens T fresh tabs of the sample page and, for each, a popup (a fresh tab means a cold brief:
 * snapshot and extraction included). Two figures per popup: the footer's `data-elapsed-ms` (the popup's request
 * to the worker until its answer, measured in the popup) and the wall time from the popup's navigation to the
 * rendered brief (`main[data-view-state="ready"]`), measured here. Prints the median and the spread of each.
 * Default build: .output/chrome-mv3 (run `npx wxt build` first).
 */
import { parseArgs } from 'node:util';
import { BUILD_DIR, CHROMIUM, launch } from '../test/e2e/harness';

const SAMPLE = '/pages/sample--seed-ar.html';
const POPUP_VIEWPORT = { width: 420, height: 600 };

interface Sample {
  elapsed: number;
  wall: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function oneLaunch(buildDir: string, tabs: number): Promise<Sample[]> {
  const s = await launch({ buildDir });
  const out: Sample[] = [];
  try {
    for (let i = 0; i < tabs; i++) {
      const { page, tabId } = await s.openTab(`${s.origin}${SAMPLE}?run=${i}`);
      const started = performance.now();
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
      await popup.waitForSelector('main[data-view-state="ready"] footer[data-elapsed-ms]', { timeout: 60_000 });
      const wall = performance.now() - started;
      const elapsed = Number(await popup.getAttribute('footer[data-elapsed-ms]', 'data-elapsed-ms'));
      out.push({ elapsed, wall });
      await popup.close();
      await page.close();
    }
  } finally {
    await s.close();
  }
  return out;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '3' }, tabs: { type: 'string', default: '5' } },
  });
  if (!CHROMIUM) throw new Error('No Chromium: install chromium or set CHROMIUM_PATH');
  const builds = positionals.length > 0 ? positionals : [BUILD_DIR];
  const runs = Number(values.runs);
  const tabs = Number(values.tabs);
  const results = new Map<string, Sample[]>(builds.map((b) => [b, []]));
  for (let r = 0; r < runs; r++) {
    for (const build of r % 2 ? [...builds].reverse() : builds) {
      results.get(build)!.push(...(await oneLaunch(build, tabs)));
    }
  }
  for (const [build, samples] of results) {
    const elapsed = samples.map((x) => x.elapsed);
    const wall = samples.map((x) => x.wall);
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
    console.log(
      `${build}: ${samples.length} popups; data-elapsed-ms median ${median(elapsed).toFixed(0)} ms ` +
        `(${range(elapsed)}); open→rendered median ${median(wall).toFixed(0)} ms (${range(wall)})`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
