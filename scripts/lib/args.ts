/** Command-line helpers shared by `npm run eval`, `npm run eval:gate` and `npm run bench`. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A command's usage text, and the way it stops on a usage error (exit 2, message then usage on stderr). */
export interface Usage {
  text: string;
  error(message: string): never;
}

export function usage(text: string): Usage {
  return {
    text,
    error(message: string): never {
      console.error(`${message}\n\n${text}`);
      process.exit(2);
    },
  };
}

/**
 * Parse `argv` against `options` (positionals allowed). An unknown option or a missing value is a usage error;
 * `--help` (which every option set declares) prints the usage text and exits 0.
 */
export function readArgs<const O extends OptionsConfig & { help: { type: 'boolean'; short: 'h' } }>(
  argv: string[],
  u: Usage,
  options: O,
) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    u.error(err instanceof Error ? err.message : String(err));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(u.text);
    process.exit(0);
  }
  return parsed;
}

/** The value of a whole-number option (at least `min`), or `fallback` when the option is absent. */
export function wholeNumber(u: Usage, name: string, v: string | undefined, fallback: number, min = 0): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min)
    u.error(`--${name} needs a whole number${min > 0 ? ` ≥ ${min}` : ''}, got "${v}"`);
  return Number(v);
}
