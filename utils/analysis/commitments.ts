/**
 * Commitments: who committed to what, read from commitments tables and from the sentences of the article that
 * state a pledge, in Arabic and English.
 *
 * A commitment is a firm undertaking stated as fact: "تعهد الاتحاد بـ…", "The EU pledged …". Appeals (دعا،
 * urged), predictions (من المتوقع، could), conditionals (شريطة، if), opinions and hopes (أعرب عن تفاؤله،
 * believes), negated statements (لم يلتزم، did not commit) and tentative agreements (اتفاق مبدئي، in principle)
 * are not commitments.
 */
import { clauseSpans, sentenceSpans } from './sentences';
import { foldWord } from './words';
import { normalizeSpace, toWesternDigits } from '../common/text';
import type { Block, BriefTable, Commitment } from '../types';

// ---------------------------------------------------------------------------------------------------------------
// Tables

/** A header that names a commitment (Arabic, English, German), matched on folded text. */
const COMMIT_HEADER_AR = /(?:^|[\s(/])([وب]?(?:ال)?(?:التزام|تعهد)(?:ات)?)(?=$|[\s)/:،,])/;
const COMMIT_HEADER_LATIN =
  /\b(commitments?|committed|pledges?|pledged|undertakings?|will provide|promises?|promised|zusagen?|zugesagt|verpflichtung(?:en)?)\b/i;
/**
 * A column that names who committed, per row: when a table has one, it names each row's actor and a header
 * naming an actor ("Government commitment") applies only to tables without one.
 */
const ACTOR_HEADER =
  /^(?:(?:responsible|lead|leading)\s+)?(?:actor|actors|who|party|parties|donor|donors|country|countries|organi[sz]ations?|institutions?|by|committed by|pledged by|government|departments?|ministry|ministries|agency|agencies|body|bodies|authority|authorities|member states?|responsible|lead|owner|akteur|geber|ministerium|(?:ال)?(?:جهه|جهات|طرف|اطراف|مانح|جهه المانحه|دوله|دول|وزاره|وزارات|هيئه|جهه الملتزمه|جهه المسووله|جهه المنفذه))$/i;
/** A column that names the area or topic of each row. */
const AREA_HEADER =
  /^(?:area|areas|sector|sectors|topic|topics|theme|themes|field|pillar|pillars|issue|issues|policy|priority|bereich|(?:ال)?(?:محور|محاور|مجال|مجالات|قطاع|قطاعات|ملف|ملفات)(?: (?:ال)?رييسي(?:ه)?)?)$/i;
/** A column of details (when, how much, how far along): never the area. */
const DETAIL_HEADER =
  /\b(?:deadline|date|dates|due|when|timeline|timeframe|timetable|by when|target date|amount|value|cost|costs|budget|total|status|progress|frist|datum|betrag)\b|(?:^|\s)(?:ال)?(?:موعد|تاريخ|مبلغ|قيمه|حاله|مده|كلفه|تكلفه|ميزانيه|مهله|الموعد النهايي)(?:$|\s)/i;
/** Words left in a header that are not an actor ("Pledged amount", "الالتزام الرئيسي"). */
const NOT_ACTOR = new Set(
  [
    'amount',
    'value',
    'total',
    'details',
    'detail',
    'description',
    'status',
    'date',
    'area',
    'type',
    'key',
    'main',
    'text',
    'summary',
    'year',
    'new',
    'made',
    'deadline',
    'usd',
    'eur',
    'gbp',
    'million',
    'millions',
    'm',
    'bn',
    'billion',
    'nature',
    'level',
    'content',
    'the',
    'a',
    'an',
    'of',
    'by',
    'from',
    'and',
    'in',
    'to',
    '%',
    'what',
    'كمية',
    'الرئيسي',
    'الرئيسية',
    'نص',
    'تفاصيل',
    'قيمة',
    'المبلغ',
    'مبلغ',
    'حالة',
    'تاريخ',
    'نوع',
    'موعد',
    'الجديد',
    'المقدم',
    'المعلن',
    'طبيعة',
    'مضمون',
    'من',
    'قبل',
    'الى',
    'إلى',
  ].map(foldWord),
);

function cleanActor(raw: string): string | null {
  const words = normalizeSpace(raw.replace(/[()[\]:،,|]/g, ' '))
    .split(' ')
    .filter(Boolean);
  while (words.length && NOT_ACTOR.has(foldWord(words[0]!))) words.shift();
  while (words.length && NOT_ACTOR.has(foldWord(words[words.length - 1]!))) words.pop();
  const actor = words.join(' ').replace(/['’]s$/i, '');
  return actor && !words.every((w) => NOT_ACTOR.has(foldWord(w))) ? actor : null;
}

/** The actor a commitment header names: "التزام الاتحاد الأوروبي" → "الاتحاد الأوروبي", "EU pledge" → "EU". */
export function actorFromHeader(header: string): string | null {
  const text = normalizeSpace(header);
  const folded = foldWord(text);
  const ar = COMMIT_HEADER_AR.exec(folded);
  if (ar) {
    // Folding keeps offsets (it only replaces letters one for one, or drops marks): map through word indexes.
    const words = text.split(' ');
    const fwords = folded.split(' ');
    const at = fwords.findIndex((w) => w.replace(/[()/:،,]/g, '') === ar[1]);
    if (at >= 0) {
      const after = words
        .slice(at + 1)
        .join(' ')
        .replace(/^(?:من قبل|من|لـ|ل)\s+/, '');
      const actor = cleanActor(after);
      if (actor) return actor;
      return cleanActor(words.slice(0, at).join(' '));
    }
  }
  const m = COMMIT_HEADER_LATIN.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length).trim();
  const byActor = /^(?:made\s+)?(?:by|of|from|der|des|von)\s+(.+)$/i.exec(after);
  if (byActor) return cleanActor(byActor[1]!);
  const paren = /^\(([^)]+)\)/.exec(after);
  if (paren) {
    const actor = cleanActor(paren[1]!);
    if (actor) return actor;
  }
  return cleanActor(text.slice(0, m.index));
}

function isCommitmentHeader(header: string): boolean {
  return COMMIT_HEADER_AR.test(foldWord(normalizeSpace(header))) || COMMIT_HEADER_LATIN.test(header);
}

/** Commitments read from one table; none when no header (or first row, for a headerless table) names one. */
export function commitmentsFromTable(table: BriefTable): Commitment[] {
  let headers = table.headers;
  let rows = table.rows;
  if (!headers.some(isCommitmentHeader) && rows.length > 1 && rows[0]!.some(isCommitmentHeader)) {
    headers = rows[0]!;
    rows = rows.slice(1);
  }
  const commitColumns = headers.map((h, i) => (isCommitmentHeader(h) ? i : -1)).filter((i) => i >= 0);
  if (!commitColumns.length) return [];
  const folded = headers.map((h) => foldWord(normalizeSpace(h)));
  const actorColumn = folded.findIndex((h, i) => !commitColumns.includes(i) && ACTOR_HEADER.test(h));
  const free = (i: number) => !commitColumns.includes(i) && i !== actorColumn;
  let areaColumn = folded.findIndex((h, i) => free(i) && AREA_HEADER.test(h));
  if (areaColumn < 0) areaColumn = folded.findIndex((h, i) => free(i) && !DETAIL_HEADER.test(h));
  const out: Commitment[] = [];
  for (const row of rows) {
    for (const col of commitColumns) {
      const commitment = row[col] ?? '';
      if (!commitment) continue;
      const actor = (actorColumn >= 0 ? row[actorColumn] : '') || actorFromHeader(headers[col]!);
      out.push({
        actor: actor || null,
        commitment,
        area: areaColumn >= 0 ? row[areaColumn] || null : null,
        source: 'table',
        evidence: row.filter(Boolean).join(' | '),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Prose: shared

interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded, without diacritics. */
  f: string;
  /** Folded, without an attached conjunction و/ف. */
  core: string;
}

function tokenize(clause: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const f = foldWord(m[0]);
    const core = /^[وف][\u0621-\u064a]{2,}/.test(f) && !KEEP_INITIAL_WAW.has(f) ? f.slice(1) : f;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, f, core });
  }
  return out;
}

/** Words that begin with و or ف as part of the root: never split off as a conjunction. */
const KEEP_INITIAL_WAW = new Set(['وعد', 'وعدت', 'وعدوا', 'وفد', 'وزير', 'وزيره', 'وزاره', 'فصائل', 'فرنسا']);

const set = (words: string[]) => new Set(words.map(foldWord));

/** Where a commitment's object ends: a trailing comment clause ("، مما …", ", which …"). */
const TAIL =
  /\s*(?:[،,]\s*(?:مما|ما|وهو ما|الأمر الذي|وذلك|which|while|but|a move|according to|officials said|he said|she said)(?=[\s,.]|$)|\s[—–]\s).*$/su;

function finishObject(text: string): string {
  return normalizeSpace(text.replace(TAIL, '')).replace(/^[\s،,:]+|[\s.،,:!؟?…]+$/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Prose: Arabic

/** Verbs that state a pledge (past, present and future forms, folded). */
const AR_PLEDGE = set([
  'تعهد',
  'تعهدت',
  'تعهدوا',
  'تعهدا',
  'يتعهد',
  'تتعهد',
  'نتعهد',
  'أتعهد',
  'سيتعهد',
  'ستتعهد',
  'التزم',
  'التزمت',
  'التزموا',
  'التزما',
  'يلتزم',
  'تلتزم',
  'نلتزم',
  'سيلتزم',
  'ستلتزم',
  'وعد',
  'وعدت',
  'وعدوا',
  'وعدا',
  'اتفق',
  'اتفقت',
  'اتفقا',
  'اتفقوا',
  'اتفقتا',
]);
/** Past forms: "قد تعهد" is emphatic (has pledged), "قد يتعهد" is a maybe. */
const AR_PAST = set([
  'تعهد',
  'تعهدت',
  'تعهدوا',
  'تعهدا',
  'التزم',
  'التزمت',
  'التزموا',
  'التزما',
  'وعد',
  'وعدت',
  'اتفق',
  'اتفقت',
  'اتفقا',
  'اتفقوا',
]);
/** "will provide"-type verbs: future forms only (the present tense of these reports, it does not pledge). */
const AR_WILL = /^(?:س|سوف )?(?:سي|ست|سن)(?:قدم|وفر|منح|خصص|مول|دعم|رسل|ساهم|تبرع)(?:ان|ون|وا)?$/;
const AR_WILL_AFTER_SAWFA = set([
  'يقدم',
  'تقدم',
  'يوفر',
  'توفر',
  'يمنح',
  'تمنح',
  'يخصص',
  'تخصص',
  'يمول',
  'تمول',
  'يدعم',
  'تدعم',
]);
/** Verbs that introduce "the commitment of X": أكد التزامه، أعرب عن التزام الاتحاد، جدد التزامه. */
const AR_ASSERT = set([
  'أكد',
  'أكدت',
  'يؤكد',
  'تؤكد',
  'أكدوا',
  'جدد',
  'جددت',
  'يجدد',
  'تجدد',
  'أعرب',
  'أعربت',
  'يعرب',
  'تعرب',
  'أعلن',
  'أعلنت',
]);
const AR_COMMIT_NOUN = /^(?:[وب]?(?:ال)?)(?:التزام|تعهد)(ه|ها|هم|هما|نا|ي|ات|اته|اتها|اتهم)?$/;
const AR_AGREEMENT_NOUN = /^(?:[وب]?(?:ال)?)اتفاق$/;

const AR_NEGATION = set(['لم', 'لن', 'لا', 'ليس', 'ليست', 'عدم', 'بعدم', 'لعدم', 'غير', 'دون', 'بدون', 'ما']);
const AR_REFUSAL = set([
  'رفض',
  'رفضت',
  'يرفض',
  'ترفض',
  'امتنع',
  'امتنعت',
  'يمتنع',
  'تراجع',
  'تراجعت',
  'نقض',
  'نقضت',
  'أخل',
  'أخلت',
]);
const AR_APPEAL = set([
  'دعا',
  'دعت',
  'يدعو',
  'تدعو',
  'دعوا',
  'طالب',
  'طالبت',
  'يطالب',
  'تطالب',
  'طالبوا',
  'حث',
  'حثت',
  'يحث',
  'تحث',
  'ناشد',
  'ناشدت',
  'يناشد',
  'تناشد',
  'طلب',
  'طلبت',
  'يطلب',
  'تطلب',
  'يجب',
  'ينبغي',
  'يتعين',
  'ضرورة',
  'بضرورة',
  'لضرورة',
  'دعوة',
  'مطالبة',
  'مطالبات',
]);
const AR_PREDICTION = set([
  'المتوقع',
  'متوقع',
  'يتوقع',
  'تتوقع',
  'توقع',
  'توقعت',
  'يرجح',
  'ترجح',
  'المرجح',
  'ربما',
  'يحتمل',
  'المحتمل',
  'المنتظر',
  'ينتظر',
  'يُنتظر',
  'لعل',
  'عسى',
  'يمكن',
]);
const AR_CONDITION = set(['إذا', 'اذا', 'لو', 'حال', 'حالة', 'شريطة', 'بشرط', 'شرط', 'مشروطا', 'مشروط', 'شرطا']);
const AR_OPINION = set([
  'يرى',
  'ترى',
  'رأى',
  'رأت',
  'يعتقد',
  'تعتقد',
  'اعتقد',
  'يُعتقد',
  'يأمل',
  'تأمل',
  'أمل',
  'يتمنى',
  'تتمنى',
  'يظن',
  'يبدو',
  'تفاؤل',
  'تفاؤله',
  'تفاؤلها',
  'تفاؤلهم',
  'أمله',
  'أملها',
  'أملهم',
  'رغبة',
  'رغبته',
  'رغبتها',
  'استعداد',
  'استعداده',
  'استعدادها',
  'اهتمام',
  'اهتمامه',
  'اهتمامها',
]);
/** Qualifiers that make an agreement or pledge tentative: it is not yet a commitment. */
const AR_TENTATIVE = set(['مبدئي', 'مبدئيا', 'مبدئية', 'أولي', 'أولية', 'مبدئيًا', 'مسودة', 'مبدأ']);

/** Words that end a subject and start what was committed to: على، أن، بأن, or a ب-prefixed verbal noun. */
function isObjectMarker(t: Token): boolean {
  return (
    ['على', 'علي', 'أن', 'ان', 'بأن', 'بان', 'إلى', 'الى', 'ب'].includes(t.core) || /^ب[\u0621-\u064a]{2,}/.test(t.core)
  );
}

/** A ب-prefixed word that reads as a preposition + verbal noun (بتعزيز، بمساندة، بالعمل، بدعم). */
const COMMON_MASDAR = set([
  'دعم',
  'نشر',
  'حل',
  'وقف',
  'رفع',
  'فتح',
  'بذل',
  'حماية',
  'صون',
  'منع',
  'بناء',
  'ضمان',
  'خفض',
  'زيادة',
  'حفظ',
  'نقل',
  'سحب',
  'عقد',
  'تعزيز',
  'دفع',
  'رد',
  'ترك',
  'قبول',
  'عودة',
  'مواصلة',
]);
function looksLikeVerbalNoun(t: Token): boolean {
  if (!/^ب/.test(t.core)) return true;
  const rest = t.core.slice(1);
  return /^(?:ال|ت|م|ا|است|ان)/.test(rest) || COMMON_MASDAR.has(rest);
}

/** Index of the object marker after `from` (skipping a subject that merely starts with ب, like بريطانيا). */
function findObject(tokens: Token[], from: number, limit = 7): number {
  const end = Math.min(tokens.length, from + limit);
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (!isObjectMarker(t)) continue;
    if (i === from && /^ب/.test(t.core) && !looksLikeVerbalNoun(t)) {
      const later = tokens.slice(i + 1, end).some(isObjectMarker);
      if (later) continue;
    }
    return i;
  }
  return -1;
}

function stripMarker(t: Token): number {
  if (['على', 'علي', 'أن', 'ان', 'بأن', 'بان', 'إلى', 'الى', 'ب'].includes(t.core)) return t.end;
  // A ب attached to the verbal noun: skip the (possibly و-prefixed) ب.
  return t.start + (t.f.length - t.core.length) + 1;
}

function arabicSpan(clause: string, tokens: Token[], from: number, to: number): string | null {
  if (to <= from) return null;
  const s = normalizeSpace(clause.slice(tokens[from]!.start, tokens[to - 1]!.end));
  return s || null;
}

/** Subject written before the verb (subject–verb order): up to four words after the last clause opener. */
function subjectBefore(clause: string, tokens: Token[], verb: number): string | null {
  let start = verb;
  while (start > 0 && verb - start < 4) {
    const t = tokens[start - 1]!;
    if (
      [
        'إن',
        'ان',
        'أن',
        'بأن',
        'بان',
        'قال',
        'قالت',
        'أعلن',
        'أعلنت',
        'وقال',
        'حيث',
        'إذ',
        'اذ',
        'كما',
        'فيما',
        'بينما',
        'ثم',
        'و',
        'قد',
        'لقد',
      ].includes(t.f)
    )
      break;
    if (t.core !== t.f && start - 1 < verb) {
      // "والاتحاد تعهد": a و-prefixed word opens the subject.
      start--;
      break;
    }
    start--;
  }
  if (start === verb) return null;
  const first = tokens[start]!;
  const text = normalizeSpace(clause.slice(first.start + (first.f.length - first.core.length), tokens[verb - 1]!.end));
  return text || null;
}

function blockedArabic(tokens: Token[], trigger: number, triggerPast: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (AR_CONDITION.has(t.core) || AR_TENTATIVE.has(t.core)) return true;
    if (i >= trigger) continue;
    if (AR_APPEAL.has(t.core) || AR_PREDICTION.has(t.core) || AR_OPINION.has(t.core) || AR_REFUSAL.has(t.core))
      return true;
    if (t.core === 'قد') {
      // "قد تعهد" (has pledged) is emphatic; "قد يتعهد" (may pledge) is a maybe.
      const maybe = i === trigger - 1 ? !triggerPast : /^[يتن]/.test(tokens[i + 1]?.core ?? '');
      if (maybe) return true;
    }
    if (t.core === 'ما' ? i === trigger - 1 : trigger - i <= 3 && AR_NEGATION.has(t.core)) return true;
  }
  return false;
}

function arabicCommitment(clause: string): Omit<Commitment, 'source' | 'area' | 'evidence'> | null {
  const tokens = tokenize(clause);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // أكد التزامه بـ / أعرب السفير عن التزام الاتحاد بـ / جدد التزام بلاده بـ. The noun alone also means
    // compliance ("رصد التزام الأطراف بالهدنة"): it states a commitment only when a verb asserts it.
    const noun = AR_COMMIT_NOUN.exec(t.core);
    let assert = -1;
    if (noun) {
      for (let j = i - 1; j >= Math.max(0, i - 5) && assert < 0; j--) if (AR_ASSERT.has(tokens[j]!.core)) assert = j;
    }
    if (noun && assert >= 0) {
      if (blockedArabic(tokens, assert, false)) return null;
      const suffix = noun[1] ?? '';
      const ownPledge = suffix !== '' && suffix !== 'ات'; // التزامه، التزامها، التزاماتهم: the speaker's own
      let actor: string | null = null;
      let obj: number;
      if (ownPledge) {
        const about = tokens.findIndex((x, k) => k > assert && k < i && x.core === 'عن');
        actor = arabicSpan(clause, tokens, assert + 1, about >= 0 ? about : i);
        obj = findObject(tokens, i + 1, 3);
      } else {
        obj = findObject(tokens, i + 1);
        if (obj >= 0) actor = arabicSpan(clause, tokens, i + 1, obj);
      }
      if (obj < 0) continue;
      const commitment = finishObject(clause.slice(stripMarker(tokens[obj]!)));
      if (commitment) return { actor, commitment };
      continue;
    }
    // اتفاق على / اتفاق بين الجانبين على
    if (AR_AGREEMENT_NOUN.test(t.core)) {
      const on = tokens.findIndex((x, k) => k > i && k <= i + 6 && (x.core === 'على' || x.core === 'علي'));
      if (on < 0) continue;
      if (blockedArabic(tokens, i, false)) return null;
      const between = tokens.findIndex((x, k) => k > i && k < on && x.core === 'بين');
      const actor = between >= 0 ? arabicSpan(clause, tokens, between + 1, on) : null;
      const commitment = finishObject(clause.slice(tokens[on]!.end));
      if (commitment) return { actor, commitment };
      continue;
    }
    let will = AR_WILL.test(t.core);
    let verbEnd = i + 1;
    if (!will && t.core === 'سوف' && AR_WILL_AFTER_SAWFA.has(tokens[i + 1]?.core ?? '')) {
      will = true;
      verbEnd = i + 2;
    }
    const pledge = AR_PLEDGE.has(t.core) || AR_PLEDGE.has(t.f);
    if (!pledge && !will) continue;
    if (blockedArabic(tokens, i, AR_PAST.has(t.core))) return null;
    const obj = findObject(tokens, verbEnd);
    let actor: string | null;
    let startAt: number;
    if (obj >= 0 && !(will && obj > verbEnd + 4)) {
      actor = arabicSpan(clause, tokens, verbEnd, obj);
      startAt = stripMarker(tokens[obj]!);
    } else if (will) {
      // "سيقدم الاتحاد الأوروبي دعمًا": the subject is the run of definite words after the verb.
      let k = verbEnd;
      while (k < tokens.length && k < verbEnd + 4 && /^ال/.test(tokens[k]!.core)) k++;
      actor = arabicSpan(clause, tokens, verbEnd, k);
      startAt = tokens[k]?.start ?? clause.length;
    } else {
      continue;
    }
    actor ??= subjectBefore(clause, tokens, i);
    const commitment = finishObject(clause.slice(startAt));
    if (commitment) return { actor, commitment };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Prose: English (and other Latin-script text written in English)

const EN_GIVE = 'provide|fund|supply|deliver|contribute|allocate|give|donate|send|deploy|finance|pay';
/**
 * Verbs that state a pledge. "would provide" counts only as reported speech ("announced it would provide"),
 * "is to provide" only after an actor (not "the aim is to provide").
 */
const EN_TRIGGER = new RegExp(
  `\\b(pledged|pledges|pledge|promised|promises|promise|vowed|vows|vow|undertook|undertakes|undertake|signed up to|agreed|agrees|agree|committed|commits|commit|made (?:a|an|the) (?:firm |formal |new |public |written )?(?:commitment|pledge|promise)|(?:will|would) (?:${EN_GIVE})|(?:is|are) to (?:${EN_GIVE}))\\b`,
  'gi',
);
/** A reporting verb and its subject pronoun or "that" before a reported pledge: "announced it", "said that". */
const EN_REPORTED =
  /\b(?:announced|announces|said|says|confirmed|confirms|stated|states|declared|declares|told\s+\S+(?:\s+\S+)?|pledged|promised|vowed|added)\s+(?:that\s+)?(?:(?:it|they|he|she|we|i)\s+)?$/i;
/** Nouns that "is to provide" completes as a purpose, not a pledge: "the aim is to provide". */
const EN_PURPOSE_NOUN =
  /\b(?:aim|aims|goal|goals|plan|plans|idea|purpose|objective|objectives|task|priority|challenge|question|problem|intention|hope|point|step|solution|answer|role|job|mission|need|option|way)\s*$/i;
/** Forms that are nouns as often as verbs ("promises like these", "pledges of aid"). */
const EN_NOUN_LIKE = /^(?:pledge|pledges|promise|promises|vow|vows)$/;
/** What follows one of those forms when it is the verb: "pledges to", "promises that", "pledges €5m". */
const EN_VERB_OBJECT =
  /^\s+(?:to|that|an?|another|further|additional|extra|some|more|up to|about|around|nearly|almost|over|at least|[\p{Sc}\d])/iu;
/** Speakers whose quoted words are criticism, not anyone's commitment. */
const EN_CRITIC =
  /\b(?:critics?|opposition|shadow|campaigners?|activists?|analysts?|opponents?|sceptics?|skeptics?|rivals?|residents?|victims?)\b/i;
const EN_NEGATION =
  /\b(?:not|never|no|refused|refuses|declined|declines|failed|fails|without|yet|reneged|broke|broken|backtracked|abandoned|withdrew)\b|n['’]t\b/i;
const EN_APPEAL =
  /\b(?:urged?|urges|urging|called|calls|calling|call|demanded|demands|demand|asked|asks|ask|appealed|appeals|pressed|presses|should|must|needs? to|ought)\b/i;
const EN_PREDICTION =
  /\b(?:expected|expects|could|may|might|likely|unlikely|would|possibly|perhaps|probably|set to consider|considering|considers)\b/i;
const EN_OPINION =
  /\b(?:believes?|believed|hopes?|hoped|hoping|thinks?|thought|wish(?:es|ed)?|optimistic|feels?|felt|confident|wants?|wanted)\b/i;
const EN_CONDITION = /\b(?:if|unless|provided that|providing that|on condition|conditional|conditions|whether)\b/i;
const EN_TENTATIVE = /\b(?:preliminary|tentative|tentatively|in principle|draft|proposed|provisional)\b/i;
const EN_AUX_TAIL =
  /(?:\s+(?:has|have|had|also|already|formally|publicly|again|now|today|firmly|fully|is|are|was|were|remains|remain|remained|been|will|did|does|do|jointly|repeatedly|previously|recently|earlier|later|reportedly|officially|itself|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year)|this (?:week|month|year)|to))+\s*$/i;
const EN_PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|that|this|one)$/i;
const EN_DETERMINER =
  /\b(?:a|an|the|this|that|its|their|his|her|our|your|new|firm|formal|previous|earlier|last|every|each)\s*$/i;

function englishActor(before: string): string | null {
  let s = before;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(EN_AUX_TAIL, '');
  }
  const parts = s.split(
    /[,:;()"“”]|\s[—–]\s|\b(?:that|said|says|which|who|while|after|when|because|since|announced|stated|confirmed|declared|added|told\s+\S+|according to)\b/i,
  );
  let actor = normalizeSpace(parts[parts.length - 1] ?? '');
  if (actor.split(' ').length > 6) {
    const andParts = actor.split(/\band\b/i);
    actor = normalizeSpace(andParts[andParts.length - 1] ?? '');
  }
  if (!actor || actor.split(' ').length > 6 || EN_PRONOUN.test(actor)) return null;
  return actor;
}

function englishCommitment(clause: string): Omit<Commitment, 'source' | 'area' | 'evidence'> | null {
  EN_TRIGGER.lastIndex = 0;
  for (let m = EN_TRIGGER.exec(clause); m; m = EN_TRIGGER.exec(clause)) {
    const verb = m[1]!.toLowerCase();
    const before = clause.slice(0, m.index);
    let after = clause.slice(m.index + m[0].length);
    // "the pledged funds", "its promise": a noun or adjective, not the verb.
    if (!/^(?:will|made|signed)/.test(verb) && EN_DETERMINER.test(before)) continue;
    // "Promises of aid …": a bare present form needs a subject to be a verb.
    const bare = /^(?:pledge|promise|vow|commit|undertake|agree)s?$/.test(verb);
    if (bare && !englishActor(before)) continue;
    // "We have heard promises like these": the noun, not the verb.
    if (EN_NOUN_LIKE.test(verb) && !EN_VERB_OBJECT.test(after)) continue;
    if (/^would/.test(verb) && !EN_REPORTED.test(before)) continue;
    if (/^(?:is|are) to/.test(verb) && (EN_PURPOSE_NOUN.test(before) || !englishActor(before))) continue;
    if (/^commit/.test(verb)) {
      const to = /^\s+(?:(?:itself|themselves|himself|herself|ourselves)\s+)?to\b/i.exec(after);
      const amount = /^\s+(?=[\p{Sc}\d])/u.exec(after);
      if (!to && !amount) continue; // "crimes committed by …"
      after = after.slice((to ?? amount)![0].length);
    } else if (/^agree/.test(verb)) {
      const to = /^\s+(?:to|on|upon)\b/i.exec(after);
      if (!to) continue; // "agreed with the assessment" is an opinion
      after = after.slice(to[0].length);
    } else if (/^(?:made|undertook|undertakes|undertake|vow)/.test(verb)) {
      after = after.replace(/^\s+to\b/i, '');
    } else {
      after = after.replace(/^\s+(?:to|that)\b/i, '');
    }
    if (quotedCriticism(clause, m.index)) return null;
    const window = before.split(/\s+/).slice(-3).join(' ');
    if (EN_NEGATION.test(window) || /\b(?:refused|declined|failed|never)\b/i.test(before)) return null;
    if (EN_APPEAL.test(before) || EN_PREDICTION.test(before) || EN_OPINION.test(before)) return null;
    if (EN_CONDITION.test(clause) || EN_TENTATIVE.test(clause)) return null;
    // "€50 million was pledged by the EU": passive, the actor follows "by".
    const passive = /\b(?:was|were|been|is|are|be)\s*$/i.test(before) && /^\s+by\s+/i.exec(after);
    if (passive) {
      const by = /^\s+by\s+(.+?)(?=\s+(?:to|for|in|on|at|as|over)\b|[,.;]|$)/i.exec(after);
      const subject = before.replace(/\b(?:was|were|been|is|are|be)\s*$/i, '');
      const commitment = finishObject(subject.split(/[,:;]/).pop() ?? '');
      if (commitment) return { actor: by ? normalizeSpace(by[1]!) : null, commitment };
      continue;
    }
    const commitment = finishObject(after);
    if (!commitment) continue;
    return { actor: englishActor(before) ?? reportedActor(before), commitment };
  }
  return null;
}

/** The subject of the reporting verb: "The European Commission announced it [would provide]" → the Commission. */
function reportedActor(before: string): string | null {
  const m = EN_REPORTED.exec(before);
  return m ? englishActor(before.slice(0, m.index)) : null;
}

/** Inside quotation marks, or attributed to a critic ("… ,” said the shadow minister). */
function quotedCriticism(clause: string, at: number): boolean {
  const open = Math.max(clause.lastIndexOf('“', at), clause.lastIndexOf('"', at), clause.lastIndexOf('«', at));
  if (open < 0) return false;
  const closeMatch = /[”"»]/.exec(clause.slice(at));
  if (!closeMatch) return false;
  const close = at + closeMatch.index;
  const attribution = `${clause.slice(0, open)} ${clause.slice(close + 1)}`;
  return EN_CRITIC.test(attribution);
}

// ---------------------------------------------------------------------------------------------------------------

const HAS_ARABIC = /[\u0600-\u06ff]/;

/**
 * Time expressions that place a pledge before the article's event: "Last year, donors pledged …" is background,
 * not a commitment made at the event the article reports.
 */
const EN_PAST_TIME =
  /\b(?:last|previous|past)\s+(?:year|years|decade)\b|\b(?:a|one|two|three|four|five|several|many|some|\d+)\s+(?:years?|decades?)\s+(?:ago|earlier|before)\b|\bpreviously\b|\bin the past\b|\bin previous years\b|\bback in\b/i;
/** The same in Arabic, on folded text: العام الماضي، السنة الماضية، العام المنصرم، سابقا، في السابق، قبل سنوات. */
const AR_PAST_TIME =
  /(?:^|\s)(?:[وفبل]?(?:ال)?(?:عام|سنه|اعوام|سنوات|سنين|مرات|مؤتمر|دوره|جوله) (?:ال)?(?:ماضي|ماضيه|منصرم|منصرمه|سابق|سابقه|فايت|فايته)|[وف]?سابقا|[وف]?في السابق|[وف]?فيما سبق|[وف]?قبل (?:عام|عامين|سنه|سنتين|سنوات|اعوام|سنين)|[وف]?منذ (?:سنوات|اعوام))(?=$|[\s،,.؛])/;
/** A year named as the time of the pledge: "in 2019", "في عام 2019", "عام 2019". */
const YEAR_OF_PLEDGE =
  /\b(?:in|during)\s+((?:19|20)\d\d)\b|(?:^|\s)(?:[وف]?في\s+)?(?:عام|العام|سنه|السنه)\s+((?:19|20)\d\d)(?!\d)/gi;

/** A clause that dates its pledge to an earlier time than the article's own (`referenceYear`). */
export function isPastPledge(clause: string, referenceYear: number | null = null): boolean {
  const text = toWesternDigits(clause);
  if (EN_PAST_TIME.test(text) || AR_PAST_TIME.test(foldWord(text))) return true;
  if (referenceYear === null) return false;
  for (const m of foldWord(text).matchAll(YEAR_OF_PLEDGE)) if (Number(m[1] ?? m[2]) < referenceYear) return true;
  return false;
}

/**
 * The commitment a clause states, or null. `referenceYear` is the year of the article's event: a pledge dated
 * to an earlier year, or to "last year" / "العام الماضي", is background.
 */
export function commitmentInClause(clause: string, referenceYear: number | null = null): Commitment | null {
  if (/[?؟]\s*["'”»)]*$/.test(clause)) return null; // a question does not commit
  const found = HAS_ARABIC.test(clause) ? arabicCommitment(clause) : englishCommitment(clause);
  if (!found || isPastPledge(clause, referenceYear)) return null;
  return { actor: found.actor, commitment: found.commitment, area: null, source: 'prose', evidence: clause };
}

/** Years named as deadlines ("by 2030", "until 2027", "بحلول 2030", "حتى عام 2030") are not the event's year. */
const DEADLINE_YEAR =
  /(?:\b(?:by|until|till|through|before|to|from|since)|بحلول|حتى|قبل|منذ)\s+(?:(?:the\s+end\s+of|end|early|late|mid|نهايه|مطلع|عام|العام)\s+)*$/i;

/**
 * The year of the article's event: the publication year when known; otherwise the latest year the text names that
 * is not a deadline ("by 2030") or a starting point ("since 2011").
 */
export function referenceYearOf(texts: string[], published: string | null = null): number | null {
  const fromDate = published ? /^(\d{4})/.exec(published) : null;
  if (fromDate) return Number(fromDate[1]);
  let best: number | null = null;
  for (const raw of texts) {
    const text = toWesternDigits(raw);
    for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)) {
      if (DEADLINE_YEAR.test(foldWord(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
      const year = Number(m[1]);
      if (best === null || year > best) best = year;
    }
  }
  return best;
}

/** Collective actors whose pledge, next to the pledges of the named members, is a summary total. */
const COLLECTIVE_ACTOR =
  /(?:^|\s)(?:donors|countries|nations|governments|states|participants|delegates|delegations|members|partners|allies|contributors|(?:ال)?(?:مانحون|مانحين|دول|حكومات|مشاركون|مشاركين|وفود|اعضاء|شركاء|حلفاء|مساهمون|مساهمين)(?: (?:ال)?مانحه)?)$/i;
/** A commitment that is an amount of money: "about $800 million …", "€50m", "نحو 800 مليون دولار". */
const AMOUNT_FIRST =
  /^(?:(?:about|around|nearly|almost|roughly|some|over|more than|less than|up to|at least|a total of|a further|an additional|another|نحو|حوالي|قرابه|اكثر من|ما يزيد على|ما يقارب|مبلغ|مبلغا)\s+)*(?:[\p{Sc}]\s?\d|\d[\d.,]*\s*(?:[\p{Sc}]|m\b|bn\b|million|billion|مليون|مليار|الف|ملايين))/iu;

/**
 * A summary total: a pledge of money by a collective ("International donors pledged about $800 million") in an
 * article that also lists at least two named actors' money pledges, which the total adds up.
 */
function isSummaryTotal(c: Commitment, all: Commitment[]): boolean {
  if (c.source !== 'prose' || !c.actor) return false;
  const money = (x: Commitment) => AMOUNT_FIRST.test(foldWord(toWesternDigits(x.commitment)));
  const collective = (x: Commitment) => x.actor !== null && COLLECTIVE_ACTOR.test(foldWord(normalizeSpace(x.actor)));
  if (!collective(c) || !money(c)) return false;
  const named = new Set(all.filter((x) => x !== c && x.actor && !collective(x) && money(x)).map((x) => key(x.actor)));
  return named.size >= 2;
}

function proseTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'list') for (const item of b.items) out.push(item);
  }
  return out;
}

const key = (s: string | null) =>
  foldWord(normalizeSpace(s ?? ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Commitments of an article: those of commitments tables (header naming a commitment), then those stated in its
 * paragraphs and list items, one per clause, in article order, without duplicates.
 *
 * A reported preliminary agreement ("أشارت المصادر إلى اتفاق مبدئي على برامج تدريبية مشتركة", "agreed in
 * principle") is left out: like a prediction, it says a commitment may come, not that one was made, and a
 * reader who acts on the commitments list must be able to hold each party to each line.
 */
export function findCommitments(input: {
  blocks: Block[];
  tables: BriefTable[];
  published?: string | null;
}): Commitment[] {
  const tables = [...input.tables];
  for (const b of input.blocks) if (b.type === 'table' && !tables.includes(b.table)) tables.push(b.table);
  const out: Commitment[] = [];
  const seen = new Set<string>();
  const add = (c: Commitment) => {
    const k = `${c.source}\u0000${key(c.actor)}\u0000${key(c.commitment)}\u0000${key(c.area)}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(c);
  };
  for (const t of tables) commitmentsFromTable(t).forEach(add);
  const seenEvidence = new Set<string>();
  const texts = proseTexts(input.blocks);
  const referenceYear = referenceYearOf(texts, input.published ?? null);
  for (const text of texts) {
    for (const [s, e] of sentenceSpans(text)) {
      const sentence = text.slice(s, e);
      for (const [cs, ce] of clauseSpans(sentence)) {
        const clause = sentence.slice(cs, ce);
        const c = commitmentInClause(clause, referenceYear);
        if (!c || seenEvidence.has(key(clause))) continue;
        seenEvidence.add(key(clause));
        add(c);
      }
    }
  }
  return out.filter((c) => !isSummaryTotal(c, out));
}
