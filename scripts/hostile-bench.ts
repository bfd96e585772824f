/**
 * `npx tsx scripts/hostile-bench.ts [--seconds N] [--scenario slow-page|pushstate|none]`: response times of the
 * built extension (.output/chrome-mv3, or NEWSBRIEF_BUILD_DIR) in real Chromium while one hostile tab works
 * against it, as the reader sees them from a view:
 *
 * - cached: another tab's brief, already made (asked every 250 ms);
 * - fresh: a new brief of the sample article in that other tab (refresh, asked every 2 s).
 *
 * Scenarios: `slow-page`, a page of 80,000 paragraphs (6.3 MB, within the snapshot limits) changed a little
 * and briefed again, again and again (each time a whole snapshot and extraction); `pushstate`, a page of 20,000
 * paragraphs (1.6 MB) that changes its address every second, with the side panel open on it; `none`, no hostile
 * tab (the baseline). Prints p50 / p95 / max per kind, and what the hostile tab's own requests ended in.
 * Times are measured here, never asserted in tests.
 */
import { launch, type Session } from '../test/e2e/harness';

interface Sample {
  kind: 'cached' | 'fresh';
  ms: number;
  state: string;
}

const SCENARIOS = ['none', 'slow-page', 'pushstate'] as const;
type Scenario = (typeof SCENARIOS)[number];

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function run(s: Session, scenario: Scenario, seconds: number): Promise<{ samples: Sample[]; hostile: string[] }> {
  const calm = await s.openTab(`${s.origin}/pages/sample--seed-ar.html`);
  const asker = await s.openExtensionPage('options.html');
  const hostilePages: { close(): Promise<void> }[] = [];
  let hostileTab: number | null = null;
  if (scenario === 'slow-page') {
    const h = await s.openTab(`${s.origin}/generated/paragraphs.html?count=80000&chars=6300000`);
    hostilePages.push(h.page);
    hostileTab = h.tabId;
  } else if (scenario === 'pushstate') {
    // A page that takes a second or two to extract, changing its address every second.
    const h = await s.openTab(`${s.origin}/generated/paragraphs.html?count=20000&chars=1600000&pushstate=1`);
    hostilePages.push(h.page);
    // The side panel asks again each time the worker says the tab navigated.
    hostilePages.push(await s.openExtensionPage(`sidepanel.html?tabId=${h.tabId}`, { width: 400, height: 900 }));
  }
  // tsx keeps function names with a helper (__name) that the page does not have.
  await asker.evaluate('globalThis.__name = (f) => f');
  const result = await asker.evaluate(
    async ({ calmTab, slowTab, ms }) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(m: unknown): Promise<unknown> };
            scripting: { executeScript(d: { target: { tabId: number }; func: () => void }): Promise<unknown> };
          };
        }
      ).chrome;
      const ask = (m: object) => c.runtime.sendMessage(m) as Promise<{ state: string; error?: string }>;
      // A fresh brief must be a real extraction: an unchanged page is answered from its snapshot's hash, so the
      // page gets a new <meta> first (not timed).
      const touch = (tabId: number) =>
        c.scripting.executeScript({
          target: { tabId },
          func: () => {
            const meta = document.createElement('meta');
            meta.setAttribute('name', 'nb-bench');
            meta.setAttribute('content', String(Math.random()));
            document.head.append(meta);
          },
        });
      await ask({ type: 'brief/get', tabId: calmTab });
      const samples: { kind: 'cached' | 'fresh'; ms: number; state: string }[] = [];
      const hostile: string[] = [];
      const end = performance.now() + ms;
      const timed = async (kind: 'cached' | 'fresh') => {
        if (kind === 'fresh') await touch(calmTab);
        const t0 = performance.now();
        const r = await ask({ type: 'brief/get', tabId: calmTab, ...(kind === 'fresh' ? { refresh: true } : {}) });
        samples.push({ kind, ms: performance.now() - t0, state: r.state });
      };
      const loops: Promise<void>[] = [];
      if (slowTab !== null) {
        // The hostile page is briefed again and again, for as long as the run lasts.
        loops.push(
          (async () => {
            while (performance.now() < end) {
              // Changed each time, so that each request is a whole snapshot and extraction.
              await touch(slowTab);
              const r = await ask({ type: 'brief/get', tabId: slowTab, refresh: true });
              hostile.push(r.state === 'error' ? `error:${r.error}` : r.state);
            }
          })(),
        );
      }
      const every = (period: number, kind: 'cached' | 'fresh') =>
        (async () => {
          while (performance.now() < end) {
            const next = performance.now() + period;
            await timed(kind);
            await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
          }
        })();
      // Let the hostile tab get going first.
      await new Promise((r) => setTimeout(r, 3000));
      loops.push(every(250, 'cached'), every(2000, 'fresh'));
      await Promise.all(loops);
      return { samples, hostile };
    },
    { calmTab: calm.tabId, slowTab: hostileTab, ms: seconds * 1000 },
  );
  for (const p of hostilePages) await p.close();
  await asker.close();
  await calm.page.close();
  return result;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 30) || 30;
  const only = args.includes('--scenario') ? (args[args.indexOf('--scenario') + 1] as Scenario) : null;
  const scenarios = only ? [only] : [...SCENARIOS];
  console.log(`build: ${process.env.NEWSBRIEF_BUILD_DIR ?? '.output/chrome-mv3'}; ${seconds} s per scenario`);
  for (const scenario of scenarios) {
    const s = await launch({ lang: 'en-US' });
    try {
      const { samples, hostile } = await run(s, scenario, seconds);
      for (const kind of ['cached', 'fresh'] as const) {
        const mine = samples.filter((x) => x.kind === kind);
        const ms = mine.map((x) => x.ms);
        const states = [...new Set(mine.map((x) => x.state))].join('/');
        console.log(
          `${scenario.padEnd(10)} ${kind.padEnd(7)} n=${String(mine.length).padStart(3)}  ` +
            `p50 ${percentile(ms, 50).toFixed(0).padStart(6)} ms  p95 ${percentile(ms, 95).toFixed(0).padStart(6)} ms  ` +
            `max ${Math.max(...ms)
              .toFixed(0)
              .padStart(6)} ms  (${states})`,
        );
      }
      if (hostile.length) {
        const counts = hostile.reduce<Record<string, number>>((a, h) => ({ ...a, [h]: (a[h] ?? 0) + 1 }), {});
        console.log(`${scenario.padEnd(10)} hostile tab's own briefs: ${JSON.stringify(counts)}`);
      }
    } finally {
      await s.close();
    }
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
