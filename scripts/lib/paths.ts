/** Where the repository and the external corpora are. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root folder. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The folder holding the evaluation corpora: `NEWSBRIEF_CORPORA` when set, else `<repo>/../shared/corpora`, else
 * `/work/shared/corpora`; null when none of them exists.
 */
export function corporaRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.NEWSBRIEF_CORPORA
    ? [resolve(env.NEWSBRIEF_CORPORA)]
    : [resolve(REPO_ROOT, '..', 'shared', 'corpora'), '/work/shared/corpora'];
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

/** The folder of pages that are not articles, for detection precision (it may not exist). */
export const NON_ARTICLES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'non-articles');

/** The hand-annotated brief set (`npm run eval:brief`): its folder, and one gold file per page in `gold/`. */
export const BRIEF_SET_DIR = join(REPO_ROOT, 'test', 'brief-set');
export const BRIEF_GOLD_DIR = join(BRIEF_SET_DIR, 'gold');

/** The pages the brief set wrote itself (its gold names them `fixture:<path under test/fixtures/>`). */
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');

/** The stored held-out split, one file per corpus, and the gate's sample and baseline. */
export const SPLIT_DIR = join(REPO_ROOT, 'test', 'eval', 'split');
export const GATE_SAMPLE_FILE = join(REPO_ROOT, 'test', 'eval', 'gate-sample.json');
export const BASELINE_FILE = join(REPO_ROOT, 'test', 'eval', 'baseline.json');
