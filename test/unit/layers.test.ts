/**
 * The core's layout: utils/ is one folder a pipeline stage, and imports point down the pipeline only (a stage
 * reads earlier stages and the shared folders, never a later one), with no import cycle between modules. The one
 * allowed exception, detection reading the structured-data reader, is listed here and in utils/extract/README.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const UTILS = path.join(ROOT, 'utils');

/** Pipeline order: a folder may import folders of its own rank or lower. The top-level files come last. */
const RANK: Record<string, number> = {
  common: 0,
  lexicon: 0,
  settings: 0,
  extract: 1,
  metadata: 2,
  structure: 3,
  analysis: 4,
  format: 5,
  '.': 6,
};
/** The shared folders import nothing but each other's data and the model's types. */
const SHARED = new Set(['common', 'lexicon', 'settings']);
const EXCEPTIONS = new Set(['extract/detect.ts -> metadata/jsonld.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const rel = (p: string) => path.relative(UTILS, p).split(path.sep).join('/');
const folderOf = (p: string) => (rel(p).includes('/') ? rel(p).split('/')[0]! : '.');

const files = sources(UTILS);
const edges = new Map<string, string[]>();
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const target = resolveImport(file, m[1]!);
    if (target?.startsWith(UTILS)) targets.push(target);
  }
  edges.set(file, targets);
}

describe('the core’s layout', () => {
  it('has a folder for every stage and nothing unexpected at the top', () => {
    const folders = readdirSync(UTILS).filter((n) => statSync(path.join(UTILS, n)).isDirectory());
    expect(folders.sort()).toEqual(
      Object.keys(RANK)
        .filter((k) => k !== '.')
        .sort(),
    );
    const top = readdirSync(UTILS).filter((n) => n.endsWith('.ts'));
    // The pipeline and its model, and the extension's message protocol (not part of the core) with the modules it
    // re-exports: the extraction thread's messages, the shape checks and the limits; and the history's rules, which
    // the worker (writing) and the views (reading) share.
    const protocol = ['budgets.ts', 'extract-protocol.ts', 'protocol.ts', 'shapes.ts'];
    expect(top.sort()).toEqual(['brief.ts', ...protocol, 'history.ts', 'types.ts'].sort());
  });

  it('imports point down the pipeline only', () => {
    const wrong: string[] = [];
    for (const [file, targets] of edges) {
      const from = folderOf(file);
      for (const target of targets) {
        const to = folderOf(target);
        if (from === to || rel(target) === 'types.ts') continue;
        const edge = `${rel(file)} -> ${rel(target)}`;
        if (EXCEPTIONS.has(edge)) continue;
        if (SHARED.has(from) ? !SHARED.has(to) : RANK[to]! > RANK[from]!) wrong.push(edge);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const t of edges.get(file) ?? []) visit(t, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
