/**
 * `npm run lint:firefox` (`tsx scripts/lint-firefox.ts [BUILD_DIR]`): Mozilla's add-on linter (`web-ext lint`) on
 * the Firefox build, as addons.mozilla.org runs it on upload, with a stricter bar than its exit code: no error,
 * and no warning that is not explained below. Each explained warning names where it comes from, and is recognised
 * by its code, its file and the code just before it, so a new warning (new code, or a dependency that changed)
 * fails until someone looks at it and either removes it or explains it here.
 *
 * Prints one line per message (explained or not) and exits 1 on an error or an unexplained warning.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_BUILD = path.join(ROOT, '.output', 'firefox-mv2');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface Explanation {
  code: string;
  /** The file the warning is in, relative to the build. */
  file: RegExp;
  /** What the ~300 characters of code before the flagged spot contain. */
  before: RegExp;
  why: string;
}

/**
 * The warnings left, and why each is safe. The extension's own code assigns no HTML (scripts/check-no-innerhtml.mjs
 * checks entrypoints/, components/ and utils/), so all of them come from bundled dependencies.
 */
export const EXPLAINED: Explanation[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/mount-[\w-]+\.js$/,
    before: /__html/,
    why:
      "React DOM's support for the dangerouslySetInnerHTML prop (on mount and on update). No component passes that " +
      'prop, so the branch never runs; the views render page text as text, under a policy that requires Trusted Types.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // The extraction thread's script (entrypoints/offscreen/extract.worker.ts), where the core and linkedom run.
    file: /^assets\/extract\.worker-[\w-]+\.js$/,
    before: /createDocumentFragment\(\)|set outerHTML\(/,
    why:
      "linkedom, the DOM the extraction runs on in its Worker: its innerHTML and outerHTML setters parse into linkedom's " +
      'own node tree, which is never part of a browser document, so nothing is rendered and no script runs.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/purify\.es-[\w-]+\.js$/,
    before: /createDocument\([^)]*`template`/,
    why:
      'DOMPurify, loaded by the views only for the rich-text copy: when DOMParser fails it parses the string into a ' +
      "fresh document it creates itself (never the view's), then removes everything not on its allow-list; the " +
      'HTML it cleans is built from the brief, and the views allow exactly one Trusted Types policy, its own.',
  },
];

/** The code before a line and column (1-based line, 0-based column, as the linter reports them). */
export function codeBefore(source: string, line: number, column: number, length = 300): string {
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  offset += column;
  return source.slice(Math.max(0, offset - length), offset + 20);
}

export type Verdict = { message: LintMessage; kind: 'error' | 'warning' | 'notice'; why: string | null };

/** Each message with its explanation, or null when it has none (errors never have one). */
export function judge(
  report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] },
  readBuildFile: (file: string) => string,
): Verdict[] {
  const explain = (m: LintMessage): string | null => {
    if (!m.file || m.line === undefined || m.column === undefined) return null;
    const rule = EXPLAINED.find((e) => e.code === m.code && e.file.test(m.file!));
    if (!rule) return null;
    return rule.before.test(codeBefore(readBuildFile(m.file), m.line, m.column)) ? rule.why : null;
  };
  return [
    ...report.errors.map((message) => ({ message, kind: 'error' as const, why: null })),
    ...report.warnings.map((message) => ({ message, kind: 'warning' as const, why: explain(message) })),
    ...report.notices.map((message) => ({ message, kind: 'notice' as const, why: explain(message) })),
  ];
}

/** Whether the build passes: no error and no unexplained warning (notices are printed, not counted). */
export function passes(verdicts: Verdict[]): boolean {
  return verdicts.every((v) => v.kind === 'notice' || (v.kind === 'warning' && v.why !== null));
}

function main(buildDir: string): number {
  const webExt = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
  const run = spawnSync(webExt, ['lint', '--source-dir', buildDir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    process.stderr.write(`web-ext lint gave no report (exit ${run.status}):\n${run.stderr}${run.stdout}\n`);
    return 2;
  }
  const verdicts = judge(report, (file) => readFileSync(path.join(buildDir, file), 'utf8'));
  for (const { message: m, kind, why } of verdicts) {
    const where = m.file ? `${m.file}${m.line !== undefined ? `:${m.line}:${m.column}` : ''}` : '(add-on)';
    const verdict = kind === 'error' ? 'ERROR' : why ? `explained: ${why}` : 'NOT EXPLAINED';
    process.stdout.write(`${kind} ${m.code} ${where}: ${m.message}\n  ${verdict}\n`);
  }
  const counts = { errors: report.errors.length, warnings: report.warnings.length, notices: report.notices.length };
  const ok = passes(verdicts);
  process.stdout.write(
    `web-ext lint: ${counts.errors} errors, ${counts.warnings} warnings (` +
      `${verdicts.filter((v) => v.kind === 'warning' && v.why).length} explained), ${counts.notices} notices: ` +
      `${ok ? 'pass' : 'FAIL'}\n`,
  );
  return ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(path.resolve(process.argv[2] ?? DEFAULT_BUILD));
}
