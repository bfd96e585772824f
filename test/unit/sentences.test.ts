import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences, splitClauses } from '../../utils/analysis/sentences';
import { foldWord, stripArabicPrefixes } from '../../utils/analysis/words';

describe('splitSentences: English', () => {
  it('splits on . ! ? and keeps closing quotes with their sentence', () => {
    expect(splitSentences('The vote passed. Was it fair? “Yes!” The count ended.')).toEqual([
      'The vote passed.',
      'Was it fair?',
      '“Yes!”',
      'The count ended.',
    ]);
  });

  it('does not split after titles, initials, e.g., decimals or before a lower-case word', () => {
    expect(
      splitSentences('Mr. Smith met Dr. Jones. Growth was 3.5 percent, e.g. in farming. J. K. Rowling spoke.'),
    ).toEqual(['Mr. Smith met Dr. Jones.', 'Growth was 3.5 percent, e.g. in farming.', 'J. K. Rowling spoke.']);
    expect(splitSentences('It cost approx. five dollars. “Why?” he asked.')).toEqual([
      'It cost approx. five dollars.',
      '“Why?” he asked.',
    ]);
  });

  it('keeps a day written as an ordinal before its month inside the sentence (German dates)', () => {
    expect(splitSentences('Die Preise steigen ab 1. Januar 2024 um 12,7 Prozent. Das teilte der AVV mit.')).toEqual([
      'Die Preise steigen ab 1. Januar 2024 um 12,7 Prozent.',
      'Das teilte der AVV mit.',
    ]);
  });

  it('keeps a dotted acronym inside a sentence unless a new sentence starts after it', () => {
    expect(splitSentences('The U.S. President arrived. He met U.N. officials in the U.S. The talks began.')).toEqual([
      'The U.S. President arrived.',
      'He met U.N. officials in the U.S.',
      'The talks began.',
    ]);
  });

  it('treats an ellipsis before a capital as an end and blank lines as hard breaks', () => {
    expect(splitSentences('We waited… Then it came.\n\nNew paragraph without stop')).toEqual([
      'We waited…',
      'Then it came.',
      'New paragraph without stop',
    ]);
  });

  it('returns exact substrings of the input', () => {
    const text = 'First one.  Second (with brackets.) Third!';
    for (const s of splitSentences(text)) expect(text.includes(s)).toBe(true);
    expect(splitSentences(text)).toEqual(['First one.', 'Second (with brackets.)', 'Third!']);
  });
});

describe('splitSentences: Arabic', () => {
  it('splits on . ؟ ! and the Arabic full stop ۔', () => {
    expect(splitSentences('وصل الوفد إلى طرابلس. هل تنجح المحادثات؟ نعم! انتهى الاجتماع۔ ثم غادر')).toEqual([
      'وصل الوفد إلى طرابلس.',
      'هل تنجح المحادثات؟',
      'نعم!',
      'انتهى الاجتماع۔',
      'ثم غادر',
    ]);
  });

  it('keeps closing guillemets with the sentence and one-letter abbreviations inside it', () => {
    expect(splitSentences('قال د. محمد: «سنواصل العمل.» وغادر القاعة.')).toEqual([
      'قال د. محمد: «سنواصل العمل.»',
      'وغادر القاعة.',
    ]);
  });

  it('keeps an initial written as an Arabic letter name inside the sentence (جون إف. كينيدي)', () => {
    const s = 'ستطلق الشركة رحلات يومية إلى مطار جون إف. كينيدي الدولي في نيويورك. وقال المدير إن الحجز يبدأ غدا.';
    expect(splitSentences(s)).toEqual([
      'ستطلق الشركة رحلات يومية إلى مطار جون إف. كينيدي الدولي في نيويورك.',
      'وقال المدير إن الحجز يبدأ غدا.',
    ]);
    // A و-led word after a letter name starts a new sentence: "سي إن إن." ends one.
    expect(splitSentences('نقلت الخبر شبكة سي إن إن. وقال المتحدث إنه صحيح.')).toEqual([
      'نقلت الخبر شبكة سي إن إن.',
      'وقال المتحدث إنه صحيح.',
    ]);
  });

  it('splits when the space after a full stop is missing between Arabic words', () => {
    expect(splitSentences('انتهى اللقاء.وأكد الطرفان')).toEqual(['انتهى اللقاء.', 'وأكد الطرفان']);
  });

  it('does not split Arabic decimals and keeps a ؛-chain as one sentence', () => {
    const s = 'بلغ النمو 3.5 بالمئة؛ وارتفعت الصادرات؛ مما يعكس التحسن.';
    expect(splitSentences(s)).toEqual([s]);
  });
});

describe('splitClauses', () => {
  it('splits ؛-chained Arabic news sentences into clauses', () => {
    expect(splitClauses('وفي هذا السياق؛ تعهد الاتحاد بتعزيز الدبلوماسية؛ مما يساعد في تجنب التصعيد.')).toEqual([
      'وفي هذا السياق',
      'تعهد الاتحاد بتعزيز الدبلوماسية',
      'مما يساعد في تجنب التصعيد.',
    ]);
  });

  it('splits on ";" and returns one clause for a sentence without separators', () => {
    expect(splitClauses('Prices rose; wages did not.')).toEqual(['Prices rose', 'wages did not.']);
    expect(splitClauses('No separator here.')).toEqual(['No separator here.']);
    expect(splitClauses(' ؛ ')).toEqual([]);
  });

  it('cuts the seed lede into its clauses, each a substring', () => {
    const lede =
      'بحث نائب القائد العام للقوات المسلحة الليبية سعدام حفتر خلال لقائه سفير الاتحاد الأوروبي في طرابلس أثار اهتمامًا واسعًا بين المتابعين للشؤون الليبية؛ حيث ركز النقاش على تعزيز الاستقرار الأمني والتعاون الدولي في مواجهة التحديات السياسية المستمرة؛ فقد أكد حفتر على أهمية الدعم الأوروبي لمكافحة الإرهاب والتهريب؛ ما يعكس جهودًا لإعادة بناء الثقة بين الأطراف المعنية؛ وفي ظل التوترات الحالية؛ يُنظر إلى هذا اللقاء كخطوة نحو حلول عملية؛ إذ أعرب السفير عن التزام الاتحاد بمساندة الجهود الليبية لتحقيق السلام الدائم.';
    const sentences = splitSentences(lede);
    expect(sentences).toHaveLength(1);
    const clauses = splitClauses(sentences[0]!);
    expect(clauses).toHaveLength(7);
    expect(clauses[6]).toBe('إذ أعرب السفير عن التزام الاتحاد بمساندة الجهود الليبية لتحقيق السلام الدائم.');
    for (const c of clauses) expect(lede.includes(c)).toBe(true);
  });
});

describe('word folding', () => {
  it('folds alef, hamza, taa marbuta, yaa and diacritics', () => {
    expect(foldWord('أُسامة')).toBe(foldWord('اسامه'));
    expect(foldWord('مصطفى')).toBe('مصطفي');
    expect(foldWord('Saddam')).toBe('saddam');
  });

  it('strips attached conjunctions, prepositions and the article', () => {
    expect(stripArabicPrefixes(foldWord('وبالاتحاد'))).toBe('اتحاد');
    expect(stripArabicPrefixes(foldWord('للجيش'))).toBe('جيش');
    expect(stripArabicPrefixes(foldWord('حفتر'))).toBe('حفتر');
  });
});

describe('segmentation properties', () => {
  const alphabet = fc.constantFrom(...'ab AB.?!…؟۔؛;"»)\n3 مثلا د'.split(''));
  const text = fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join(''));

  it('sentences and clauses are in-order, non-overlapping substrings that lose only white space', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sentences = splitSentences(t);
        let at = 0;
        for (const s of sentences) {
          expect(s).toBe(s.trim());
          expect(s.length).toBeGreaterThan(0);
          const i = t.indexOf(s, at);
          expect(i).toBeGreaterThanOrEqual(at);
          at = i + s.length;
          const clauses = splitClauses(s);
          expect(clauses.join('').replace(/\s/g, '')).toBe(s.replace(/[\s؛;]/g, ''));
        }
        expect(sentences.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
      { numRuns: 500 },
    );
  });
});
