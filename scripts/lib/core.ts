/** Core access: the one place the evaluation and the benchmark reach the extraction core. */
import type { VerdictReport } from '../../utils/brief';
import type { Brief } from '../../utils/types';
import { firstLine } from './text';

export interface CoreApi {
  /** The full brief from HTML. */
  briefFromHtml(html: string, opts: { url?: string | null }): Brief;
  /** Stage 1: parse. */
  parseHtml(html: string, url?: string | null): Document;
  /** Stage 2: extract from a parsed document. */
  briefFromDocument(doc: Document, opts: { url?: string | null }): Brief;
  /** The full brief from HTML, with the article verdict's rule and detection's signals. */
  briefAndVerdict(html: string, opts: { url?: string | null }): { brief: Brief; verdict: VerdictReport };
}

/**
 * Load the extraction core, or return the reason it cannot be loaded (the evaluation then reports the reference
 * alone). Loaded lazily so that the scoring functions can be used without the core.
 */
export async function loadCore(): Promise<CoreApi | { error: string }> {
  try {
    const brief = await import('../../utils/brief');
    const parse = await import('../../utils/extract/parse');
    return {
      briefFromHtml: brief.briefFromHtml,
      briefFromDocument: brief.briefFromDocument,
      briefAndVerdict: (html, opts) => brief.briefAndVerdictFromDocument(parse.parseHtml(html, opts.url), opts),
      parseHtml: parse.parseHtml,
    };
  } catch (err) {
    return { error: `the extraction core could not be loaded: ${firstLine(err)}` };
  }
}
