/**
 * The brief set's scorer (`npm run eval:brief`): every matching rule of scripts/eval/brief-match.ts on cases made
 * up here, each with a case it must accept and one it must refuse; the naive Readability.js brief; the figures
 * pooled over pages; and a brief set written here, loaded and scored end to end with the real core.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  actorMatches,
  appears,
  bylineNames,
  dayOf,
  evidenceOverlaps,
  flagGroup,
  isCaption,
  ledeOk,
  matchOneToOne,
  norm,
  sameByline,
  sameCell,
  sameDay,
  sameItem,
  sameText,
  sameTitle,
  scoreCommitments,
  scoreFlags,
  scoreItems,
  tableCells,
} from '../../scripts/eval/brief-match';
import { scoreLeadIns, scoreView } from '../../scripts/eval/brief-score';
import type { BriefGold } from '../../scripts/eval/brief-set';
import { pooled, systemTotals } from '../../scripts/eval/brief-totals';
import { type BriefView, emptyView, naiveBrief } from '../../scripts/eval/brief-view';
import { detectCorpus, loadCorpus } from '../../scripts/eval/corpora';
import { runSelections } from '../../scripts/eval/runner';
import type { BriefResult } from '../../scripts/eval/scorers/brief';

const tenWords = 'one two three four five six seven eight nine ten';

describe('normalising and the same-text rule', () => {
  it('folds quotes, dashes and white space, and nothing else', () => {
    expect(norm('  “Quoted” — it’s\u00a0here\u200f ')).toBe('"Quoted" - it\'s here');
    expect(norm('«نص» – هنا')).toBe('"نص" - هنا');
    expect(norm('Case Stays')).not.toBe(norm('case stays'));
  });

  it('title: equal once normalised, with no overlap allowance', () => {
    expect(sameTitle('Why “Neon” Is – Ultimate', 'Why "Neon"  Is - Ultimate')).toBe(true);
    expect(sameTitle(tenWords, tenWords.replace('ten', 'eleven'))).toBe(false);
    expect(sameTitle('Headline', 'Headline | Site')).toBe(false);
    expect(sameTitle('Headline', null)).toBe(false);
  });

  it('same text: equal once normalised, or token F1 of at least 0.9', () => {
    // 9 of 10 words: F1 = 18/19 ≈ 0.947; 8 of 10: F1 = 16/18 ≈ 0.889.
    expect(sameText(tenWords, tenWords.replace(' ten', ''))).toBe(true);
    expect(sameText(tenWords, tenWords.replace(' nine ten', ''))).toBe(false);
    expect(sameText('Ça va.', 'ça va')).toBe(true);
    expect(sameText(null, 'x')).toBe(false);
    expect(sameText('', '')).toBe(false);
  });

  it('items and headings are compared without a leading list marker; table cells keep theirs', () => {
    expect(sameItem('1. Bring your card', 'Bring your card')).toBe(true);
    expect(sameItem('١- أحضر بطاقتك', 'أحضر بطاقتك')).toBe(true);
    expect(sameItem('• Bring your card', '- Bring your card')).toBe(true);
    expect(sameItem('2019 was a year', 'was a year')).toBe(false);
    expect(sameCell('1.', '1.')).toBe(true);
    expect(scoreItems(['1.', '2.'], ['1.', '2.'], sameCell, norm)).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(sameCell('12', '13')).toBe(false);
  });
});

describe('one-to-one matching of pooled items', () => {
  it('finds the largest matching, not the first one', () => {
    // g0 could take o0 or o1; g1 only o0: the largest matching gives g0 → o1.
    const pairs = matchOneToOne(['g0', 'g1'], ['o0', 'o1'], (g, o) => g === 'g0' || o === 'o0');
    expect(pairs).toEqual([1, 0]);
  });

  it('counts a repeated item once per occurrence (a multiset)', () => {
    expect(scoreItems(['A', 'A'], ['A'])).toMatchObject({ tp: 1, fn: 1, fp: 0, missed: ['A'] });
    expect(scoreItems(['A'], ['A', 'A'])).toMatchObject({ tp: 1, fn: 0, fp: 1, extra: ['A'] });
    expect(scoreItems(['Heading one', 'Other'], ['Heading  one', 'Else', ' '])).toMatchObject({
      tp: 1,
      fn: 1,
      fp: 1,
    });
  });

  it('pools every cell of every table, headers included', () => {
    const cells = tableCells([
      { headers: ['Area', 'Pledge'], rows: [['Aid', '$5m']] },
      { headers: [], rows: [['x']] },
    ]);
    expect(cells).toEqual(['Area', 'Pledge', 'Aid', '$5m', 'x']);
  });
});

describe('byline, date, lede', () => {
  it('byline: the same set of names, case-insensitive, in any order', () => {
    expect(bylineNames('Ann Lee, Bob Roe & Cy Doe and Di Poe')).toEqual(['ann lee', 'bob roe', 'cy doe', 'di poe']);
    expect(sameByline('Ann Lee, Bob Roe', 'BOB ROE and ann lee')).toBe(true);
    expect(sameByline('Ann Lee, Bob Roe', 'Ann Lee')).toBe(false);
    expect(sameByline('Ann Lee', 'By Ann Lee')).toBe(false);
    expect(sameByline('أحمد الزعبي، سلمى النمري', 'أحمد الزعبي وسلمى النمري')).toBe(true);
    expect(sameByline('أحمد الزعبي، سلمى النمري', 'أحمد الزعبي و سلمى النمري')).toBe(true);
    // A name that begins with و is not cut in two.
    expect(sameByline('وليد سالم', 'وليد سالم')).toBe(true);
    expect(sameByline('وليد سالم', 'ليد سالم')).toBe(false);
  });

  it('byline: a null gold wants no byline, a gold byline wants one', () => {
    expect(sameByline(null, null)).toBe(true);
    expect(sameByline(null, '  ')).toBe(true);
    expect(sameByline(null, 'منوعات')).toBe(false);
    expect(sameByline('Ann Lee', null)).toBe(false);
  });

  it('date: the same day, read from the ISO string itself, else parsed', () => {
    expect(dayOf('2025-03-14T23:30:00-05:00')).toBe('2025-03-14');
    expect(dayOf('٢٠٢٥-٠٣-١٤')).toBe('2025-03-14');
    expect(dayOf('Wed, 18 Mar 2015 12:00:00 GMT')).toBe('2015-03-18');
    expect(sameDay('2025-03-14', '2025-03-14T09:30:00Z')).toBe(true);
    expect(sameDay('2025-03-14', '2025-03-15')).toBe(false);
    expect(sameDay(null, null)).toBe(true);
    expect(sameDay(null, '2025-03-14')).toBe(false);
    expect(sameDay('2025-03-14', null)).toBe(false);
    expect(sameDay(null, 'not a date')).toBe(false);
  });

  it('lede: the gold lede or, with a standfirst, the first body paragraph', () => {
    const gold = { lede: 'The standfirst sentence of the story.', ledeAlt: 'LONDON — The first body paragraph.' };
    expect(ledeOk(gold, 'The standfirst sentence of the story.')).toBe(true);
    expect(ledeOk(gold, 'LONDON - The first body paragraph.')).toBe(true);
    expect(ledeOk(gold, '2 min read')).toBe(false);
    expect(ledeOk({ ...gold, ledeAlt: null }, 'LONDON - The first body paragraph.')).toBe(false);
    expect(ledeOk(gold, null)).toBe(false);
  });
});

describe('junk and captions', () => {
  it('a junk snippet appears when it is a substring once normalised and lower-cased', () => {
    expect(appears('Continue reading the main story', 'x CONTINUE  reading the main story y')).toBe(true);
    expect(appears('21:22 تحديث', 'نص 21:22 تحديث')).toBe(true);
    expect(appears('Continue reading the main story', 'Continue reading')).toBe(false);
    expect(appears('x', null)).toBe(false);
  });

  it('a block is a caption when it holds it, is a 30+ character part of it, or is the same text', () => {
    const caption = 'President Smith arrives at the summit in Lagos, Monday, Sept. 2';
    expect(isCaption(`${caption} (AP Photo/Jane Doe)`, caption)).toBe(true);
    expect(isCaption('President Smith arrives at the summit in Lagos', caption)).toBe(true);
    expect(isCaption('President Smith arrives', caption)).toBe(false);
    expect(isCaption('The summit in Lagos opened with a speech by President Smith.', caption)).toBe(false);
  });

  it('a short caption is shown only by a block it is most of: it may open a story sentence too', () => {
    const caption = 'Foreign Minister Tzipi Livni';
    expect(isCaption('Foreign Minister Tzipi Livni Photo: AP', caption)).toBe(true);
    expect(isCaption('Foreign Minister Tzipi Livni arrived in Paris on Sunday morning for the talks.', caption)).toBe(
      false,
    );
    const long =
      'Security forces in Tunisia stormed the country’s most prominent museum, freeing hostages on Wednesday.';
    expect(
      isCaption(
        `${long} And the story carries on for a long while after the glued caption, well past the caption’s own length. ${'More story text. '.repeat(3)}`,
        long,
      ),
    ).toBe(true);
  });

  it('junk that is part of the gold story itself is not scored', () => {
    const gold = goldOf({ junk: ['League One', 'Share this article'] });
    const lede = 'The club leads League One after a win on Saturday.';
    const s = scoreView({ ...gold, lede }, { ...emptyView('nb'), lede, paragraphs: ['Share this article'] });
    expect(s.junkSkipped).toEqual(['League One']);
    expect(s.junkTotal).toBe(1);
    expect(s.junk).toEqual([{ snippet: 'Share this article', where: 'paragraph' }]);
  });
});

describe('commitments', () => {
  it('actor: containment either way, or a shared content word (Arabic folded), never a function word', () => {
    expect(actorMatches('the European Union', 'European Union')).toBe(true);
    expect(actorMatches('وزارة التربية السورية', 'الوزارة')).toBe(true);
    expect(actorMatches('الاتحاد الأوروبي', 'الإتحاد')).toBe(true);
    // Hamza forms folded inside words: الأمم / الامم.
    expect(actorMatches('الأمم المتحدة', 'منظمة الامم')).toBe(true);
    expect(actorMatches('the Obama administration', 'President Obama')).toBe(true);
    expect(actorMatches('the ministry of health', 'the union of workers')).toBe(false);
    expect(actorMatches('الحكومة التي شكلت', 'الشركة التي فازت')).toBe(false);
    expect(actorMatches('وفد المجلس إلى عمان', 'شركة الى دبي')).toBe(false);
    expect(actorMatches('Sudan', null)).toBe(false);
  });

  it('evidence: containment either way, or token F1 of at least 0.6', () => {
    const sentence = 'The ministry said it will open 12 new schools in the north by 2026.';
    expect(evidenceOverlaps(sentence, 'it will open 12 new schools in the north by 2026')).toBe(true);
    expect(evidenceOverlaps(sentence, `Officials added: ${sentence}`)).toBe(true);
    // 6 of 14 gold words in a 6-word clause: F1 = 12/20 = 0.6; 5 of them: F1 = 10/19 < 0.6.
    expect(evidenceOverlaps(sentence, 'ministry will open schools north soon')).toBe(false);
    expect(evidenceOverlaps(sentence, 'ministry will open schools in north')).toBe(true);
    expect(evidenceOverlaps(sentence, 'ministry open schools in north')).toBe(false);
  });

  const gold = [
    { actor: 'the ministry', commitment: 'to open schools', evidence: 'The ministry pledged to open schools.' },
    { actor: 'Sudan', commitment: 'will cooperate', evidence: 'Sudan will cooperate.', when: 'by June' },
  ];

  it('a match needs both the evidence and the actor; a right sentence with a wrong actor is counted apart', () => {
    const c = scoreCommitments(gold, [
      { actor: 'the ministry', commitment: 'open schools', evidence: 'The ministry pledged to open schools.' },
      { actor: 'Egypt', commitment: 'cooperate', evidence: 'Sudan will cooperate.' },
      { actor: 'Sudan', commitment: 'x', evidence: 'An unrelated sentence about the weather.' },
    ]);
    expect(c).toMatchObject({ tp: 1, fp: 2, fn: 1, actorWrong: 1, when: null, amount: null });
    expect(c.missed).toEqual(['Sudan | will cooperate | Sudan will cooperate.']);
  });

  it('one gold commitment is matched once, however many outputs repeat it', () => {
    const same = { actor: 'Sudan', commitment: 'will cooperate', evidence: 'Sudan will cooperate.' };
    expect(scoreCommitments(gold, [same, same])).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('when is scored on matched pairs whose gold has one, only for a system that gives it', () => {
    const got = (when: string | null) => [{ actor: 'Sudan', commitment: 'c', evidence: 'Sudan will cooperate.', when }];
    expect(scoreCommitments(gold, got('by June')).when).toEqual({ n: 1, ok: 1 });
    expect(scoreCommitments(gold, got('June')).when).toEqual({ n: 1, ok: 1 });
    expect(scoreCommitments(gold, got('in July')).when).toEqual({ n: 1, ok: 0 });
    expect(scoreCommitments(gold, got(null)).when).toEqual({ n: 1, ok: 0 });
    expect(scoreCommitments(gold, got(null)).amount).toBeNull();
  });
});

describe('name flags', () => {
  const groups = [
    ['صدام حفتر', 'سعدام حفتر'],
    ['Saddam Haftar', 'Sadam Haftar'],
  ];

  it('a flag is right when its spellings match different spellings of one gold group', () => {
    expect(flagGroup(['صدام', 'سعدام'], groups)).toBe(0);
    expect(flagGroup(['Sadam Haftar', 'Saddam Haftar'], groups)).toBe(1);
    expect(flagGroup(['Africa', 'African'], groups)).toBe(-1);
    // Both spellings inside one spelling of the group: not two spellings of the name.
    expect(flagGroup(['صدام', 'صدام حفتر'], groups)).toBe(-1);
    // Spellings from two groups.
    expect(flagGroup(['صدام', 'Sadam'], groups)).toBe(-1);
  });

  it('precision over flags, recall over gold groups', () => {
    const c = scoreFlags(
      [
        ['صدام', 'سعدام'],
        ['سعدام حفتر', 'صدام حفتر'],
        ['South Africa', 'South African'],
      ],
      groups,
    );
    expect(c).toMatchObject({ flags: 3, right: 2, groups: 2, found: 1 });
    expect(c.wrong).toEqual([['South Africa', 'South African']]);
  });
});

describe('list lead-ins', () => {
  it('pairs each gold list with the output list sharing most items, then compares the lead-ins', () => {
    const gold = [
      { leadIn: 'Bring these:', items: ['a card', 'a pen', 'a form'] },
      { leadIn: 'Then:', items: ['sign', 'leave'] },
      { leadIn: null, items: ['x'] },
    ];
    const got = [
      { leadIn: 'Then:', items: ['a card'] },
      { leadIn: 'Bring these:', items: ['a card', 'a pen'] },
      { leadIn: 'Steps', items: ['sign', 'leave'] },
    ];
    const c = scoreLeadIns(gold, got);
    expect(c.n).toBe(2);
    expect(c.ok).toBe(1);
    expect(c.missed).toEqual([{ expected: 'Then:', got: 'Steps' }]);
    expect(scoreLeadIns(gold.slice(0, 1), []).missed).toEqual([{ expected: 'Bring these:' }]);
  });
});

const goldOf = (over: Partial<BriefGold>): BriefGold => ({
  id: 'x',
  page: 'fixture:x.html',
  url: null,
  site: 'x.example',
  lang: 'en',
  title: 'Council votes',
  byline: null,
  published: null,
  lede: 'The council voted on Tuesday to build a new bridge over the river.',
  ledeAlt: null,
  headings: [],
  lists: [],
  tables: [],
  commitments: [],
  closing: 'Work is due to start in the spring.',
  summaryBox: [],
  captions: [],
  junk: [],
  nameVariants: [],
  notes: '',
  ...over,
});

describe('a page scored field by field', () => {
  it('key points: the lede repeated, a caption, junk, summary-box items found', () => {
    const gold = goldOf({
      captions: ['The old bridge at dawn, seen from the east bank of the river'],
      junk: ['Sign up for our newsletter'],
      summaryBox: ['The bridge will cost 12 million.', 'Work starts in spring.'],
    });
    const view: BriefView = {
      ...emptyView('nb'),
      lede: gold.lede,
      keyPoints: [
        gold.lede,
        'The old bridge at dawn, seen from the east bank',
        'Sign up for our newsletter today',
        'The bridge will cost 12 million.',
      ],
      paragraphs: ['Sign up for our newsletter'],
    };
    const s = scoreView(gold, view);
    expect(s.keyPoints).toMatchObject({ n: 4, ledeRepeat: gold.lede, summaryItems: 2, summaryFound: 1 });
    expect(s.keyPoints!.captionOrJunk).toHaveLength(2);
    expect(s.junk).toEqual([{ snippet: 'Sign up for our newsletter', where: 'paragraph' }]);
    expect(s.captions).toEqual([{ snippet: gold.captions[0], where: 'key point' }]);
    expect(s.fields.lede.ok).toBe(true);
    expect(s.fields.closing.ok).toBe(false);
  });

  it("key points: the brief's own lede repeated counts too, even when that lede is wrong", () => {
    const gold = goldOf({});
    const label = 'Key Points: the three things to know about the bridge vote';
    const view: BriefView = { ...emptyView('nb'), lede: label, keyPoints: [label, 'Another point entirely.'] };
    expect(scoreView(gold, view).keyPoints!.ledeRepeat).toBe(label);
    expect(scoreView(gold, { ...view, keyPoints: ['Another point entirely.'] }).keyPoints!.ledeRepeat).toBeNull();
  });

  it('a field the system does not produce is not scored; an empty one is', () => {
    const gold = goldOf({ commitments: [{ actor: 'A', commitment: 'c', evidence: 'A will c.' }] });
    expect(scoreView(gold, emptyView('ref')).commitments).toBeNull();
    expect(scoreView(gold, emptyView('nb')).commitments).toMatchObject({ tp: 0, fn: 1, fp: 0 });
  });
});

describe('figures pooled over pages', () => {
  it('a pooled ratio sums the counts, with an interval; no denominator gives NaN', () => {
    const f = pooled(
      [
        { k: 1, n: 4 },
        { k: 3, n: 4 },
      ],
      (x) => x,
    );
    expect(f).toMatchObject({ value: 0.5, k: 4, n: 8 });
    expect(f.lo).toBeLessThanOrEqual(0.5);
    expect(f.hi).toBeGreaterThanOrEqual(0.5);
    expect(pooled([{ k: 0, n: 0 }], (x) => x).value).toBeNaN();
  });

  it('a system without a field has null totals for it', () => {
    const gold = goldOf({});
    const t = systemTotals([{ error: null, scores: scoreView(gold, emptyView('ref')) }]);
    expect(t.commitments).toBeNull();
    expect(t.keyPoints).toBeNull();
    expect(t.fields.closing).toMatchObject({ k: 0, n: 1 });
  });
});

describe('the naive Readability.js brief', () => {
  const html = `<!doctype html><html lang="en"><head><title>Bridge vote</title></head><body><article>
    <h1>Bridge vote</h1><p>The council voted on Tuesday to build a new bridge over the river, ending years of debate about the crossing.</p>
    <p>The plan will cost 12 million and take three years, officials said at a meeting attended by hundreds of residents.</p>
    <h2>What happens next</h2><p>Residents can comment in three ways:</p>
    <ul><li>Write to the council office.</li><li>Attend the open meeting next month.<ul><li>Room 2</li></ul></li></ul>
    <h2>Costs</h2><ol><li>Design and planning work.</li></ol>
    <table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Steel</td><td>5m</td></tr></tbody></table>
    <p>Work is due to start in the spring, weather permitting, and the old bridge will stay open until then.</p>
    </article></body></html>`;

  it('takes the first and last paragraph, the h2-h6, the lists with the paragraph before, the tables', () => {
    const v = naiveBrief(html, null);
    expect(v.lede).toMatch(/^The council voted/);
    expect(v.closing).toMatch(/^Work is due/);
    expect(v.headings).toEqual(['What happens next', 'Costs']);
    expect(v.lists).toEqual([
      {
        leadIn: 'Residents can comment in three ways:',
        items: ['Write to the council office.', 'Attend the open meeting next month. Room 2'],
      },
      { leadIn: null, items: ['Design and planning work.'] },
    ]);
    expect(v.tables).toEqual([{ headers: ['Item', 'Cost'], rows: [['Steel', '5m']] }]);
    expect(v.commitments).toBeNull();
    expect(v.keyPoints).toBeNull();
    expect(v.nameFlags).toBeNull();
  });
});

describe('a brief set written here, scored end to end', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'nb-brief-set-'));
  const corpora = path.join(root, 'corpora');
  const set = path.join(root, 'brief-set');
  const before = process.env.NEWSBRIEF_CORPORA;
  process.env.NEWSBRIEF_CORPORA = corpora;
  afterAll(() => {
    if (before === undefined) delete process.env.NEWSBRIEF_CORPORA;
    else process.env.NEWSBRIEF_CORPORA = before;
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(path.join(corpora, 'tiny'), { recursive: true });
  mkdirSync(path.join(set, 'gold'), { recursive: true });
  const paras = [
    'The city council voted on Tuesday to build a new bridge over the river, ending years of debate about the crossing.',
    'The plan will cost 12 million and take three years, officials said at a meeting attended by hundreds of residents.',
    'Opponents said the money would be better spent on buses, and several promised to keep campaigning against it.',
    'Work is due to start in the spring, weather permitting, and the old bridge will stay open until the new one is ready.',
  ];
  writeFileSync(
    path.join(corpora, 'tiny', 'bridge.html'),
    `<!doctype html><html lang="en"><head><title>Council backs bridge | Example News</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council backs bridge</h1>
    <p class="byline">By Ann Lee</p>${paras.map((p) => `<p>${p}</p>`).join('')}</article>
    <footer>Copyright 2024 Example News</footer></body></html>`,
  );
  const gold = goldOf({
    id: 'tiny--bridge',
    page: 'corpus:tiny/bridge.html',
    title: 'Council backs bridge',
    byline: 'Ann Lee',
    lede: paras[0]!,
    closing: paras[3]!,
    junk: ['Copyright 2024 Example News'],
  });
  writeFileSync(path.join(set, 'gold', 'tiny--bridge.json'), JSON.stringify(gold));
  writeFileSync(
    path.join(set, 'gold', 'gone.json'),
    JSON.stringify(goldOf({ id: 'gone', page: 'corpus:tiny/gone.html' })),
  );

  it('is recognised as a brief set, and a page that cannot be read is left out loudly', () => {
    expect(detectCorpus(set)).toBe('brief-set');
    const corpus = loadCorpus(set, 'brief-set');
    expect(corpus.scorer).toBe('brief');
    expect(corpus.pages.map((p) => p.id)).toEqual(['tiny--bridge']);
    expect(corpus.warnings?.join('\n')).toMatch(/1 brief-set page\(s\) not found.*gone/);
  });

  it('briefs the page with the core and with the reference, and scores every field', async () => {
    const corpus = loadCorpus(set, 'brief-set');
    const { coreError, results } = await runSelections([corpus], { jobs: 1, timeoutS: 60 });
    expect(coreError).toBeNull();
    const [r] = results[0] as BriefResult[];
    expect(r!.group).toBe('en');
    expect(r!.nb!.error).toBeNull();
    expect(r!.nb!.scores.fields.title.ok).toBe(true);
    expect(r!.nb!.scores.fields.lede.ok).toBe(true);
    expect(r!.nb!.scores.fields.closing.ok).toBe(true);
    expect(r!.nb!.scores.junk).toEqual([]);
    expect(r!.ref.scores.fields.closing.ok).toBe(true);
    // Readability keeps the site name in its title, "By" in its byline, and the byline paragraph in its content
    // (the naive brief's first paragraph): none of them is what the reader expects.
    expect(r!.ref.scores.fields.title).toEqual({ ok: false, got: 'Council backs bridge | Example News' });
    expect(r!.ref.scores.fields.byline).toEqual({ ok: false, got: 'By Ann Lee' });
    expect(r!.ref.scores.fields.lede).toEqual({ ok: false, got: 'By Ann Lee' });
    expect(r!.ref.scores.commitments).toBeNull();
  });
});
