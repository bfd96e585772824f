/**
 * The English shapes the commitments reader generalises to, each on sentences written for the test (not copied from
 * any page): who commits, and what is no commitment.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../utils/analysis/commitments';
import { apposedName } from '../../utils/analysis/commitments/english-apposition';

const found = (...texts: string[]) =>
  findCommitments({ blocks: texts.map((text) => ({ type: 'paragraph' as const, text })), tables: [], lang: 'en' }).map(
    (c) => [c.actor, c.commitment],
  );

describe('English commitments: who commits', () => {
  it('takes the subject before an apposition', () => {
    expect(found('Halvorsen Freight, the largest haulier in the region, plans to open two depots next year.')).toEqual([
      ['Halvorsen Freight', 'plans to open two depots next year'],
    ]);
    expect(found('The pharmacist, Maria Delgado, told council officials she would keep the clinic open.')).toEqual([
      ['Maria Delgado', 'would keep the clinic open'],
    ]);
  });

  it('takes the reporter of a pronoun across a time adjunct or a long addressee', () => {
    expect(found('Quillon said in March it would cut its prices.')).toEqual([['Quillon', 'would cut its prices']]);
    expect(found('Quillon told state transport officials it would cut its prices.')).toEqual([
      ['Quillon', 'would cut its prices'],
    ]);
  });

  it('names an agent where a sentence opens with it', () => {
    expect(found('Brantwell plans to hire 300 engineers.')).toEqual([['Brantwell', 'plans to hire 300 engineers']]);
    expect(found('The library plans to extend its opening hours.')).toEqual([
      ['The library', 'plans to extend its opening hours'],
    ]);
  });

  it('reads an agreement as the object of "agreed", and a speaker’s own body', () => {
    expect(found('Midfielder Tomas Berg has agreed terms with Rovers.')).toEqual([
      ['Midfielder Tomas Berg', 'agreed terms with Rovers'],
    ]);
    expect(found('Kestrel Motors said its truck division will move to Ohio.')).toEqual([
      ['Kestrel Motors', 'will move to Ohio'],
    ]);
  });

  it('takes the reporter of a pronoun past an adverbial fronted after "that"', () => {
    expect(found('Quillon has announced that in the coming weeks, it will cut its prices.')).toEqual([
      ['Quillon', 'will cut its prices'],
    ]);
    // Without a reporting verb, the pronoun after the adverbial names no one.
    expect(found('In the coming weeks, it will cut its prices.')).toEqual([]);
  });

  it('reads the last sentence of a quotation as its speaker’s words, and a body’s "we" inside it', () => {
    expect(found('It is only a first step, and the council will review the plan in March," the council said.')).toEqual(
      [['the council', 'will review the plan in March']],
    );
    expect(found('"Sales were weak, so we will close two depots," the company said.')).toEqual([
      ['the company', 'will close two depots'],
    ]);
    // A person's "we" past the opening may be the nation's; a cut-off quotation with no speaker is nobody's.
    expect(found('"By 2030, we will spend more on pensions than on schools," said Tomas Berg.')).toEqual([]);
    expect(found('the council will review the plan in March," and more.')).toEqual([]);
  });

  it('names a lone capitalised word the article never writes in lower case, not a plural or a common noun', () => {
    expect(found('Kestrel will open a depot in Hull.')).toEqual([['Kestrel', 'will open a depot in Hull']]);
    expect(found('Investors will sell their shares.')).toEqual([]);
    expect(found('Traffic will ease by noon.', 'The traffic was heavy all morning.')).toEqual([]);
  });

  it('resolves a speaker’s "he" to the last one-word speaker named with a reporting verb', () => {
    expect(
      found('"We posted the trailer on Friday," Okafor said.', '"Also, we will open an office in Pune," he added.'),
    ).toEqual([['Okafor', 'will open an office in Pune']]);
  });

  it('takes the named agent of a future passive', () => {
    expect(found('The two depots will be taken over by Halvorsen Freight.')).toEqual([
      ['Halvorsen Freight', 'The two depots will be taken over'],
    ]);
    // A relative is no subject: the action reads alone.
    expect(found('The Leeds depot, which will be taken over by Halvorsen Freight, opens in May.')).toEqual([
      ['Halvorsen Freight', 'will be taken over'],
    ]);
    // An agent that is no actor, a prediction and a condition commit no one.
    expect(found('The coast will be battered by strong winds.')).toEqual([]);
    expect(found('The depots could be taken over by Halvorsen Freight.')).toEqual([]);
    expect(found('If the deal closes, the depots will be taken over by Halvorsen Freight.')).toEqual([]);
  });

  it('reads the future in progress, and two undertakings joined by "and" as two', () => {
    expect(found('Harbour Radio will be hosting a debate on Sunday.')).toEqual([
      ['Harbour Radio', 'will be hosting a debate on Sunday'],
    ]);
    // A name that opens the sentence before "will" counts where the article also writes it mid-sentence.
    expect(
      found('Shares in Brantwell rose.', 'Brantwell will close its Leeds plant and open a new one in Hull.'),
    ).toEqual([
      ['Brantwell', 'will close its Leeds plant'],
      ['Brantwell', 'open a new one in Hull'],
    ]);
  });
});

describe('English commitments: how the action reads', () => {
  it('reads an action that opens a quotation of the speaker', () => {
    expect(found('Quillon said it would "do whatever it takes" to keep the line open.')).toEqual([
      ['Quillon', 'would "do whatever it takes" to keep the line open'],
    ]);
  });

  it('gives a second undertaking with its own "will" an entry of its own, and no dangling "to"', () => {
    expect(
      found('The council committed to keeping the bridge within its budget and will publish monthly accounts.'),
    ).toEqual([
      ['The council', 'keeping the bridge within its budget'],
      ['The council', 'will publish monthly accounts'],
    ]);
    // A state after the marker is no undertaking of its own.
    expect(found('The council pledged to repair the bridge and will be audited by the state.')).toEqual([
      ['The council', 'to repair the bridge and will be audited by the state'],
    ]);
  });
});

describe('English commitments: what commits no one', () => {
  it('reads "is to" after a purpose noun and its complement as the purpose', () => {
    expect(found('The only way to obtain a Gold-Key is to beat Morlock.')).toEqual([]);
    expect(found('The only way to reach the Harbour Museum is to take the ferry.')).toEqual([]);
  });

  it('reads "is to" after a possessed subject as its purpose, after a named body as its plan', () => {
    expect(found('Located by the harbour, their M.O. is to serve fish landed that morning.')).toEqual([]);
    expect(found('Our duty is to protect the harbour.')).toEqual([]);
    expect(found('Brantwell is to close its Leeds depot.')).toEqual([['Brantwell', 'is to close its Leeds depot']]);
  });

  it('leaves out counts, tentative deals, states in progress and gerunds', () => {
    expect(found('Thousands of farmers signed a petition against the plan.')).toEqual([]);
    expect(found('Rovers and Berg reached an agreement in principle on Tuesday.')).toEqual([]);
    expect(found('Brantwell will be facing a tough winter.')).toEqual([]);
    expect(found('It will be interesting to see what Brantwell does next.')).toEqual([]);
    expect(found('Mayor Ana Ruiz said her priority would be fixing the roads.')).toEqual([]);
    // "only" between the marker and the verb leaves the verb a state.
    expect(found('Harbury will only be a few miles from the coast on Sunday.')).toEqual([]);
  });

  it('reads a gerund with its object or particle as an activity, not an actor', () => {
    expect(found('Spoiled yet stylish, dressing up as Ruth Amsel will consist of a hat and a scarf.')).toEqual([]);
    expect(found('Moving the Harbury depot will cost Brantwell $2 million.')).toEqual([]);
    expect(found('Harbury Lines will add a second ferry.')).toEqual([['Harbury Lines', 'will add a second ferry']]);
  });

  it('reads the present "promises" before an infinitive or a noun as a prospect, before a clause as a pledge', () => {
    expect(found('The new Harbury tablet promises to deliver a faster screen.')).toEqual([]);
    expect(found('Harbury Quest also promises a new combat system.')).toEqual([]);
    expect(found('Mayor Ana Ruiz promises that she will repair the bridge.')).toEqual([
      ['Mayor Ana Ruiz', 'she will repair the bridge'],
    ]);
    expect(found('Mayor Ana Ruiz promised to repair the bridge.')).toEqual([
      ['Mayor Ana Ruiz', 'to repair the bridge'],
    ]);
  });

  it('keeps a series under one verb as one undertaking', () => {
    expect(found('Brantwell plans to cut costs, sell two plants and move the head office to Hull.')).toEqual([
      ['Brantwell', 'plans to cut costs, sell two plants and move the head office to Hull'],
    ]);
  });

  it('reads a capitalised May mid-sentence as the month', () => {
    expect(found('Talks began in May with Governor Ruth Amsel, who promised to rebuild the bridge.')).toEqual([
      ['Governor Ruth Amsel', 'to rebuild the bridge'],
    ]);
  });

  it('reads a present condition opening the sentence as a standing rule, a past or dated one as narration', () => {
    expect(found('When a ferry is cancelled, Harbury Lines will arrange a coach.')).toEqual([]);
    expect(found('Where roads are closed, Brantwell will send a shuttle bus.')).toEqual([]);
    expect(found('Once qualified, Tomas Berg will coach the juniors.')).toEqual([]);
    expect(found('When talks resume next week, Brantwell will present its offer.')).toEqual([
      ['Brantwell', 'will present its offer'],
    ]);
    expect(found('When the strike ended, Brantwell announced it would reopen the plant.')).toEqual([
      ['Brantwell', 'would reopen the plant'],
    ]);
  });

  it('reads a "will" told to the reader as how a service works, unless someone is reported to have said it', () => {
    expect(found('Harbury Lines will post a refund to your address within a week.')).toEqual([]);
    expect(found('Brantwell will store the parcel until you collect it.')).toEqual([]);
    expect(found('Brantwell will store the parcels until the depot reopens.')).toEqual([
      ['Brantwell', 'will store the parcels until the depot reopens'],
    ]);
    expect(found('Harbury Lines said it will post a refund to your address within a week.')).toEqual([
      ['Harbury Lines', 'will post a refund to your address within a week'],
    ]);
  });

  it('reads a "he" opening its sentence as the person the sentence before is about, not a name quoted by him', () => {
    expect(
      found(
        'Governor Ruth Amsel made the announcement on Friday.',
        '“I have asked Tomas Berg to help, and Berg agreed,” the governor said.',
        'She said she will publish the report next week.',
      ),
    ).toEqual([['Ruth Amsel', 'will publish the report next week']]);
    expect(
      found(
        'Health Minister Tan Wei Ming spoke for an hour.',
        'Tan said he had no plan to resign from the cabinet or the ruling Harbury Front coalition.',
        'But he said he would leave the decision to the prime minister.',
      ),
    ).toEqual([['Tan', 'would leave the decision to the prime minister']]);
  });

  it('reads an unreported "’ll" as narration, a reported one as the speaker’s word', () => {
    expect(found('Ruth Amsel runs the village shop.', 'She’ll also open a bakery on Mondays.')).toEqual([]);
    expect(found('Ruth Amsel runs the village shop.', 'Amsel said she’ll open a bakery next year.')).toEqual([
      ['Amsel', 'she’ll open a bakery next year'],
    ]);
  });

  it('reads a reported "would" before a wish as the wish', () => {
    expect(found('Brantwell said it would welcome the new rules.')).toEqual([]);
    expect(found('The mayors say they would prefer more regular meetings.')).toEqual([]);
    expect(found('Brantwell said it would open the new depot.')).toEqual([['Brantwell', 'would open the new depot']]);
  });

  it('reads "seems", "appears" or "argue" before the action as a hedge or a view', () => {
    expect(found('It seems a foregone conclusion that Brantwell will open the depot.')).toEqual([]);
    expect(found('It appears that Harbury Lines will add a second ferry.')).toEqual([]);
    expect(found('Local traders argue that Brantwell will close the depot next year.')).toEqual([]);
  });

  it('reads a "will" of a habit or a standing arrangement as no announcement, a frequency in a quotation aside', () => {
    expect(found('Tomas Berg will sometimes coach the juniors.')).toEqual([]);
    expect(found('Ruth Amsel will open the village shop on Tuesdays and Fridays.')).toEqual([]);
    expect(found('Harbury Lines will provide a coach on request.')).toEqual([]);
    expect(found('Ruth Amsel will open the village shop on Friday.')).toEqual([
      ['Ruth Amsel', 'will open the village shop on Friday'],
    ]);
    expect(found('“We meet every week,” said Tomas Berg, who will coach the juniors next season.')).toEqual([
      ['Tomas Berg', 'will coach the juniors next season'],
    ]);
    // A standing service a named actor undertakes is no habit: "every day" is part of what it will do.
    expect(found('Harbury Lines will run three more trains every day from March, the operator said.')).toEqual([
      ['Harbury Lines', 'will run three more trains every day from March'],
    ]);
    // An intention is no habit: "plans to" keeps its frequency as part of the plan.
    expect(found('Brantwell plans to run a shuttle every morning.')).toEqual([
      ['Brantwell', 'plans to run a shuttle every morning'],
    ]);
  });

  it('never takes a word capitalised only by opening the sentence as the antecedent of "it"', () => {
    const out = found('Brantwell closed its depot. Happily the rain stopped; either way, it will reopen the road.');
    expect(out.map(([actor]) => actor)).not.toContain('Happily');
    expect(found('Brantwell closed its depot.', 'After talks with Harbury Council, it will reopen the road.')).toEqual([
      ['Harbury Council', 'will reopen the road'],
    ]);
  });

  it('reads an unreported "will" on a page that speaks to its reader as a description, a reported one as said', () => {
    // About 180 words, one "you" in six: a how-to.
    const howTo = Array.from(
      { length: 12 },
      () => 'When you open the settings menu, you pick the tab you want and your changes are kept for you.',
    );
    const tool = 'Harbury Sync will then copy the file to the server.';
    const news = 'Brantwell said it will open a depot in Leeds.';
    expect(found(...howTo, tool)).toEqual([]);
    expect(found(...howTo, news)).toEqual([['Brantwell', 'will open a depot in Leeds']]);
    // The same sentence in a report that does not speak to the reader stands.
    const report = Array.from({ length: 12 }, () => 'The depot opened in March and the firm hired forty staff there.');
    expect(found(...report, tool)).toEqual([['Harbury Sync', 'will then copy the file to the server']]);
  });

  it('never resolves "he" to a woman named with "Ms."', () => {
    const out = found('Ms. Amsel met the union on Friday.', 'He said he would sign the deal.');
    expect(out.every(([actor]) => actor !== 'Ms. Amsel')).toBe(true);
  });
});

describe('English commitments: the apposition opener is a whole word', () => {
  const noBreak = /(?!)/;
  it('skips an apposition that opens with an article, and keeps a name that only begins with its letters', () => {
    expect(apposedName('Comcast Corp., the largest U.S. cable company,', noBreak)).toBe('Comcast Corp.');
    expect(apposedName('The owner, Theatre Royal Bath, the venue,', noBreak)).toBe('Theatre Royal Bath');
    expect(apposedName('The buyer, Anglia Water, an old utility,', noBreak)).toBe('Anglia Water');
  });
});
