/**
 * The interface strings stay in step: English and Arabic have the same keys and placeholders, no empty
 * message, every key the code asks for exists, and every key is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCALES = ['en', 'ar'] as const;

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

function readLocale(lang: string): Record<string, Message> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|html)$/.test(f))
    .map((f) => path.join(abs, f));
}

/** Everything the interface code and the manifest may take strings from. */
const CODE = [
  ...sourceFiles('entrypoints'),
  ...sourceFiles('components'),
  path.join(ROOT, 'wxt.config.ts'),
  // The copy formats declare the message key of their names (labelKey).
  path.join(ROOT, 'utils/format/index.ts'),
].map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));

/** Keys the code asks for by name: t('key'), getMessage('key'), __MSG_key__, labelKey: 'key'. */
function requestedKeys(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\bt\(\s*'([A-Za-z0-9_]+)'/g,
    /getMessage\(\s*'([A-Za-z0-9_]+)'/g,
    /__MSG_([A-Za-z0-9_]+)__/g,
    /labelKey:\s*'([A-Za-z0-9_]+)'/g,
  ];
  for (const { file, text } of CODE) {
    for (const re of patterns) for (const m of text.matchAll(re)) found.set(m[1]!, file);
  }
  return found;
}

const en = readLocale('en');
const ar = readLocale('ar');

describe('locales', () => {
  it('have the same keys in English and Arabic', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)('%s has no empty message', (lang) => {
    const empty = Object.entries(readLocale(lang)).filter(
      ([, m]) => typeof m.message !== 'string' || !m.message.trim(),
    );
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages, each referenced by its message', () => {
    for (const [key, m] of Object.entries(en)) {
      const names = Object.keys(m.placeholders ?? {}).sort();
      expect(Object.keys(ar[key]?.placeholders ?? {}).sort(), key).toEqual(names);
      for (const lang of LOCALES) {
        const message = readLocale(lang)[key]!.message;
        for (const name of names) expect(message.toUpperCase(), `${lang}.${key}`).toContain(`$${name.toUpperCase()}$`);
        // A $NAME$ without a placeholder definition would be shown as is.
        for (const ref of message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(names, `${lang}.${key}`).toContain(ref[1]!.toLowerCase());
        }
      }
    }
  });

  it("has a manifest name and description within the stores' limits", () => {
    for (const lang of LOCALES) {
      const messages = readLocale(lang);
      expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('defines every key the interface asks for', () => {
    const requested = requestedKeys();
    // The scan must find the interface's keys; an empty scan would make this test pass vacuously.
    expect(requested.size).toBeGreaterThan(30);
    const missing = [...requested].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('uses every key it defines', () => {
    const all = CODE.map((c) => c.text).join('\n');
    const unused = Object.keys(en).filter((key) => !all.includes(`'${key}'`) && !all.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
