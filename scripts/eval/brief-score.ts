/**
 * One page of the brief set scored field by field against its gold, for one system (its `BriefView`). The rules
 * are the functions of ./brief-match.ts; this module applies them to every field and keeps what was expected and
 * what came, for the report's worst pages and for `--json`. Pure: plain data in, plain data out.
 */
import {
  appears,
  type CommitmentCounts,
  type FlagCounts,
  isCaption,
  junkInGoldStory,
  type ItemCounts,
  ledeOk,
  sameByline,
  sameCell,
  sameDay,
  sameItem,
  sameText,
  sameTitle,
  matchOneToOne,
  norm,
  scoreCommitments,
  scoreFlags,
  scoreItems,
  tableCells,
} from './brief-match';
import type { BriefGold } from './brief-set';
import type { BriefView } from './brief-view';

/** The fields scored as right or wrong on each page. */
export const PAGE_FIELDS = ['title', 'byline', 'date', 'lede', 'closing'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** The fields scored as items pooled over pages (precision, recall, F1). */
export const ITEM_FIELDS = ['headings', 'listItems', 'tableCells'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export interface FieldCheck {
  ok: boolean;
  got: string | null;
}

/** A text of the brief where a junk snippet or a caption was found, and in which field. */
export interface Found {
  snippet: string;
  where: string;
}

export interface LeadInCounts {
  /** Gold lists with a lead-in, and how many of them the matching output list's lead-in matches. */
  n: number;
  ok: number;
  /** Gold lead-ins not matched, with the paired output list's lead-in (null: it has none; absent: no list paired). */
  missed: { expected: string; got?: string | null }[];
}

export interface KeyPointCounts {
  n: number;
  /** The key point that repeats the lede (the brief's own or the gold's), or null. */
  ledeRepeat: string | null;
  /** Key points that are a caption or contain a junk snippet. */
  captionOrJunk: string[];
  /** Summary-box items (pages with a summary box), how many are among the key points, and those missed. */
  summaryItems: number;
  summaryFound: number;
  summaryMissed: string[];
}

/** Every figure of one system on one page. */
export interface BriefScores {
  fields: Record<PageField, FieldCheck>;
  items: Record<ItemField, ItemCounts>;
  leadIns: LeadInCounts;
  commitments: CommitmentCounts | null;
  flags: FlagCounts | null;
  keyPoints: KeyPointCounts | null;
  /** The page's gold junk snippets scored and its captions (the denominators of the three figures below). */
  junkTotal: number;
  /** Gold junk snippets left unscored because they are part of the gold's own story text (`junkInGoldStory`). */
  junkSkipped: string[];
  captionTotal: number;
  /** Gold junk snippets found in the brief's fields (lede, headings, paragraphs, closing, key points, list items). */
  junk: Found[];
  /** Gold junk snippets found in the system's whole text. */
  junkInText: string[];
  /** Gold captions found as the lede, the closing, a paragraph or a key point. */
  captions: Found[];
}

/**
 * Pair each gold list with at most one output list, most shared items first (`sameItem`), and score the gold
 * lead-ins: one is matched when the paired output list's lead-in is `sameText` as it.
 */
export function scoreLeadIns(gold: BriefGold['lists'], got: BriefView['lists']): LeadInCounts {
  const shared = gold.map((g) => got.map((o) => scoreItemsCount(g.items, o.items)));
  const pairs = gold.flatMap((_, i) => got.map((_o, j) => ({ i, j, n: shared[i]![j]! }))).filter((p) => p.n > 0);
  pairs.sort((a, b) => b.n - a.n || a.i - b.i || a.j - b.j);
  const pairOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (pairOf.has(p.i) || taken.has(p.j)) continue;
    pairOf.set(p.i, p.j);
    taken.add(p.j);
  }
  const counts: LeadInCounts = { n: 0, ok: 0, missed: [] };
  gold.forEach((g, i) => {
    if (g.leadIn === null) return;
    counts.n++;
    const j = pairOf.get(i);
    const lead = j === undefined ? null : got[j]!.leadIn;
    if (sameText(g.leadIn, lead)) counts.ok++;
    else counts.missed.push(j === undefined ? { expected: g.leadIn } : { expected: g.leadIn, got: lead });
  });
  return counts;
}

const scoreItemsCount = (a: readonly string[], b: readonly string[]) =>
  matchOneToOne(a, b, sameItem).filter((j) => j >= 0).length;

/** The key points' figures: lede repeated, captions or (scored) junk among them, summary-box items found. */
function scoreKeyPoints(
  gold: BriefGold,
  view: BriefView,
  keyPoints: readonly string[],
  junk: readonly string[],
): KeyPointCounts {
  const ledeRepeat = keyPoints.find((k) => sameText(k, view.lede) || sameText(k, gold.lede)) ?? null;
  const captionOrJunk = keyPoints.filter(
    (k) => gold.captions.some((c) => isCaption(k, c)) || junk.some((j) => appears(j, k)),
  );
  const summary = matchOneToOne(gold.summaryBox, keyPoints, sameText);
  return {
    n: keyPoints.length,
    ledeRepeat,
    captionOrJunk,
    summaryItems: gold.summaryBox.length,
    summaryFound: summary.filter((j) => j >= 0).length,
    summaryMissed: gold.summaryBox.filter((_, i) => summary[i] === -1),
  };
}

/** Score one system's view of a page against the page's gold. */
export function scoreView(gold: BriefGold, view: BriefView): BriefScores {
  const listItems = (lists: readonly { items: readonly string[] }[]) => lists.flatMap((l) => l.items);
  const shown: [string, readonly (string | null)[]][] = [
    ['lede', [view.lede]],
    ['heading', view.headings],
    ['paragraph', view.paragraphs],
    ['closing', [view.closing]],
    ['key point', view.keyPoints ?? []],
    ['list item', listItems(view.lists)],
  ];
  const junkSkipped = junkInGoldStory(gold);
  const junkScored = gold.junk.filter((j) => !junkSkipped.includes(j));
  const junk = junkScored.flatMap((snippet): Found[] => {
    const at = shown.find(([, texts]) => texts.some((t) => appears(snippet, t)));
    return at ? [{ snippet, where: at[0] }] : [];
  });
  const asCaption = shown.filter(([where]) => ['lede', 'paragraph', 'closing', 'key point'].includes(where));
  const captions = gold.captions.flatMap((snippet): Found[] => {
    const at = asCaption.find(([, texts]) => texts.some((t) => t !== null && isCaption(t, snippet)));
    return at ? [{ snippet, where: at[0] }] : [];
  });
  return {
    fields: {
      title: { ok: sameTitle(gold.title, view.title), got: view.title },
      byline: { ok: sameByline(gold.byline, view.byline), got: view.byline },
      date: { ok: sameDay(gold.published, view.published), got: view.published },
      lede: { ok: ledeOk(gold, view.lede), got: view.lede },
      closing: { ok: sameText(gold.closing, view.closing), got: view.closing },
    },
    items: {
      headings: scoreItems(gold.headings, view.headings),
      listItems: scoreItems(listItems(gold.lists), listItems(view.lists)),
      tableCells: scoreItems(tableCells(gold.tables), tableCells(view.tables), sameCell, norm),
    },
    leadIns: scoreLeadIns(gold.lists, view.lists),
    commitments: view.commitments ? scoreCommitments(gold.commitments, view.commitments) : null,
    flags: view.nameFlags ? scoreFlags(view.nameFlags, gold.nameVariants) : null,
    keyPoints: view.keyPoints ? scoreKeyPoints(gold, view, view.keyPoints, junkScored) : null,
    junkTotal: junkScored.length,
    junkSkipped,
    captionTotal: gold.captions.length,
    junk,
    junkInText: junkScored.filter((s) => appears(s, view.text)),
    captions,
  };
}
