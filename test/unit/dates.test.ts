import { describe, it, expect } from 'vitest';
import { dateIndex, findDateInText, parseDate, dateInUrlPath } from '../../utils/metadata/dates';
import { parseHTML } from 'linkedom';
import { extractMetadata } from '../../utils/metadata';

describe('parseDate: machine formats', () => {
  it('keeps an ISO day as a day', () => {
    expect(parseDate('2025-03-14')).toBe('2025-03-14');
  });
  it('keeps the offset the page gives', () => {
    expect(parseDate('2025-03-14T09:30:00+02:00')).toBe('2025-03-14T09:30:00+02:00');
    expect(parseDate('2025-03-14T09:30:00+0530')).toBe('2025-03-14T09:30:00+05:30');
    expect(parseDate('2025-03-14T09:30:00.000Z')).toBe('2025-03-14T09:30:00Z');
  });
  it('leaves a time without a zone as local time', () => {
    expect(parseDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00');
  });
  it('reads RFC 2822 and JavaScript date strings', () => {
    expect(parseDate('Fri, 14 Mar 2025 09:30:00 +0000')).toBe('2025-03-14T09:30:00Z');
    expect(parseDate('Fri, 14 Mar 2025 09:30:00 EST')).toBe('2025-03-14T09:30:00-05:00');
    expect(parseDate('Fri Mar 14 2025 09:30:00 GMT+0200 (Eastern European Standard Time)')).toBe(
      '2025-03-14T09:30:00+02:00',
    );
  });
  it('reads Unix timestamps as UTC', () => {
    expect(parseDate('1741944600')).toBe('2025-03-14T09:30:00Z');
    expect(parseDate('1741944600000')).toBe('2025-03-14T09:30:00Z');
  });
});

describe('parseDate: written dates', () => {
  it.each([
    ['March 14, 2025', '2025-03-14'],
    ['Mar. 14th 2025', '2025-03-14'],
    ['14 March 2025', '2025-03-14'],
    ['14th of March, 2025', '2025-03-14'],
    ['14.03.2025', '2025-03-14'],
    ['14. März 2025', '2025-03-14'],
    ['3. Dezember 2024', '2024-12-03'],
    ['14 de marzo de 2025', '2025-03-14'],
    ['2025/03/14', '2025-03-14'],
    ['2025年3月14日', '2025-03-14'],
  ])('%s → %s', (input, want) => {
    expect(parseDate(input)).toBe(want);
  });

  it('reads 12-hour times', () => {
    expect(parseDate('April 28, 2019 at 6:01 pm')).toBe('2019-04-28T18:01:00');
    expect(parseDate('April 28, 2019 at 12:15 a.m.')).toBe('2019-04-28T00:15:00');
    expect(parseDate('09:30 PM, March 14, 2025')).toBe('2025-03-14T21:30:00');
  });

  it('reads day/month by default and month/day when asked, unless one reading is impossible', () => {
    expect(parseDate('03/04/2025')).toBe('2025-04-03');
    expect(parseDate('03/04/2025', { monthFirst: true })).toBe('2025-03-04');
    expect(parseDate('03/14/2025')).toBe('2025-03-14');
    expect(parseDate('14/03/2025', { monthFirst: true })).toBe('2025-03-14');
  });
});

describe('parseDate: Arabic', () => {
  it('reads Eastern Arabic digits', () => {
    expect(parseDate('١٤ مارس ٢٠٢٥')).toBe('2025-03-14');
    expect(parseDate('٢٠٢٥-٠٣-١٤')).toBe('2025-03-14');
    expect(parseDate('۱۴ مارس ۲۰۲۵')).toBe('2025-03-14'); // Persian digits
  });

  it.each([
    // Egyptian / Gulf, with and without hamza
    ['14 يناير 2025', '2025-01-14'],
    ['14 فبراير 2025', '2025-02-14'],
    ['14 أبريل 2025', '2025-04-14'],
    ['14 ابريل 2025', '2025-04-14'],
    ['14 إبريل 2025', '2025-04-14'],
    ['14 مايو 2025', '2025-05-14'],
    ['14 يونيو 2025', '2025-06-14'],
    ['14 يونيه 2025', '2025-06-14'],
    ['14 يوليه 2025', '2025-07-14'],
    ['14 أغسطس 2025', '2025-08-14'],
    ['14 اغسطس 2025', '2025-08-14'],
    ['14 سبتمبر 2025', '2025-09-14'],
    ['14 أكتوبر 2025', '2025-10-14'],
    ['14 نوفمبر 2025', '2025-11-14'],
    ['14 ديسمبر 2025', '2025-12-14'],
    // Levantine / Iraqi
    ['14 كانون الثاني 2025', '2025-01-14'],
    ['14 شباط 2025', '2025-02-14'],
    ['14 آذار 2025', '2025-03-14'],
    ['14 اذار 2025', '2025-03-14'],
    ['14 نيسان 2025', '2025-04-14'],
    ['14 أيار 2025', '2025-05-14'],
    ['14 حزيران 2025', '2025-06-14'],
    ['14 تموز 2025', '2025-07-14'],
    ['14 آب 2025', '2025-08-14'],
    ['14 أيلول 2025', '2025-09-14'],
    ['14 تشرين الأول 2025', '2025-10-14'],
    ['14 تشرين الثاني 2025', '2025-11-14'],
    ['14 كانون الأول 2025', '2025-12-14'],
    // Maghreb
    ['14 جانفي 2025', '2025-01-14'],
    ['14 فيفري 2025', '2025-02-14'],
    ['14 أفريل 2025', '2025-04-14'],
    ['14 ماي 2025', '2025-05-14'],
    ['14 جوان 2025', '2025-06-14'],
    ['14 جويلية 2025', '2025-07-14'],
    ['14 جويليه 2025', '2025-07-14'],
    ['14 أوت 2025', '2025-08-14'],
    // Morocco
    ['14 يوليوز 2025', '2025-07-14'],
    ['14 غشت 2025', '2025-08-14'],
    ['14 شتنبر 2025', '2025-09-14'],
    ['14 نونبر 2025', '2025-11-14'],
    ['14 دجنبر 2025', '2025-12-14'],
  ])('%s → %s', (input, want) => {
    expect(parseDate(input)).toBe(want);
  });

  it('ignores weekday names, الموافق, م and the tatweel', () => {
    expect(parseDate('الجمعة، ١٤ مارس ٢٠٢٥م')).toBe('2025-03-14');
    expect(parseDate('الجمعة 14 آذار/مارس 2025')).toBe('2025-03-14');
    expect(parseDate('14 مـارس 2025')).toBe('2025-03-14');
  });

  it('reads ص/م as AM/PM', () => {
    expect(parseDate('١٤ مارس ٢٠٢٥ - ٠٩:٣٠ م')).toBe('2025-03-14T21:30:00');
    expect(parseDate('14 مارس 2025 الساعة 09:30 ص')).toBe('2025-03-14T09:30:00');
    expect(parseDate('14 مارس 2025م 12:10 ص')).toBe('2025-03-14T00:10:00');
    expect(parseDate('14 مارس 2025 03:00 مساءً')).toBe('2025-03-14T15:00:00');
  });

  it('takes the Gregorian date next to a Hijri one and never reads a Hijri date as Gregorian', () => {
    expect(parseDate('الجمعة 14 رمضان 1446 هـ الموافق 14 مارس 2025 م')).toBe('2025-03-14');
    expect(parseDate('1446/09/14 هـ الموافق 2025/03/14 م')).toBe('2025-03-14');
    expect(parseDate('14 رمضان 1446 هـ')).toBeNull();
    expect(parseDate('1446/09/14هـ')).toBeNull();
  });
});

describe('parseDate: rejects', () => {
  it.each([
    '2025-13-01',
    '2025-02-30',
    '32 March 2025',
    '31 April 2025',
    '14/13/2025',
    '29/02/2023',
    '14 March 1985',
    '14 March 2101',
    '',
    'no date here',
    '25:99 14 March',
  ])('%j', (input) => {
    expect(parseDate(input)).toBeNull();
  });
  it('accepts a real leap day', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });
  it('drops an impossible clock but keeps the day', () => {
    expect(parseDate('2025-03-14T25:10:00Z')).toBe('2025-03-14');
  });
});

describe('findDateInText', () => {
  it('finds the first date phrase in a line', () => {
    expect(findDateInText('By Jane Doe | Updated 14 March 2025, 9:05 am — 3 min read')).toBe('2025-03-14T09:05:00');
    expect(findDateInText('نشر في: الأحد ١٦ مارس ٢٠٢٥ - ١٠:١٥ ص | آخر تحديث: ١٧ مارس ٢٠٢٥')).toBe(
      '2025-03-16T10:15:00',
    );
  });
  it('returns null for text without a date', () => {
    expect(findDateInText('Version 2.1 of the report lists 2025 goals for 12 countries.')).toBeNull();
  });
  it('gives the start of the date for cutting bylines', () => {
    const s = 'Lucas Nolan22 Dec 2016';
    expect(dateIndex(s)).toBe(s.indexOf('22'));
    expect(dateIndex('no date')).toBe(-1);
  });
});

describe('the publication date: the page’s own local day', () => {
  const page = (meta: string, shown: string) =>
    extractMetadata(
      parseHTML(`<html><head><meta property="article:published_time" content="${meta}"></head><body><article>
      <h1>Council approves the budget</h1><div class="date">${shown}</div><p>Text of the story.</p></article></body></html>`)
        .document as unknown as Document,
    ).published;
  it('takes the day the page shows when a UTC machine date falls on the day before or after it', () => {
    expect(page('2025-03-03T21:30:00+00:00', '04 مارس 2025')?.slice(0, 10)).toBe('2025-03-04');
    expect(page('2016-12-01T23:29:49Z', 'December 2, 2016')?.slice(0, 10)).toBe('2016-12-02');
  });
  it('keeps the machine date when it has its own offset, or when the shown day is further away', () => {
    expect(page('2025-03-03T23:30:00+03:00', '04 مارس 2025')?.slice(0, 10)).toBe('2025-03-03');
    expect(page('2025-03-03T21:30:00Z', '10 March 2025')?.slice(0, 10)).toBe('2025-03-03');
  });
});

describe('dateInUrlPath', () => {
  it('reads a day written as path segments of the address', () => {
    expect(dateInUrlPath('http://www.washingtonpost.com/world/gunmen-storm/2015/03/18/00202e76_story.html')).toBe(
      '2015-03-18',
    );
    expect(dateInUrlPath('https://example.com/news/2017/11/16')).toBe('2017-11-16');
  });

  it('reads no day from other numbers, an impossible day, a query or no address', () => {
    expect(dateInUrlPath('https://example.com/article/1080285_suzuki-2012')).toBeNull();
    expect(dateInUrlPath('https://example.com/2015/02/30/slug')).toBeNull();
    expect(dateInUrlPath('https://example.com/story?d=/2015/03/18/')).toBeNull();
    expect(dateInUrlPath('https://example.com/2015/03/slug')).toBeNull();
    expect(dateInUrlPath(null)).toBeNull();
    expect(dateInUrlPath('not a url')).toBeNull();
  });
});
