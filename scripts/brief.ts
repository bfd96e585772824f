/**
 * `npm run brief -- [--format md|json|text] [--url URL] [--force] [FILE ...]`: brief news article pages from
 * the command line with the same extraction core as the extension. See `--help` (scripts/cli-args.ts) for the
 * options and exit codes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefFromHtml } from '../utils/brief';
import { briefProblems, formatBrief, toJsonLine } from '../utils/format';
import { decodeHtmlInput } from '../utils/extract/input';
import { BriefInputError } from '../utils/extract/parse';
import type { Brief } from '../utils/types';
import { EXIT, USAGE, parseArgs, type CliOptions } from './cli-args';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_PAGE = path.join(REPO_ROOT, 'test', 'fixtures', 'pages', 'sample--seed-ar.html');
const STDIN = '-';

type Outcome = { ok: true; brief: Brief } | { ok: false; code: number; reason: string };

function readError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${firstLine(err)})`;
  }
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function briefInput(file: string, options: CliOptions): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = file === STDIN ? await readStdin() : new Uint8Array(await readFile(file));
  } catch (err) {
    return { ok: false, code: EXIT.badInput, reason: readError(err) };
  }
  const input = decodeHtmlInput(bytes);
  if (!input.ok) return { ok: false, code: EXIT.badInput, reason: input.reason };
  let brief: Brief;
  try {
    brief = briefFromHtml(input.html, { url: options.url });
  } catch (err) {
    if (err instanceof BriefInputError) return { ok: false, code: EXIT.badInput, reason: firstLine(err) };
    return { ok: false, code: EXIT.internal, reason: `could not brief the page: ${firstLine(err)}` };
  }
  if (!brief.isArticle && !options.force) {
    return { ok: false, code: EXIT.notArticle, reason: 'not an article (use --force to brief it anyway)' };
  }
  return { ok: true, brief };
}

function displayName(file: string): string {
  return file === STDIN ? 'standard input' : file;
}

/** A rule line naming the file, between the briefs of several files. */
function ruleLine(name: string): string {
  const head = `==== ${name} `;
  return head + '='.repeat(Math.max(4, 72 - [...head].length));
}

function warn(message: string): void {
  process.stderr.write(`brief: ${message.replace(/[\r\n]+/g, ' ')}\n`);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    warn(parsed.error);
    process.stderr.write('Try "npm run brief -- --help".\n');
    return EXIT.usage;
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  const files = options.files.length > 0 ? options.files : [path.relative(process.cwd(), SAMPLE_PAGE) || SAMPLE_PAGE];
  const several = files.length > 1;
  let exitCode: number = EXIT.ok;
  let printed = 0;

  for (const file of files) {
    const outcome = await briefInput(file, options);
    if (!outcome.ok) {
      warn(`${displayName(file)}: ${outcome.reason}`);
      exitCode = Math.max(exitCode, outcome.code);
      continue;
    }
    const problems = briefProblems(outcome.brief);
    if (problems.length > 0) {
      // The extractor broke its own contract: still print what it found, but say so and fail.
      warn(`${displayName(file)}: the brief does not match the JSON contract: ${problems.slice(0, 3).join('; ')}`);
      exitCode = Math.max(exitCode, EXIT.internal);
    }
    if (several && options.format === 'json') {
      process.stdout.write(`${toJsonLine(outcome.brief, { file })}\n`);
    } else if (several) {
      process.stdout.write(`${printed > 0 ? '\n' : ''}${ruleLine(displayName(file))}\n\n`);
      process.stdout.write(formatBrief(outcome.brief, options.format));
    } else {
      process.stdout.write(formatBrief(outcome.brief, options.format));
    }
    printed++;
  }
  return exitCode;
}

// A closed pipe (`npm run brief | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  warn(`cannot write the output: ${firstLine(err)}`);
  process.exit(EXIT.internal);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    warn(`unexpected error: ${firstLine(err)}`);
    process.exitCode = EXIT.internal;
  },
);
