/** Labels and meta lines are never content: credit lines, separators and the meta lines at the article's edges. */
import { describe, expect, it } from 'vitest';
import {
  deckAsParagraph,
  dropMetaLines,
  endAtComments,
  isGalleryHeading,
  isCreditLine,
  isEndNote,
  isMetaHeading,
  bylineInBlocks,
  dropBoxTitles,
  dateInBlocks,
  datelineAgency,
  closingAgency,
  isBylineLine,
  isCreditHeading,
  isDateLine,
  isCommenterHeading,
} from '../../utils/structure/meta-lines';
import { dropAuthorNotes, isAuthorNote } from '../../utils/structure/author-notes';
import type { Block } from '../../utils/types';

const p = (text: string): Block => ({ type: 'paragraph', text });
const texts = (blocks: Block[]) => blocks.map((b) => ('text' in b ? b.text : b.type));
const LEDE = 'The ministry announced on Tuesday a new plan to cut water losses across the capital by a fifth.';
const BODY = 'Officials said the first works would start in the spring and run for three years in all districts.';
const END = 'The plan will be reviewed by parliament before the end of the year, the minister said.';

describe('isCreditLine', () => {
  it('reads source, photo, credit, disclaimer and copyright lines in Arabic, English and German', () => {
    for (const line of [
      'المصدر: (أ ش أ)',
      'تصوير: بندر الدوسري',
      'إخلاء مسؤولية: هذا المحتوى لأغراض إعلامية فقط ولا يمثل نصيحة استثمارية.',
      'Source: Reuters',
      'Photo: AP',
      'Quelle: Verbraucherzentrale NRW',
      '© 2007 - 2008 - eFluxMedia',
      'Copyright 2007 Reuters. All rights reserved.',
      'جميع الحقوق محفوظة © 2024',
    ])
      expect(isCreditLine(line), line).toBe(true);
  });
  it('leaves story sentences that name a source alone', () => {
    expect(isCreditLine('A source close to the talks said the deal was near.')).toBe(false);
    expect(isCreditLine('المصدر الرئيسي للمياه في المدينة هو النهر.')).toBe(false);
  });
  it('leaves story sentences that open with the word copyright alone', () => {
    expect(isCreditLine('Copyright law in the country dates from 1956.')).toBe(false);
    expect(isCreditLine('Copyright holders had asked the court to block the site.')).toBe(false);
    expect(isCreditLine('حقوق النشر الرقمي محور خلاف بين الناشرين والمنصات.')).toBe(false);
  });
});

describe('isEndNote', () => {
  it('takes the note an embedded social post prints for an end note', () => {
    expect(isEndNote('A post shared by Jane Roe (@jane.roe) on Apr 27, 2020 at 9:24am PDT')).toBe(true);
    expect(isEndNote('View this post on Instagram')).toBe(true);
    expect(isEndNote('A post shared by thousands of users claimed the vote had been rigged, officials said.')).toBe(
      false,
    );
  });
  it('takes a picture credit without a colon for an end note, with at most one word naming the picture', () => {
    for (const line of [
      'Featured image by Jane Roe/The Example.',
      'Photo by Joan Roe',
      'Top image by Example Studio',
      'Image courtesy of the Example Museum',
    ])
      expect(isEndNote(line), line).toBe(true);
    for (const prose of [
      'Photo by photo, the exhibition retells the life of the painter and the village where she worked for decades.',
      'The new image by the telescope shows a galaxy.',
      'A striking photo by Jane Roe won the prize.',
    ])
      expect(isEndNote(prose), prose).toBe(false);
  });
});

describe('dropMetaLines', () => {
  it('drops a kicker above the first paragraph of prose, and credit lines and separators anywhere', () => {
    const out = dropMetaLines([
      p('لبنان'),
      p('Policy'),
      p(LEDE),
      p('___'),
      p(BODY),
      p(END),
      p('المصدر: المشرق + وكالات'),
    ]);
    expect(texts(out)).toEqual([LEDE, BODY, END]);
  });

  it('drops a meta line of parts set apart by bars or bullets when one part is a date, and keeps prose that has bars', () => {
    const bars = 'Results for 2024 | 3.5% growth | 4.2% inflation';
    const out = dropMetaLines([
      p('Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger'),
      p(LEDE),
      p('18.02.2022, 10:27 | Recht & Gesetz'),
      p(BODY),
      p(bars),
      p('The council met on 18 February 2022 | and the vote was 12 to 3.'),
      p(END),
    ]);
    expect(texts(out)).toEqual([
      LEDE,
      BODY,
      bars,
      'The council met on 18 February 2022 | and the vote was 12 to 3.',
      END,
    ]);
  });

  it('keeps a deck written as a headline, a first line of a few words, a date line, a label over a list and headings', () => {
    const deck = "Customs data show the region's economic centre of gravity moving east";
    const blocks: Block[] = [
      p(deck),
      p('Das Konzeptpapier'),
      p('الثلاثاء 5 أغسطس 2025 - 11 صفر 1447 هـ'),
      { type: 'heading', level: 2, text: 'Background' },
      p('Key Points'),
      { type: 'list', ordered: false, items: ['One point here.', 'Another point here.'] },
      p(LEDE),
      p(END),
    ];
    expect(dropMetaLines(blocks)).toEqual(blocks);
  });

  it('keeps every paragraph between the first and the last of prose, short or not', () => {
    const blocks = [p(LEDE), p('Yes.'), p('What next'), p(END)];
    expect(dropMetaLines(blocks)).toEqual(blocks);
  });
});

describe('isEndNote and isAuthorNote', () => {
  it('reads contribution, publication and long copyright notes as end notes', () => {
    for (const line of [
      'Heba Habib contributed to this report.',
      'Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
      'Some information for this report was provided by AFP and AP.',
      '(Additional reporting by Hugh Bronstein in Bogota; Writing by Frank Jack Daniel; editing by Bill Trott)',
      'A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition with the headline: Winter Below.',
      'This article originally appeared on The Atlantic.',
      '© Copyright 2007 Reuters. Reuters content is the intellectual property of Reuters or its third party content providers.',
    ])
      expect(isEndNote(line), line).toBe(true);
  });
  it('leaves story sentences about contributions, versions and first appearances alone', () => {
    for (const line of [
      'The ministry contributed $2 million to the fund, officials said.',
      'Donors who contributed to this report’s findings asked not to be named, and the council agreed to publish it.',
      'A version of the bill passed the Senate last year but stalled in the House.',
      'The song originally appeared on the band’s debut album in 1994.',
      'Copyright law in the country dates from 1956.',
    ])
      expect(isEndNote(line), line).toBe(false);
  });
  it('reads a paragraph opening with the author’s name, or naming them beside an address, as an author note', () => {
    expect(
      isAuthorNote('Corey Kilgannon is a Metro reporter covering news and human interest stories.', 'Corey Kilgannon'),
    ).toBe(true);
    expect(isAuthorNote('Write to Selina Williams at Selina.Williams@dowjones.com', 'SELINA WILLIAMS')).toBe(true);
    expect(isAuthorNote('Ben Silverman is on Twitter at ben_silverman.', 'Jane Roe, Ben Silverman')).toBe(true);
    expect(isAuthorNote('Corey Kilgannon is a Metro reporter covering news.', null)).toBe(false);
    expect(isAuthorNote('Officials told Corey Kilgannon that the pipes would be replaced.', 'Corey Kilgannon')).toBe(
      false,
    );
  });
  it('reads a short paragraph giving an e-mail address as a contact note, whoever the byline names', () => {
    const contact = 'Staff writer Elizabeth Mullener can be reached at emullener@example.com or (504) 826-3393.';
    expect(isAuthorNote(contact, null)).toBe(true);
    expect(isAuthorNote('E-mail comments to ben.grossman@example.com', 'Jane Roe')).toBe(true);
    const long =
      'The ministry said residents who found a leak could write to leaks@example.gov, and that every report would ' +
      'be answered within two days by the water company, which has hired forty more engineers for the summer.';
    expect(isAuthorNote(long, null)).toBe(false);
    expect(isAuthorNote('The ministry said on Monday it would publish the figures in March.', null)).toBe(false);
  });
  it('drops author and end notes only where they close the story', () => {
    const bio = 'Jane Roe is a reporter covering the city’s water system.';
    const out = dropAuthorNotes(
      [p(LEDE), p(bio), p(BODY), p(END), p(bio), p('Heba Habib contributed to this report.')],
      'Jane Roe',
    );
    expect(texts(out)).toEqual([LEDE, bio, BODY, END]);
  });
});

describe('deckAsParagraph and the headline restated', () => {
  const h = (text: string): Block => ({ type: 'heading', level: 2, text });
  const DECK = 'Pubs and bars face penalties for playing loud music or allowing singing and dancing';
  it('reads a heading as long as a sentence that stands first, before a paragraph, as the deck', () => {
    expect(texts(deckAsParagraph([h(DECK), p(LEDE), p(BODY)]))).toEqual([DECK, LEDE, BODY]);
    expect(deckAsParagraph([h(DECK), p(LEDE)])[0]!.type).toBe('paragraph');
    expect(deckAsParagraph([h(DECK), { type: 'caption', text: 'A bar in London' }, p(LEDE)])[0]!.type).toBe(
      'paragraph',
    );
  });
  it('keeps a short first heading, and a long heading that is not first, as headings', () => {
    expect(deckAsParagraph([h('What the plan says'), p(LEDE)])[0]!.type).toBe('heading');
    expect(deckAsParagraph([p(LEDE), h(DECK), p(BODY)])[1]!.type).toBe('heading');
    expect(deckAsParagraph([h(DECK), h('What the plan says'), p(LEDE)])[0]!.type).toBe('heading');
  });
  it('reads a heading that holds the whole headline under a kicker as the headline restated', () => {
    const title = 'Niederlage für Johnson: Parlament vertagt Votum über Brexit-Deal';
    expect(isMetaHeading(`Tag der Abstimmung: ${title} - wie geht es jetzt weiter?`, { title })).toBe(true);
    expect(isMetaHeading('Was das Parlament jetzt entscheidet', { title })).toBe(false);
    expect(isMetaHeading('Brexit: what happens next for the talks', { title: 'Brexit' })).toBe(false);
  });
});

describe("readers' comments set as headings, under no labelled container", () => {
  const h = (text: string, level = 4): Block => ({ type: 'heading', level, text });
  const MORE = 'The first districts to see the works will be named in the spring, the ministry said in its statement.';
  const STORY = [p(LEDE), p(BODY), p(MORE), p(END)];
  const said = [
    'Great plan, but I will believe it when I see the pipes in my street.',
    'Same promise every year and nothing changes for us in the old town.',
    'Finally some good news for the capital after years of waiting.',
    'Who is paying for all of this? The budget is already stretched.',
    'My water bill went up twice this year and the leaks are still there.',
    'This should have been done a decade ago when the pipes first failed.',
    'Let us see what parliament says before we celebrate anything at all.',
  ];
  const run = (names: string[], level = 4) => names.flatMap((n, i) => [h(n, level), p(said[i % said.length]!)]);

  it('reads a name, or a name and a date, as a commenter heading; not a time first, a sentence or a numbered item', () => {
    for (const t of [
      'Gary',
      'Frank @ Toronto',
      'Jack M.',
      'Jermaine 07 Nov 12',
      'GreatAunt On Friday, November 2 at 12:14 pm',
    ])
      expect(isCommenterHeading(t), t).toBe(true);
    expect(isCommenterHeading('Heidemarie Heim | Di, 21. April 2020 - 16:40')).toBe(true);
    for (const t of [
      '21:22 Frances Watkins',
      'Oct. 26, 1948: Death Cloud Envelops Pennsylvania Mill Town',
      '1. Angelina Jolie',
      'The council will vote on the plan next week.',
      'Ingredients:',
      'Why the ministry waited so long to act on the leaks',
    ])
      expect(isCommenterHeading(t), t).toBe(false);
  });

  it('ends the story where three dated comment headings or six named ones in a row begin', () => {
    const dated = run(['Jermaine 07 Nov 12', 'Radex 07 Nov 12', 'Jason Fried 07 Nov 12']);
    expect(texts(endAtComments([...STORY, ...dated]))).toEqual([LEDE, BODY, MORE, END]);
    const named = run([
      'Stephen B',
      'Lina',
      'Frank @ Toronto',
      'J-F (Ottawa)',
      'Cudjoe Peters',
      'Scott Hobbs',
      'Ralph',
    ]);
    const bold = [h('In terms of the economy, only about 15% of it depends on these plants'), p(said[0]!)];
    const after = run(['Dale Scarrow', 'Robert C']);
    expect(texts(endAtComments([...STORY, ...named, ...bold, ...after]))).toEqual([LEDE, BODY, MORE, END]);
  });

  it("keeps a story's short sections: few, sharing words, naming their subject, or over too short a story", () => {
    const keep = (blocks: Block[]) => expect(texts(endAtComments(blocks))).toEqual(texts(blocks));
    keep([...STORY, ...run(['Ingredients', 'Method', 'My Notes'])]);
    keep([
      ...STORY,
      ...run(["Kanae's Review", "Moeko's Review", "Viet's Review", "Jenny's Review", "Sam's Review", "Lee's Review"]),
    ]);
    keep([
      ...STORY,
      ...['Black Angus', 'Hereford', 'Piedmontese', 'Wagyu', 'Galloway', 'Limousin'].flatMap((n) => [
        h(n),
        p(`${n} cattle are a breed raised for beef across the country.`),
      ]),
    ]);
    keep([p(LEDE), ...run(['Jermaine 07 Nov 12', 'Radex 07 Nov 12', 'Jason Fried 07 Nov 12'])]);
    keep([...STORY, ...run(['21:22 Frances Watkins', '21:30 Frances Watkins', '21:41 Tom Lee'])]);
  });
});

describe('endAtComments', () => {
  const h = (text: string): Block => ({ type: 'heading', level: 3, text });
  const READER = 'Great article, but the minister will never deliver this plan on time.';
  it('ends the story at a comment section’s label, as a heading or a line of its own, with its count', () => {
    for (const label of [
      'Comments',
      '5 Comments',
      'Comments (12)',
      'Comments are closed.',
      'Leave a Reply',
      'Have your Say',
      'Have your say on this story',
      'التعليقات (27)',
      'اترك تعليقاً',
    ])
      for (const block of [h(label), p(label)])
        expect(texts(endAtComments([p(LEDE), p(BODY), p(END), block, p(READER), h('Most read')])), label).toEqual([
          LEDE,
          BODY,
          END,
        ]);
  });
  it('keeps sentences and headings about comments, and a label that opens the blocks', () => {
    const about = 'Comments from residents were collected until March.';
    const say = 'Have your say on the plan at the town hall, the council told residents.';
    expect(texts(endAtComments([p(LEDE), p(say), p(END)]))).toEqual([LEDE, say, END]);
    expect(texts(endAtComments([p(LEDE), p(about), h('Comments from residents'), p(END)]))).toEqual([
      LEDE,
      about,
      'Comments from residents',
      END,
    ]);
    expect(endAtComments([h('Comments'), p(LEDE)])).toHaveLength(2);
  });
});

describe('isGalleryHeading', () => {
  it('reads a gallery box’s title as no section heading: the label alone, before a colon or dash, as a tail, a count', () => {
    for (const t of [
      'Gallery',
      'PHOTOS',
      'Photo Gallery: Behind the Scenes in June 2012',
      'Gallery - Heineken Cup - Round Five',
      'Gallery: Xbox One X screenshots | 9 Photos',
      'UK news in pictures',
      'In Pictures . . .',
      'الحدث بالصور',
      'معرض الصور: افتتاح المعرض',
    ])
      expect(isGalleryHeading(t), t).toBe(true);
  });
  it('keeps section headings that speak of photos or galleries', () => {
    for (const t of [
      'Gallery owners protest new rules',
      'Photos of the flood show the damage',
      'Newspaper stories and photos',
      'What took so long?',
      'صور الأقمار الصناعية تكشف حجم الجفاف',
    ])
      expect(isGalleryHeading(t), t).toBe(false);
  });
});

describe('isDateLine', () => {
  it('reads a line that only says when as a date line: date, weekday, clock, zone and its label', () => {
    for (const line of [
      'Saturday, 05 Jan 2008 20:43',
      'Tue, 2008-01-08 18:35.',
      '1/10/2008, 6:07 a.m. EST',
      '10:02 AM CST on Friday, December 28, 2007',
      'Last modified: January 18. 2008 3:55PM',
      'Jan 15, 2008',
      '7:00 PM',
      'الخميس 14 مارس 2025 - 10:30 صباحاً',
    ])
      expect(isDateLine(line), line).toBe(true);
  });

  it('leaves sentences, headings and lines that hold a date among other words alone', () => {
    for (const line of [
      'The vote is on March 5, 2008.',
      'Polls open at 7:00 on Tuesday.',
      'March 2008: the crash that changed everything',
      'Correction: July 24, 2012',
      'August 9, 2012 · 13 Comments',
      'الثلاثاء 5 أغسطس 2025 - 11 صفر 1447 هـ',
      'Budget 2025',
      '$12.50',
    ])
      expect(isDateLine(line), line).toBe(false);
  });
});

describe('byline lines and credit headings', () => {
  it('reads a byline line of its own, without its wire, job and time', () => {
    expect(bylineInBlocks([p('By JEFFREY McMURRAY Associated Press Writer'), p(LEDE)])).toBe('JEFFREY McMURRAY');
    expect(
      bylineInBlocks([
        p('By GUDJON HELGASON and BRIAN CHURCH, Associated Press Writers 1 hour, 32 minutes ago'),
        p(LEDE),
      ]),
    ).toBe('GUDJON HELGASON and BRIAN CHURCH');
    expect(bylineInBlocks([p('Kicker'), p('By William Langley'), p(LEDE)])).toBe('William Langley');
  });

  it('reads no byline from a sentence opening with "By", nor from a line after the story has begun', () => {
    expect(isBylineLine('By the end of today, the result will be known.')).toBe(false);
    expect(isBylineLine('By then it was too late')).toBe(false);
    expect(bylineInBlocks([p(LEDE), p('By William Langley')])).toBeNull();
  });

  it('drops a list of dates only, and keeps a list that holds other items beside a date', () => {
    const dates: Block = { type: 'list', ordered: false, items: ['Feb. 21, 2019'] };
    const steps: Block = { type: 'list', ordered: false, items: ['Feb. 21, 2019', 'Apply online by the deadline.'] };
    expect(texts(dropMetaLines([p(LEDE), dates, p(BODY), steps, p(END)]))).toEqual([LEDE, BODY, 'list', END]);
  });

  it('drops a byline line and a date line over the story; the lede is the first paragraph of prose', () => {
    const blocks = [p('By William Langley'), p('Tue, 2008-01-08 18:35.'), p(LEDE), p(BODY), p(END)];
    expect(texts(dropMetaLines(blocks))).toEqual([LEDE, BODY, END]);
  });

  it('reads an agency or a desk set as a heading as a credit, not a section', () => {
    for (const line of ['The Associated Press', 'Hugh Gentry, Reuters', 'Staff Reporter', 'The Oregonian Staff'])
      expect(isCreditHeading(line), line).toBe(true);
    for (const line of ['Reuters profits fall', 'Staff shortages', 'Press freedom', 'What the agency said'])
      expect(isCreditHeading(line), line).toBe(false);
  });
});

describe('dateInBlocks', () => {
  it('reads the date of a date line or a byline line over the story', () => {
    expect(dateInBlocks([p('Tue, 2008-01-08 18:35.'), p(LEDE)])).toBe('2008-01-08T18:35:00');
    expect(dateInBlocks([p('By David A. Utter - Fri, 12/28/2007 - 6:41am.'), p(LEDE)])).toBe('2007-12-28T06:41:00');
    expect(dateInBlocks([p('Kicker'), p('Thu, January 10, 2008'), p(LEDE)])).toBe('2008-01-10');
  });

  it('takes no date read two ways, and none from the story itself', () => {
    expect(dateInBlocks([p('1/10/2008, 6:07 a.m. EST'), p(LEDE)])).toBeNull();
    expect(dateInBlocks([p(LEDE), p('Jan 15, 2008')])).toBeNull();
    expect(dateInBlocks([p('The vote is on March 5, 2008.'), p(LEDE)])).toBeNull();
  });

  it("reads the date of the story's opening dateline, with its year only", () => {
    expect(dateInBlocks([p(`Feb. 23, 2015 -- ${LEDE}`), p(BODY)])).toBe('2015-02-23');
    expect(dateInBlocks([p(`LONDON, March 3, 2015 — ${LEDE}`)])).toBe('2015-03-03');
    expect(dateInBlocks([p(`WASHINGTON, March 3 (Reuters) - ${LEDE}`)])).toBeNull();
    expect(dateInBlocks([p(`The vote on March 5, 2008 - a Tuesday - was close. ${BODY}`)])).toBeNull();
  });
});

describe('end matter under a rule', () => {
  const MORE = 'The first districts to see the works will be named in the spring, the ministry said in its statement.';
  it('drops a rule of underscores and the few short blocks under it at the end of a story', () => {
    const out = dropMetaLines([
      p(LEDE),
      p(BODY),
      p(MORE),
      p(END),
      p('___'),
      p('This version corrects the spelling of the district.'),
      p('__'),
      p('Jane Roe in Cairo contributed to this report.'),
    ]);
    expect(texts(out)).toEqual([LEDE, BODY, MORE, END]);
  });

  it('keeps the story under a rule after a paragraph or two, under a row of asterisks, and when long blocks follow', () => {
    expect(texts(dropMetaLines([p(LEDE), p('___'), p(BODY), p(END)]))).toEqual([LEDE, BODY, END]);
    expect(texts(dropMetaLines([p(LEDE), p(BODY), p(MORE), p('***'), p(END)]))).toEqual([LEDE, BODY, MORE, END]);
    const long = `${MORE} ${MORE} ${MORE} ${MORE}`;
    expect(texts(dropMetaLines([p(LEDE), p(BODY), p(MORE), p('____'), p(long), p(END)]))).toEqual([
      LEDE,
      BODY,
      MORE,
      long,
      END,
    ]);
  });
});

describe('dropBoxTitles', () => {
  const h = (text: string): Block => ({ type: 'heading', level: 3, text });
  const links: Block = { type: 'list', ordered: false, items: ['Another story', 'A third story'] };

  it('drops a box title set as a heading and the links and short lines under it', () => {
    const blocks = [p(LEDE), h("Editor's Choice"), links, p('More stories'), h('Background'), p(BODY), p(END)];
    expect(texts(dropBoxTitles(blocks))).toEqual([LEDE, 'Background', BODY, END]);
    expect(texts(dropBoxTitles([p(LEDE), h('Related:'), links, p(END)]))).toEqual([LEDE, END]);
  });

  it('keeps the story a paragraph of prose resumes after the box, and headings that only speak of choices', () => {
    const blocks = [p(LEDE), h("Editor's Choice"), p(BODY), h("The editor's choice of words"), links, p(END)];
    expect(texts(dropBoxTitles(blocks))).toEqual([LEDE, BODY, "The editor's choice of words", 'list', END]);
  });
});

describe('closingAgency', () => {
  it("reads the news agencies a credit in brackets closing the story's last paragraph names", () => {
    expect(closingAgency('Later the manager said he would come after all. (dpa/gem)')).toBe('dpa');
    expect(closingAgency('The talks resume on Monday. (AFP 19.11.21)')).toBe('AFP');
    expect(closingAgency('The talks resume on Monday, officials said (Reuters, AP)')).toBe('Reuters, AP');
  });

  it('reads none from closing brackets that name no agency, or brackets inside the paragraph', () => {
    expect(closingAgency('The talks resume on Monday (local time).')).toBeNull();
    expect(closingAgency('The bill passed (AP reported) and the talks resume on Monday.')).toBeNull();
    expect(closingAgency('The talks resume on Monday. (gem)')).toBeNull();
    expect(closingAgency(null)).toBeNull();
  });
});

describe('datelineAgency', () => {
  it("reads the news agency a story's dateline credits, as written", () => {
    expect(datelineAgency('BAGHDAD, Jan. 13 (Xinhua) -- The long-awaited bill passed.')).toBe('Xinhua');
    expect(datelineAgency('(CBS/AP) LONDON - British authorities on Tuesday charged an ex-aide.')).toBe('CBS/AP');
    expect(datelineAgency('GAZA CITY, Gaza Strip (AP) — Israel sought to put an end to it.')).toBe('AP');
    expect(datelineAgency('NEW YORK (Reuters) - The Portland Trail Blazers rolled on.')).toBe('Reuters');
  });

  it('reads no agency from brackets that are no dateline or name no agency', () => {
    expect(datelineAgency('London (CNN) - It was the interview that some feared.')).toBeNull();
    expect(datelineAgency('The bill (passed on Monday) - a first - eases restrictions.')).toBeNull();
    expect(datelineAgency('The minister met AP reporters (Reuters was absent) on Monday in the capital.')).toBeNull();
    expect(datelineAgency(null)).toBeNull();
  });
});
