/**
 * Command-line arguments of `npm run brief`, parsed without side effects so they can be tested.
 */
import { FORMATS, isBriefFormat, type BriefFormat } from '../utils/format';

/** Exit codes, documented in the usage text. */
export const EXIT = {
  ok: 0,
  /** An unexpected error inside the extractor. */
  internal: 1,
  usage: 2,
  /** A file could not be read, or is empty, binary or not HTML. */
  badInput: 3,
  /** The page is not an article (and --force was not given). */
  notArticle: 4,
} as const;

export interface CliOptions {
  format: BriefFormat;
  url: string | null;
  force: boolean;
  help: boolean;
  /** Paths; "-" is standard input. Empty means the bundled sample page. */
  files: string[];
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: npm run brief -- [options] [FILE ...]

Prints a structured brief (title, byline, date, sections, key points, lists, tables, commitments, closing,
quality notes) of each news article page given as an HTML file. "-" reads the page from standard input.
With no FILE, briefs the bundled sample page (test/fixtures/pages/sample--seed-ar.html).

Options:
  -f, --format FORMAT  ${FORMATS.map((f) => f.id).join(', ')} (default md). With several files, json prints
                       JSON Lines: one brief a line, each starting with a "file" field.
  -u, --url URL        the page's address (http or https), used for the brief's url and relative links;
                       only with one FILE
      --force          brief the page even when it does not look like an article
  -h, --help           show this help

Files are decoded from their byte order mark, else their <meta charset> (or XML declaration), except that
bytes that are valid UTF-8 are read as UTF-8 whatever legacy charset they declare; an undeclared file is
UTF-8 when valid, else in the legacy encoding of the page's language (windows-1256 for Arabic,
windows-1252 otherwise).

Exit codes:
  0  every page was briefed
  1  unexpected error while briefing a page
  2  usage error (unknown option, bad value)
  3  a file could not be read, or is empty, binary or not HTML
  4  a page is not an article (use --force to brief it anyway)
When several files fail, the exit code is the highest of their codes; the good files are still printed.
`;

function httpUrlOrNull(s: string): string | null {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { format: 'md', url: null, force: false, help: false, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--force':
        if (inline !== undefined) return { ok: false, error: '--force takes no value' };
        options.force = true;
        break;
      case '-f':
      case '--format': {
        const v = value();
        if (v === undefined) return { ok: false, error: `${name} needs a value` };
        if (!isBriefFormat(v)) {
          return { ok: false, error: `unknown format "${v}" (use ${FORMATS.map((f) => f.id).join(', ')})` };
        }
        options.format = v;
        break;
      }
      case '-u':
      case '--url': {
        const v = value();
        if (v === undefined) return { ok: false, error: `${name} needs a value` };
        const url = httpUrlOrNull(v);
        if (!url) return { ok: false, error: `--url must be an absolute http or https URL, got "${v}"` };
        options.url = url;
        break;
      }
      default:
        return { ok: false, error: `unknown option ${name}` };
    }
  }
  if (options.files.filter((f) => f === '-').length > 1) {
    return { ok: false, error: 'standard input ("-") can be read only once' };
  }
  if (options.url !== null && options.files.length > 1) {
    return { ok: false, error: '--url applies to one page; give one FILE with it' };
  }
  return { ok: true, options };
}
