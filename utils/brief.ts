/**
 * The extraction pipeline: HTML → Brief. Stages run in this order, one folder each:
 *
 *   parse (extract/parse.ts) → metadata (metadata/) → detection (extract/detect.ts)
 *   → main content (extract/content.ts, extract/boilerplate.ts) → structure (structure/)
 *   → analysis (analysis/) → the brief (this file); format/ renders it.
 *
 * Pure: no browser API, any DOM implementation (linkedom in the worker and in Node). The document handed to
 * briefFromDocument is read, never changed.
 */
import type { Block, Brief } from './types';
import { SCHEMA_VERSION } from './types';
import { parseHtml } from './extract/parse';
import { withDocumentCache } from './common/dom';
import { extractMetadata, inferLangDir } from './metadata';
import { detectArticle } from './extract/detect';
import { readJsonLd } from './metadata/jsonld';
import { dateInUrlPath } from './metadata/dates';
import { extractContent } from './extract/content';
import { articleVerdict, contentLinkDensity, keptLinkDensity, teasersInStory, type Verdict } from './extract/verdict';
import { toBlocks } from './structure/blocks';
import { buildLists } from './structure/lists';
import { blocksToText, buildSections } from './structure/sections';
import {
  bylineInBlocks,
  dateInBlocks,
  datelineAgency,
  deckAsParagraph,
  dropMetaLines,
  endAtComments,
  isEndNote,
  closingAgency,
  withoutTrailingCredit,
} from './structure/meta-lines';
import { dropAuthorNotes } from './structure/author-notes';
import { arabicCredit } from './structure/datelines-ar';
import { isCaptionLike } from './analysis/captions';
import { findCommitments } from './analysis/commitments';
import { pickKeyPoints } from './analysis/keypoints';
import { summaryBoxItems, withoutSummaryBox } from './analysis/summary-box';
import { findFlags } from './analysis/flags';
import { normalizeSpace } from './common/text';
import { key } from './metadata/clean';
import type { BoilerplateSettings } from './settings/boilerplate';
import type { ContentSettings } from './settings/content';

export interface BriefOptions {
  /** The page's address, when known (used for relative links and reported in the brief). */
  url?: string | null;
  /**
   * Settings that replace the core's defaults (utils/settings/) for this call only: the ablation measures a rule
   * family (boilerplate) or feature group (content) by switching it off here. The defaults are never changed.
   */
  settings?: { boilerplate?: BoilerplateSettings; content?: ContentSettings };
}

/** Brief an HTML page. Throws BriefInputError (parse.ts) for empty, non-HTML or oversized input. */
export function briefFromHtml(html: string, opts: BriefOptions = {}): Brief {
  return briefFromDocument(parseHtml(html, opts.url), opts);
}

export function briefFromDocument(doc: Document, opts: BriefOptions = {}): Brief {
  return withDocumentCache(doc, () => briefOf(doc, opts)).brief;
}

/** The article verdict on a page, with the rule that settled it and detection's signals (for the evaluation). */
export interface VerdictReport extends Verdict {
  signals: string[];
}

/** The brief of a parsed page and the verdict's report on it. */
export function briefAndVerdictFromDocument(
  doc: Document,
  opts: BriefOptions = {},
): { brief: Brief; verdict: VerdictReport } {
  return withDocumentCache(doc, () => briefOf(doc, opts));
}

function briefOf(doc: Document, opts: BriefOptions): { brief: Brief; verdict: VerdictReport } {
  const jsonLd = readJsonLd(doc);
  const meta = extractMetadata(doc, opts.url ?? null, jsonLd);
  const content = extractContent(doc, opts.settings?.boilerplate, opts.settings?.content);
  const detection = detectArticle(doc, jsonLd, content?.readable);
  const title = meta.title ?? firstHeading(doc);
  const blocks: Block[] = content ? toBlocks(content, { title, byline: meta.byline }) : [];
  // A byline the markup does not give may stand as a line of its own over the story ("By Jane Roe").
  const byline = meta.byline ?? bylineInBlocks(blocks, meta.siteName ? [key(meta.siteName)] : []);
  // And a date the metadata does not give may stand as a line of its own there ("Tue, 2008-01-08 18:35.").
  // Last, the day the article's address names ("/2015/03/18/…") when the page shows its date without a year.
  const published = meta.published ?? dateInBlocks(blocks) ?? dateInUrlPath(meta.canonicalUrl ?? opts.url ?? null);
  const summaryBox = summaryBoxItems(blocks, doc);
  // The page's summary box gives the key points; it is no section, list or paragraph of the story, and neither
  // are credit lines and the meta lines at the top (structure/meta-lines.ts).
  const shownBlocks = dropMetaLines(blocks, title);
  // End notes ("X contributed to this report.", "A version of this article appears in print …") are no story.
  // and nor are the notes on the author that close it ("Jane Roe is a Metro reporter …").
  // A deck set as a heading over the story is its lede, not a section; a comment section's label ends the story.
  const story = dropAuthorNotes(
    deckAsParagraph(endAtComments(withoutSummaryBox(shownBlocks))).filter(
      (b) => !(b.type === 'paragraph' && (isEndNote(b.text) || isCaptionLike(b.text))),
    ),
    byline,
  );
  const { lists, leadIns } = buildLists(story);
  const { lede, sections, closing } = buildSections(story, leadIns);
  // With nobody credited, the agency the story's dateline names is ("BAGHDAD, Jan. 13 (Xinhua) -- …"), or the one
  // its last paragraph closes on ("… an. (dpa/gem)"); an Arabic story's dateline may credit a person or an agency
  // ("القاهرة - محمود عبد الله:", "دبي – وام:").
  const credited = byline ?? datelineAgency(lede) ?? arabicCredit(lede, blocks) ?? closingAgency(closing);
  const tables = story.flatMap((b) => (b.type === 'table' ? [b.table] : []));
  // The text keeps the summary box where the page shows it: only the brief's fields leave it to the key points.
  const text = blocksToText(shownBlocks);
  const { lang, dir } = inferLangDir(meta, `${title ?? ''}\n${text}`);
  // Whether the page is an article is judged on all it shows, meta lines included.
  const paragraphBlocks = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  const paragraphs = paragraphBlocks.length;
  const verdict = articleVerdict(detection, {
    text: blocksToText(blocks).length,
    paragraphs,
    paragraphText: paragraphBlocks.reduce((n, p) => n + p.length, 0),
    linkDensity: contentLinkDensity(content),
    keptLinkDensity: keptLinkDensity(content),
    teasersInStory: teasersInStory(content, detection.teasers),
  });
  const brief: Brief = {
    schema: SCHEMA_VERSION,
    url: meta.canonicalUrl ?? opts.url ?? null,
    isArticle: verdict.isArticle,
    title,
    byline: credited,
    published,
    siteName: meta.siteName,
    lang,
    dir,
    lede,
    sections,
    keyPoints: pickKeyPoints({ title, lede, sections, lang, summaryBox }),
    lists,
    tables,
    commitments: findCommitments({ blocks: endAtComments(blocks), tables, published, title, lang }),
    // The agency's credit glued to the story's last paragraph ("… (Editing by Clare Fallon)") is no part of it.
    closing: closing && withoutTrailingCredit(closing),
    flags: findFlags({ title, byline: credited, published, sections, lede, text }),
    text,
  };
  return { brief, verdict: { ...verdict, signals: detection.signals } };
}

function firstHeading(doc: Document): string | null {
  const h = doc.querySelector('h1') ?? doc.querySelector('h2');
  const t = h ? normalizeSpace(h.textContent ?? '') : '';
  return t || null;
}
