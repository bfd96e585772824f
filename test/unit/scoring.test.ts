import { describe, expect, it } from 'vitest';
import {
  bylinesAgree,
  datesAgree,
  dirsAgree,
  langsAgree,
  parseDateish,
  titlesAgree,
  titlesAgreeSiteAside,
} from '../../scripts/eval/agree';
import { containsSnippet, nearMisses, prf, scoreSnippets, tokenF1 } from '../../scripts/eval/metrics';
import { htmlToText } from '../../scripts/lib/pages';
import { median, quantile } from '../../scripts/lib/stats';

describe('snippet matching', () => {
  it('collapses white space on both sides', () => {
    expect(containsSnippet('Die  Stadt\n\nAhlen lädt ein', 'Stadt Ahlen')).toBe(true);
    expect(containsSnippet('Die Stadt Ahlen', 'Stadt\n   Ahlen')).toBe(true);
    expect(containsSnippet('Die Stadt\u00a0Ahlen', 'Stadt Ahlen')).toBe(true);
  });

  it('is case-sensitive and needs the whole snippet', () => {
    expect(containsSnippet('Die Stadt Ahlen', 'stadt ahlen')).toBe(false);
    expect(containsSnippet('Die Stadt Ahl', 'Stadt Ahlen')).toBe(false);
  });

  it('never matches an empty snippet', () => {
    expect(containsSnippet('anything', '   ')).toBe(false);
  });

  it('counts TP/FN/FP/TN and names what was lost and leaked', () => {
    const text = 'Title\nfirst   paragraph here.\nMenu Home\nsecond paragraph';
    const s = scoreSnippets(
      text,
      ['first paragraph', 'second paragraph', 'third paragraph'],
      ['Menu Home', 'Impressum'],
    );
    expect(s).toEqual({
      tp: 2,
      fn: 1,
      fp: 1,
      tn: 1,
      missed: ['third paragraph'],
      leaked: ['Menu Home'],
    });
  });
});

describe('near misses', () => {
  it('finds lost snippets that are present with other case, punctuation, spacing or soft hyphens', () => {
    const text = 'Die Welt-Ernährungs\u00adorganisation warnt: Preise steigen.';
    expect(nearMisses(text, ['Welternährungsorganisation', 'WARNT PREISE', 'Preise fallen'])).toEqual([
      'Welternährungsorganisation',
      'WARNT PREISE',
    ]);
    expect(nearMisses(text, ['...'])).toEqual([]);
  });
});

describe('precision, recall, F1, accuracy', () => {
  it('computes the ratios from the counts', () => {
    // P = 6/8 = 0.75, R = 6/10 = 0.6, F1 = 2·0.45/1.35 = 2/3, accuracy = (6+5)/(6+4+2+5) = 11/17.
    const r = prf({ tp: 6, fn: 4, fp: 2, tn: 5 });
    expect(r.precision).toBeCloseTo(0.75, 10);
    expect(r.recall).toBeCloseTo(0.6, 10);
    expect(r.f1).toBeCloseTo(2 / 3, 10);
    expect(r.accuracy).toBeCloseTo(11 / 17, 10);
  });

  it('gives 0 rather than NaN for empty denominators', () => {
    expect(prf({ tp: 0, fn: 0, fp: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
    expect(prf({ tp: 0, fn: 3, fp: 0, tn: 2 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0.4 });
  });
});

describe('token F1', () => {
  it('counts repeated tokens only as often as both sides have them', () => {
    // got: the,cat,the,the (4); expected: the,cat,sat,the (4); overlap the×2 + cat = 3 → P = R = F1 = 0.75.
    const r = tokenF1('The cat, the THE', 'the cat sat the');
    expect(r.precision).toBeCloseTo(0.75, 10);
    expect(r.recall).toBeCloseTo(0.75, 10);
    expect(r.f1).toBeCloseTo(0.75, 10);
  });

  it('separates precision from recall', () => {
    // got: a b (2); expected: a b c d e f (6); overlap 2 → P = 1, R = 1/3, F1 = 2·(1/3)/(4/3) = 0.5.
    const r = tokenF1('a b', 'a b c d e f');
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(1 / 3, 10);
    expect(r.f1).toBeCloseTo(0.5, 10);
  });

  it('handles empty sides and non-Latin words', () => {
    expect(tokenF1('', '').f1).toBe(1);
    expect(tokenF1('', 'word').f1).toBe(0);
    expect(tokenF1('some words', '').f1).toBe(0);
    expect(tokenF1('قال الوزير', 'قال الوزير اليوم').recall).toBeCloseTo(2 / 3, 10);
  });
});

describe('date agreement', () => {
  it('parses the forms met in the corpora', () => {
    expect(parseDateish('2021-11-01T10:52:50+0100')).toEqual({
      day: '2021-11-01',
      hasTime: true,
      zoned: true,
      seconds: Date.UTC(2021, 10, 1, 9, 52, 50) / 1000,
    });
    expect(parseDateish('2017-11-03 03:01:00.000000')).toMatchObject({
      day: '2017-11-03',
      hasTime: true,
      zoned: false,
    });
    expect(parseDateish('2024-06-25')).toMatchObject({ day: '2024-06-25', hasTime: false, zoned: false });
    expect(parseDateish('not a date')).toBeNull();
  });

  it('compares instants when both sides have a zone', () => {
    expect(datesAgree('2015-07-10T09:53:00-04:00', '2015-07-10T13:53:00Z')).toBe(true);
    expect(datesAgree('2015-07-10T09:53:00-04:00', '2015-07-10T09:53:00Z')).toBe(false);
    expect(datesAgree('2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z')).toBe(true);
  });

  it('compares wall-clock times when a side has no zone', () => {
    expect(datesAgree('2019-04-28 06:01:07', '2019-04-28T06:01:07+02:00')).toBe(true);
    expect(datesAgree('2018-04-05T06:00', '2018-04-05T07:00:00Z')).toBe(false);
  });

  it('compares calendar days when a side has only a date', () => {
    // 23:30 at -04:00 is already the 11th in UTC, but the page's own day is the 10th.
    expect(datesAgree('2015-07-10', '2015-07-10T23:30:00-04:00')).toBe(true);
    expect(datesAgree('2015-07-10T08:00:00Z', '2015-07-11')).toBe(false);
  });

  it('treats absent dates as agreeing only with absent dates', () => {
    expect(datesAgree(null, null)).toBe(true);
    expect(datesAgree('', null)).toBe(true);
    expect(datesAgree(null, '2020-09-21')).toBe(false);
    expect(datesAgree('2020-09-21', undefined)).toBe(false);
  });
});

describe('metadata field agreement', () => {
  it('titles: exact after white-space normalisation', () => {
    expect(titlesAgree('United States to  Lift\nSudan Sanctions', ' United States to Lift Sudan Sanctions')).toBe(true);
    expect(titlesAgree('United States to Lift Sudan Sanctions', 'United states to lift Sudan sanctions')).toBe(false);
    expect(titlesAgree(null, '')).toBe(true);
  });

  it('titles with the site set aside: a site part set off by a separator, before or after', () => {
    expect(titlesAgreeSiteAside('How to Build a Terrarium | eHow', 'How to Build a Terrarium')).toBe(true);
    expect(titlesAgreeSiteAside('Mozilla - Wikipedia', 'Mozilla')).toBe(true);
    expect(
      titlesAgreeSiteAside(
        'LWN.net Weekly Edition for March 26, 2015 [LWN.net]',
        'LWN.net Weekly Edition for March 26, 2015',
      ),
    ).toBe(true);
    expect(titlesAgreeSiteAside('Firefox — Customize and make it your own', 'Customize and make it your own')).toBe(
      true,
    );
    expect(
      titlesAgreeSiteAside(
        '宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网',
        '宇航员在太空中喝酒会怎么样？后果很严重',
      ),
    ).toBe(true);
    // A different headline, or a title cut inside a word, does not agree.
    expect(
      titlesAgreeSiteAside(
        'This is a long title with a colon: Hello there',
        'This is a long title with a colon: But the final text',
      ),
    ).toBe(false);
    expect(titlesAgreeSiteAside('Evolve: Shared Mutable History', 'Evolve: Shared Mutable')).toBe(false);
    expect(titlesAgreeSiteAside('Yahoo News - Latest News & Headlines', 'Russia: Space ship malfunctions')).toBe(false);
    expect(titlesAgreeSiteAside(null, 'A headline')).toBe(false);
  });

  it('bylines: ignore case, a leading "By" and trailing punctuation', () => {
    expect(bylinesAgree('By Jeffrey Gettleman', 'jeffrey gettleman,')).toBe(true);
    expect(bylinesAgree('Jeffrey Gettleman', 'Jeffrey Gettleman and Anna Smith')).toBe(false);
    expect(bylinesAgree(null, 'Someone')).toBe(false);
  });

  it('lang on the primary tag; dir with null as ltr', () => {
    expect(langsAgree('en-US', 'en')).toBe(true);
    expect(langsAgree('pt-BR', 'es')).toBe(false);
    expect(dirsAgree(null, 'ltr')).toBe(true);
    expect(dirsAgree('rtl', 'ltr')).toBe(false);
    expect(dirsAgree('RTL', 'rtl')).toBe(true);
  });
});

describe('statistics and text helpers', () => {
  it('median and nearest-rank quantiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(quantile(ten, 0.9)).toBe(9);
    expect(quantile(ten, 1)).toBe(10);
    expect(quantile(ten, 0.5)).toBe(5);
  });

  it('htmlToText keeps words of adjacent blocks apart and drops scripts', () => {
    expect(
      htmlToText('<div><p>one</p><p>two<br>three</p><script>x()</script><ul><li>four</li><li>five</li></ul></div>'),
    ).toBe('one\ntwo\nthree\nfour\nfive');
    expect(htmlToText('<p>in<b>line</b> words</p>')).toBe('inline words');
  });
});
