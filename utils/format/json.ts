/**
 * The brief as JSON (the versioned contract in README.md, "The brief JSON contract"), and a strict validator of
 * that contract. Pure: no DOM, no browser or Node API, so the CLI, the worker and the UIs share it.
 */
import {
  BRIEF_FIELDS,
  SCHEMA_VERSION,
  type Brief,
  type BriefList,
  type BriefTable,
  type Commitment,
  type Flag,
  type FlagKind,
  type Section,
  type SectionPart,
} from '../types';

/** Every flag kind the contract allows, for validation. The type check below fails when FlagKind grows. */
export const FLAG_KINDS = [
  'name-variants',
  'repeated-heading-phrase',
  'no-byline',
  'no-date',
] as const satisfies readonly FlagKind[];
type MissingFlagKind = Exclude<FlagKind, (typeof FLAG_KINDS)[number]>;
const allFlagKindsListed: [MissingFlagKind] extends [never] ? true : never = true;
void allFlagKindsListed;

const SECTION_FIELDS = ['heading', 'level', 'paragraphs', 'parts'] as const satisfies readonly (keyof Section)[];
const PART_FIELDS = ['kind', 'index'] as const satisfies readonly (keyof SectionPart)[];
const PART_KINDS: readonly SectionPart['kind'][] = ['paragraph', 'list', 'table'];
const LIST_FIELDS = ['leadIn', 'kind', 'ordered', 'items'] as const satisfies readonly (keyof BriefList)[];
const TABLE_FIELDS = ['caption', 'headers', 'rows'] as const satisfies readonly (keyof BriefTable)[];
const COMMITMENT_FIELDS = [
  'actor',
  'commitment',
  'area',
  'source',
  'evidence',
  'when',
  'amount',
] as const satisfies readonly (keyof Commitment)[];
const FLAG_FIELDS = ['kind', 'message', 'values'] as const satisfies readonly (keyof Flag)[];

// ---------------------------------------------------------------------------------------------------------------
// Normalising: a fresh object with the contract's keys, in the contract's order, and nothing else.
// ---------------------------------------------------------------------------------------------------------------

type Loose<T> = { [K in keyof T]?: unknown };

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strOr = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const objects = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((o): o is Record<string, unknown> => typeof o === 'object' && o !== null) : [];

function orderedSection(s: Loose<Section>): Section {
  const heading = str(s.heading);
  const level = typeof s.level === 'number' && Number.isInteger(s.level) ? s.level : heading === null ? 0 : 2;
  const parts = objects(s.parts).flatMap((p): SectionPart[] =>
    PART_KINDS.includes(p.kind as SectionPart['kind']) && isIndex(p.index)
      ? [{ kind: p.kind as SectionPart['kind'], index: p.index }]
      : [],
  );
  return { heading, level, paragraphs: strings(s.paragraphs), parts };
}

function orderedList(l: Loose<BriefList>): BriefList {
  return {
    leadIn: str(l.leadIn),
    kind: l.kind === 'steps' ? 'steps' : 'bullets',
    ordered: l.ordered === true,
    items: strings(l.items),
  };
}

function orderedTable(t: Loose<BriefTable>): BriefTable {
  return {
    caption: str(t.caption),
    headers: strings(t.headers),
    rows: Array.isArray(t.rows) ? t.rows.filter(Array.isArray).map(strings) : [],
  };
}

function orderedCommitment(c: Loose<Commitment>): Commitment {
  return {
    actor: str(c.actor),
    commitment: strOr(c.commitment, ''),
    area: str(c.area),
    source: c.source === 'table' ? 'table' : 'prose',
    evidence: strOr(c.evidence, ''),
    when: str(c.when),
    amount: str(c.amount),
  };
}

function orderedFlag(f: Loose<Flag>): Flag {
  return {
    kind: (FLAG_KINDS as readonly unknown[]).includes(f.kind) ? (f.kind as FlagKind) : 'name-variants',
    message: strOr(f.message, ''),
    values: strings(f.values),
  };
}

/**
 * A copy of the brief with exactly the contract's fields, in BRIEF_FIELDS order (nested objects too): missing
 * nullable values become null, missing arrays [], and keys outside the contract are dropped.
 */
export function orderedBrief(brief: Brief): Brief {
  const b = brief as Loose<Brief>;
  const out: Brief = {
    schema: typeof b.schema === 'number' ? b.schema : SCHEMA_VERSION,
    url: str(b.url),
    isArticle: b.isArticle === true,
    title: str(b.title),
    byline: str(b.byline),
    published: str(b.published),
    siteName: str(b.siteName),
    lang: str(b.lang),
    dir: b.dir === 'rtl' ? 'rtl' : 'ltr',
    lede: str(b.lede),
    sections: objects(b.sections).map(orderedSection),
    keyPoints: strings(b.keyPoints),
    lists: objects(b.lists).map(orderedList),
    tables: objects(b.tables).map(orderedTable),
    commitments: objects(b.commitments).map(orderedCommitment),
    closing: str(b.closing),
    flags: objects(b.flags).map(orderedFlag),
    text: strOr(b.text, ''),
  };
  // Object literal order above is the contract order; rebuild from BRIEF_FIELDS so the two cannot drift apart.
  const ordered: Record<string, unknown> = {};
  for (const key of BRIEF_FIELDS) ordered[key] = out[key];
  return ordered as unknown as Brief;
}

/** Pretty JSON (two-space indent, trailing newline) in the contract's field order. */
export function toJson(brief: Brief): string {
  return `${JSON.stringify(orderedBrief(brief), null, 2)}\n`;
}

/** One-line JSON (for JSON Lines), in the contract's field order, with optional leading extra fields. */
export function toJsonLine(brief: Brief, leading: Record<string, string> = {}): string {
  return JSON.stringify({ ...leading, ...orderedBrief(brief) });
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: strict shape check of the contract (used for messages between extension parts, tests, fuzzing).
// ---------------------------------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const LANG_TAG = /^[a-z]{2,3}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

class Checker {
  readonly problems: string[] = [];

  fail(path: string, expected: string, value: unknown): false {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    this.problems.push(`${path}: expected ${expected}, got ${got}`);
    return false;
  }

  /** The object has exactly these keys. */
  keys(path: string, obj: Record<string, unknown>, fields: readonly string[]): void {
    for (const f of fields) if (!Object.hasOwn(obj, f)) this.problems.push(`${path}.${f}: missing`);
    for (const k of Object.keys(obj)) if (!fields.includes(k)) this.problems.push(`${path}.${k}: unexpected field`);
  }

  string(path: string, v: unknown): void {
    if (typeof v !== 'string') this.fail(path, 'string', v);
  }

  nullableString(path: string, v: unknown, pattern?: RegExp, patternName?: string): void {
    if (v === null) return;
    if (typeof v !== 'string') this.fail(path, 'string or null', v);
    else if (pattern && !pattern.test(v))
      this.problems.push(`${path}: expected ${patternName}, got ${JSON.stringify(v)}`);
  }

  oneOf(path: string, v: unknown, allowed: readonly unknown[]): void {
    if (!allowed.includes(v))
      this.problems.push(`${path}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  }

  boolean(path: string, v: unknown): void {
    if (typeof v !== 'boolean') this.fail(path, 'boolean', v);
  }

  strings(path: string, v: unknown): void {
    if (!Array.isArray(v)) return void this.fail(path, 'array of strings', v);
    v.forEach((s, i) => this.string(`${path}[${i}]`, s));
  }

  records(path: string, v: unknown, each: (p: string, o: Record<string, unknown>) => void): void {
    if (!Array.isArray(v)) return void this.fail(path, 'array', v);
    v.forEach((o, i) => {
      const p = `${path}[${i}]`;
      if (isRecord(o)) each(p, o);
      else this.fail(p, 'object', o);
    });
  }
}

/** Every way `x` departs from the brief contract, as "path: problem" lines; empty when it conforms. */
export function briefProblems(x: unknown): string[] {
  const c = new Checker();
  if (!isRecord(x)) {
    c.fail('brief', 'object', x);
    return c.problems;
  }
  c.keys('brief', x, BRIEF_FIELDS);
  if (x.schema !== SCHEMA_VERSION) c.problems.push(`brief.schema: expected ${SCHEMA_VERSION}`);
  c.nullableString('brief.url', x.url);
  c.boolean('brief.isArticle', x.isArticle);
  c.nullableString('brief.title', x.title);
  c.nullableString('brief.byline', x.byline);
  c.nullableString('brief.published', x.published, ISO_DATE, 'an ISO 8601 date');
  c.nullableString('brief.siteName', x.siteName);
  c.nullableString('brief.lang', x.lang, LANG_TAG, 'a lower-case primary language tag');
  c.oneOf('brief.dir', x.dir, ['ltr', 'rtl']);
  c.nullableString('brief.lede', x.lede);
  c.records('brief.sections', x.sections, (p, s) => {
    c.keys(p, s, SECTION_FIELDS);
    c.nullableString(`${p}.heading`, s.heading);
    const level = s.level;
    const okLevel =
      typeof level === 'number' &&
      Number.isInteger(level) &&
      (s.heading === null ? level === 0 : level >= 1 && level <= 6);
    if (!okLevel) c.problems.push(`${p}.level: expected 0 without a heading, 1–6 with one`);
    c.strings(`${p}.paragraphs`, s.paragraphs);
    c.records(`${p}.parts`, s.parts, (q, part) => {
      c.keys(q, part, PART_FIELDS);
      c.oneOf(`${q}.kind`, part.kind, PART_KINDS);
      const of = { paragraph: s.paragraphs, list: x.lists, table: x.tables }[String(part.kind)];
      const inRange = isIndex(part.index) && (!Array.isArray(of) || part.index < of.length);
      if (!inRange)
        c.problems.push(`${q}.index: expected an index into the section's paragraphs or the brief's lists or tables`);
    });
  });
  c.strings('brief.keyPoints', x.keyPoints);
  c.records('brief.lists', x.lists, (p, l) => {
    c.keys(p, l, LIST_FIELDS);
    c.nullableString(`${p}.leadIn`, l.leadIn);
    c.oneOf(`${p}.kind`, l.kind, ['steps', 'bullets']);
    c.boolean(`${p}.ordered`, l.ordered);
    c.strings(`${p}.items`, l.items);
  });
  c.records('brief.tables', x.tables, (p, t) => {
    c.keys(p, t, TABLE_FIELDS);
    c.nullableString(`${p}.caption`, t.caption);
    c.strings(`${p}.headers`, t.headers);
    if (!Array.isArray(t.rows)) c.fail(`${p}.rows`, 'array of rows', t.rows);
    else t.rows.forEach((r, i) => c.strings(`${p}.rows[${i}]`, r));
  });
  c.records('brief.commitments', x.commitments, (p, m) => {
    c.keys(p, m, COMMITMENT_FIELDS);
    c.nullableString(`${p}.actor`, m.actor);
    c.string(`${p}.commitment`, m.commitment);
    c.nullableString(`${p}.area`, m.area);
    c.oneOf(`${p}.source`, m.source, ['table', 'prose']);
    c.string(`${p}.evidence`, m.evidence);
    c.nullableString(`${p}.when`, m.when);
    c.nullableString(`${p}.amount`, m.amount);
  });
  c.nullableString('brief.closing', x.closing);
  c.records('brief.flags', x.flags, (p, f) => {
    c.keys(p, f, FLAG_FIELDS);
    c.oneOf(`${p}.kind`, f.kind, FLAG_KINDS);
    c.string(`${p}.message`, f.message);
    c.strings(`${p}.values`, f.values);
  });
  c.string('brief.text', x.text);
  return c.problems;
}

/** True when `x` has exactly the brief contract's shape (every field present, typed, nothing extra). */
export function validateBrief(x: unknown): x is Brief {
  return briefProblems(x).length === 0;
}

/** Throws a TypeError listing every departure from the brief contract. */
export function assertBrief(x: unknown): asserts x is Brief {
  const problems = briefProblems(x);
  if (problems.length > 0) throw new TypeError(`Not a valid brief: ${problems.join('; ')}`);
}
