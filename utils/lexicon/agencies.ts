/**
 * News agencies, each by its short and its full name: one agency written two ways. A byline that credits an
 * agency is read as the page shows it when the structured data gives the other form ("وام" in JSON-LD, "وكالة أنباء
 * الإمارات" in the byline: sadakhaleej); and an agency named beside a person is no author (the brief credits the
 * people, an agency only when no person is: "HERB KEINON AND AP", l3s; "Jane Roe, Reuters"). Agencies credited on
 * the dev pages: وام and وكالة أنباء الإمارات (sadakhaleej, sahm), أ ش أ (mahrousa), AP (CBS, Jerusalem Post), AFP
 * (two sites), dpa (automobilwoche), Reuters / رويترز, Xinhua; the other names are the same agencies' other form. The
 * Canadian Press: credited beside a person's name on the broad corpora's dev pages ("Jim Macdonald, THE CANADIAN
 * PRESS", l3s-gn1 cf165452) and as the wire of Google-hosted and Canadian news pages (18 pages of l3s-gn1).
 */
import type { Lexicon } from './compile';

/** Each entry: an agency's names, short first, separated by " = ". */
export const NEWS_AGENCIES: Lexicon = {
  en: [
    'AP = Associated Press = The Associated Press',
    'AFP = Agence France-Presse = Agence France Presse',
    'Reuters = Thomson Reuters',
    'dpa = Deutsche Presse-Agentur',
    'Xinhua = Xinhua News Agency',
    'UPI = United Press International',
    'PA = Press Association',
    'CP = The Canadian Press = Canadian Press',
  ],
  ar: [
    'وام = وكالة أنباء الإمارات',
    'واس = وكالة الأنباء السعودية',
    'أ ش أ = وكالة أنباء الشرق الأوسط',
    'بترا = وكالة الأنباء الأردنية',
    'قنا = وكالة الأنباء القطرية',
    'كونا = وكالة الأنباء الكويتية',
    'واع = وكالة الأنباء العراقية',
    'وات = وكالة تونس إفريقيا للأنباء',
    'سانا = الوكالة العربية السورية للأنباء',
    'رويترز',
    'أ ف ب = فرانس برس = وكالة فرانس برس',
    'أ ب = أسوشيتد برس',
    // The national agencies of the Maghreb, Oman, Bahrain, Lebanon, Palestine and Yemen, credited in their
    // stories' datelines as the Gulf and Levant agencies above are ("الرباط (ومع) -", "مسقط في 5 مايو /العمانية/").
    'ومع = وكالة المغرب العربي للأنباء',
    'واج = وكالة الأنباء الجزائرية',
    'العمانية = وكالة الأنباء العمانية',
    'بنا = وكالة أنباء البحرين',
    'الوكالة الوطنية للإعلام',
    // The foreign agencies pan-Arab sites credit in Arabic, beside AFP, AP and Reuters above: dpa, Xinhua, Anadolu.
    'د ب أ = الوكالة الألمانية',
    'شينخوا = وكالة أنباء شينخوا',
    'الأناضول = وكالة الأناضول',
    'وفا = وكالة الأنباء والمعلومات الفلسطينية',
    'سبأ = وكالة الأنباء اليمنية',
  ],
};

/**
 * Titles written before a name in a byline ("د. هالة المصري", "Dr. Pete"): not part of the name. Seen in the author
 * slot of ufuq (د.), a written Arabic home page's writer box (د.), Moz's blog (Dr.) and Salon's author links (Dr.).
 */
export const NAME_TITLES: Lexicon = {
  en: ['dr.', 'dr', 'prof.', 'prof', 'professor'],
  // الكاتب الصحفي, الصحفي, الإعلامي, الأستاذ, المهندس: how Egyptian and Gulf dailies title a columnist or a guest
  // writer in the byline ("الكاتب الصحفي محمود سالم"); a regional convention, no dev page shows it.
  ar: [
    'د.',
    'د .',
    'الدكتور',
    'الدكتورة',
    'أ.د.',
    'أ. د.',
    'الكاتب الصحفي',
    'الكاتبة الصحفية',
    'الصحفي',
    'الصحفية',
    'الإعلامي',
    'الإعلامية',
    'الأستاذ',
    'الأستاذة',
    'المهندس',
    'المهندسة',
  ],
};
