/**
 * Boilerplate inside the article container: blocks that sit between the article's paragraphs but are not the
 * article (related-article boxes such as "اقرأ أيضا" / "Read more", share and follow prompts, author boxes, tag
 * lists, link lists). Used by utils/content.ts on the chosen roots; every rule is general, none names a site.
 */
import type { Stats } from './content';
import { BLOCKS, classOf, isHeadingSlug, tagOf } from '../common/dom';

/**
 * Labels that open a related-articles block, in Arabic, English, German, French, Spanish, Portuguese, Italian and
 * Polish.
 */
export const RELATED_LABEL =
  /^\s*[«"'([]?\s*(اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد|انظر|أنظر|تابع|اقرأ المزيد)\s*(أيض(?:اً|ا)?|ايض(?:اً|ا)?|كذلك|المزيد|ايضًا|أيضًا)?|^\s*(read|see|watch|listen)\s+(more|also|next)\b|^\s*(related|more on this|more from|also read|recommended|you may also like|further reading|lesen sie auch|mehr zum thema|mehr themen|auch interessant|zum weiterlesen|schon gelesen|weitere artikel|weitere beiträge|weitere \S*tipps|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|next (article|post|story)|previous (article|post|story)|plus d'articles|verwandte (themen|themenbereiche|artikel|beiträge)|empfehlungen aus|mehr kolumnen|ähnliche (artikel|beiträge)|das könnte (sie|dich|euch) (auch )?interessieren|à lire aussi|lire aussi|à lire également|sur le même sujet|pour aller plus loin|voir aussi|lee también|(te|le) puede interesar|(te|le) podría interesar|puedes ver|también te puede interesar|veja também|leia também|leia mais|leggi anche|czytaj (też|także|również)|przeczytaj (też|także|również)|zobacz (też|także|również)|أخبار ذات صلة|مواضيع ذات صلة|قد يهمك)(?=$|[\s:.,;!?…»"')\]–—-])/i;

/** Taxonomy classes that CMSs put on every post ("tag-sport", "category-news"): they say nothing of layout. */
export const TAXONOMY_CLASS = /(^|\s)((tag|category|categories|format|status|type|topic)-[^\s]*|post-\d+)/g;

/**
 * A copyright, reprint or photo-credit notice: a short block that opens with "Copyright", carries ©, or says
 * its rights are reserved.
 * (A paragraph that merely mentions copyright, in a story about it, neither opens so nor reserves rights.)
 */
const RIGHTS_OPENING = /^\s*(©|\(c\) ?\d{4}|copyright\b|حقوق النشر)/i;
const RIGHTS =
  /©|all rights reserved|copyrighted property|permission must be obtained|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|جميع الحقوق محفوظة/i;

/** The label of an ad slot, alone in its block. */
const AD_LABEL =
  /^[\s\-–—_·•|:]*(advertisement|advertising|ad|ads|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|إعلان|اعلان|إعلانات|مساحة إعلانية)[\s\-–—_·•|:]*$/i;

/**
 * An advertising or affiliate disclosure ("*Werbung. Dieser Beitrag enthält Werbung für …", "Anzeige, enthält
 * Affiliate Links", "This post contains affiliate links") or an editorial disclaimer ("Alle Angaben ohne Gewähr",
 * "Der Beitrag gibt die Meinung des Autors wieder"): short, and about the page rather than the story.
 */
const DISCLOSURE = new RegExp(
  [
    '^[\\W_]*(werbung|anzeige|advertisement|sponsored|publicidad|publicité)\\s*[.,:|–—-]\\s*\\S',
    '(dieser|der) (beitrag|artikel|post) enthält (unbezahlte )?(werbung|affiliate|anzeigen)',
    'enthält affiliate[- ]links',
    '(this|the) (post|article|page) (may )?(contains?|includes?) (affiliate|sponsored|paid|references to products)',
    'alle angaben ohne gewähr',
    '(dieser |der )?beitrag gibt (nur )?die meinung de[rs] (autors|autorin|verfassers)',
    'the views expressed (here|in this)',
    '(is|are) not responsible for the (opinions|views|content)',
  ].join('|'),
  'i',
);

/**
 * A post's own meta line, set as a paragraph of the post: "This entry was posted in …", "Eingestellt von …",
 * "Der Beitrag wurde am … veröffentlicht", "Last modified:", "Category: …", the "12 Bloggern gefällt das" likes
 * line, an embed's "Externer Inhalt" placeholder.
 */
const POST_META =
  /^\s*(this (entry|post) was posted|posted (in|by|on) |filed under|eingestellt von|(der|dieser) (beitrag|artikel|text) wurde |last (modified|updated)\s*:|release date\s*:|(category|categories|kategorien?|catégories?|categorías?)\s*:|\d+ (bloggern? gefällt das|bloggers? like this)|externer inhalt|external content|quellen (aus|ein)blenden|show sources|hide sources)/i;

/** A listing's counter: "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt", "Showing 1–10 of 42". */
const LIST_COUNTER =
  /^\W*(showing|displaying|es werden|zeige|angezeigt|mostrando|affichage)\b.{0,40}?\d+\s*(bis|to|-|–|a|à)\s*\d+\s*(von|of|de|sur)\s*(insgesamt\s*)?\d+/i;

/** Short prompts that are chrome wherever they stand. */
const PROMPT =
  /^\s*(follow us|share this|share on|share article|subscribe|sign up|newsletter|tweet|click here|download (our|the) app|print (this|recipe|article)|rate this|leave a comment|comment(s)?$|folgen sie uns|teilen|kommentieren|kommentar schreiben|drucken|rezept drucken|wie bewerten sie|jetzt bewerten|suivez-nous|partager|imprimer|síguenos|siguenos|compartir|imprimir|seguici|condividi|تابعونا|تابعنا|شارك|اشترك|للاشتراك|حمّل تطبيق|حمل تطبيق|انضم إلى قناتنا|تابعوا|اطبع|طباعة|(please )?support (us|our|independent)|we want to hear|let us know what you think|was this (article|story) (useful|helpful)|unterstützen sie|unterstütze |war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)|hat ihnen (der|dieser) (artikel|beitrag) gefallen|gefällt (dir|ihnen) (unser|dieser|der)|if you (enjoyed|liked) (reading )?this|never miss (the latest|a story|an update)|to (view|read) the (full|whole|rest of the) (story|article)|(you are|sie sind) (currently |aktuell |derzeit )?(not logged in|nicht eingeloggt|nicht angemeldet)|zurück zu(r|m)? (übersicht|listenansicht|startseite|liste|artikelübersicht)|back to (the )?(overview|list|top|home ?page)|wir respektieren (deine|ihre) privatsphäre|we respect your privacy|(über den autor|über die autorin|about the author|à propos de l'auteur|sobre el autor|عن الكاتب|نبذة عن الكاتب)\s*$|suggested citation|zitiervorschlag|how to cite|(\.{3}|…)?\s*weiter zu[mr]? |soutenez|pour lire la suite|apoya |sostieni|wesprzyj|ادعم|ادعموا)/i;

/**
 * A class word that names an article's lead, standfirst or intro, in the vocabularies of news CMSs ("lead",
 * "standfirst", "dek", German "teaser-text"/"vorspann", French "chapo", Spanish "entradilla"/"bajada" …).
 */
export const LEAD_WORD =
  /(^|[\s_-])(lead|lede|lead-?in|intro|intro-?text|standfirst|summary|sub-?title|subline|sub-?headline|epigraph|teaser-?text|article-?teaser|artikel-?teaser|news-?teaser|dek|deck|excerpt|abstract|preface|chapo|chapeau|perex|sapo|entradilla|bajada|vorspann)($|[\s_-])/i;

const NEGATIVE_BLOCK =
  /(^|[\s_-])(meta|entry-?meta|post-?meta|postmetadata|entry-?utility|post-?footer|likes|article-?info|post-?info|dateline|timestamp|pub-?date|by|writer|authors?|ad-?slot|ad-?unit|ad-?container|ad-?wrap(per)?|ad-?box|ad-?placeholder|dfp|gpt-?ad|related\w*|recirculation|postcomments?|contact(box)?|flyout|share|sharing|social|news-?letter|subscribe|promo|advert|ads?|sponsor|tags?|tag-?list|keywords|author-?(box|bio|info|card)|about-?author|byline|comments?|read-?more|read-?also|see-?also|more-?stories|recommend\w*|teaser|outbrain|taboola|breadcrumbs?|toc|table-?of-?contents|pagination|next-?post|prev-?post|post-?nav\w*|widget|sidebar|popular|trending|most-?read|follow|donate|donation|cta\d*|buy-?box|paywall|purchase|ratings?|disclaimer|disclosure|affiliate|cookie|consent|banner|print|caption-?credit|credits?)($|[\s_-])/i;
/** Class words of a box of other stories. */
const RELATED_CLASS =
  /(^|[\s_-])(related\w*|popular-?posts?|most-?read|trending|outbrain|taboola|more-?stories|read-?also|see-?also|next-?post|prev-?post|recirculation)($|[\s_-])/i;
/** Class words of a credit line: photo credits, image sources. */
const CREDIT_CLASS =
  /(^|[\s_-])(credits?|photo-?credits?|image-?credits?|img-?metadata|bildnachweis|bildquelle|copyright)($|[\s_-])/i;
/** The opening of a credit line: "Foto: …", "Photo : …", "Crédits photos : …", "Titelbild: …", "تصوير: …". */
const CREDIT_OPENING =
  /^[([]?\s*(fotos?|photos?|photo credits?|crédits? photos?|cr[ée]dits?|bild|bilder|bildquelle|titelbild|titelfoto|image|images|illustration|صورة|الصورة|تصوير)\s*:/i;

/** Class words of live commentary: "live-comments", "live-match-comment", "liveticker-comments". */
const LIVE_COMMENTARY = /\blive[-_]?\w*?[-_]?comments?\b/gi;

/** Chrome words that also name content wrappers: page-builder widgets, collapsed "read more" text, print layouts. */
const WEAK_CHROME = /(^|[\s_-])(widget|read-?more|print)(?=$|[\s_-])/gi;
const PROTECT =
  /(^|[\s_-])(article-?body|entry-?content|post-?content|story-?body|article-?content|content-?body|body-?text)($|[\s_-])/i;

/** Elements whose text a reader never sees (an ad slot's script after its "Anzeige" label). */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The first `max` characters of an element's text, reading only as many text nodes as that takes (textContent
 * would walk the whole subtree, for every block checked: quadratic on deep pages).
 */
export function firstText(el: Element, max = 60): string {
  let out = '';
  const stack: Node[] = [el];
  // Bounded: a label is in the first few nodes; deep empty wrappers must not make this a full walk.
  for (let visited = 0; stack.length && out.length < max * 3 && visited < 300; visited++) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !UNREAD.has(tagOf(n as Element))) {
      // A block starts a new word: "Mehr zum Thema" in a heading and the first link below it stay apart.
      if (BLOCKS.has(tagOf(n as Element))) out += ' ';
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * A lead or standfirst ("teaser-text" in German CMSs): named so, prose, and the first text of its root. Whatever
 * else its class says, it is the article's opening paragraph; the same class further down is a teaser of another
 * story.
 */
/** Characters of other text (kicker, date line) that may stand above an opening lead. */
const OPENING_SLACK = 100;

export function isOpeningLead(
  el: Element,
  st: Stats,
  root: Element,
  stats: Map<Element, Stats>,
  skip: Set<Element>,
): boolean {
  if (!LEAD_WORD.test(classOf(el) ?? '') || st.text < 40 || st.linkText / st.text >= 0.2) return false;
  // Only a headline, a kicker or a date line may come before it.
  let before = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!skip.has(sib) && !/^h[1-6]$/.test(tagOf(sib))) before += stats.get(sib)?.text ?? 0;
      if (before > OPENING_SLACK) return false;
    }
  }
  return true;
}

export function isBoilerplateBlock(el: Element, st: Stats): boolean {
  const tag = tagOf(el);
  const cls = classOf(el);
  // An id that is the slug of the block's own heading names the section, not chrome.
  const id = isHeadingSlug(el) ? null : el.getAttribute('id');
  // A photo credit or image source, as its own element or as a short line opening "Foto:", "Crédits photos :" …
  if (st.text < 200 && (cls || id) && CREDIT_CLASS.test(`${cls ?? ''} ${id ?? ''}`)) return true;
  if (tag === 'a' || tag === 'span' || tag === 'strong' || tag === 'em' || tag === 'b' || tag === 'i') return false;
  // A custom element's name says what it is ("pp-inline-teaser"). Live commentary ("live-match-comments") is the
  // story of a live page, not readers' comments.
  const custom = tag.includes('-') ? tag : '';
  const names =
    cls || id || custom
      ? `${(cls ?? '').replace(TAXONOMY_CLASS, ' ')} ${id ?? ''} ${custom}`.replace(LIVE_COMMENTARY, ' ').trim()
      : '';
  let opening: string | null = null;
  const head = (): string => (opening ??= firstText(el));
  if (st.text > 0 && st.text < 120 && CREDIT_OPENING.test(head())) return true;
  const ld = st.text ? st.linkText / st.text : 0;
  if (names && tag !== 'article' && NEGATIVE_BLOCK.test(names) && !PROTECT.test(names)) {
    // A named chrome block, unless it plainly holds several paragraphs of prose, or its only chrome word is one
    // that page builders and collapsible text also use ("elementor-widget", "js-readmore", "print-step") and it
    // holds prose without links.
    // Related stories come with their excerpts: prose, but never this article's.
    const prose = st.paras >= 3 && ld < 0.3 && st.text > 600 && !RELATED_CLASS.test(names);
    const weakProse =
      ld < 0.1 && st.text >= 150 && st.paras >= 1 && !NEGATIVE_BLOCK.test(names.replace(WEAK_CHROME, ' '));
    if (!prose && !weakProse) return true;
  }
  if (st.text === 0) return false;
  if (st.text <= 40 && AD_LABEL.test(head())) return true;
  if (RELATED_LABEL.test(head()) && (ld > 0.25 || st.text < 160)) return true;
  if (st.text < 140 && PROMPT.test(head())) return true;
  if (st.text < 250 && DISCLOSURE.test(firstText(el, 250))) return true;
  if (st.text < 200 && POST_META.test(head())) return true;
  if (st.text < 120 && LIST_COUNTER.test(head())) return true;
  // A form's fieldset inside the article (a sign-up, a consent checkbox) is not the story.
  if (tag === 'fieldset' && st.text < 1000) return true;
  // A notice that opens with © or "Copyright" and goes on to reserve rights may run long with its reprint terms;
  // others must be short.
  // (A block that holds paragraphs or a heading is a container that opens with a credit, not a notice.)
  const notice = () => tag === 'p' || el.querySelector('p, h2, h3, h4, h5, h6') === null;
  if (st.text < 250 && RIGHTS_OPENING.test(head()) && notice()) return true;
  // firstText, not the whole subtree's text: every block of a 10,000-deep nest is checked, so the read is bounded.
  if (
    st.text < 250
      ? RIGHTS.test(firstText(el, 250))
      : st.text < 400 && RIGHTS_OPENING.test(head()) && RIGHTS.test(firstText(el, 400).replace(/©/g, ''))
  ) {
    if (notice()) return true;
  }
  if (tag === 'ul' || tag === 'ol' || tag === 'dl') return ld > 0.6 && st.text < 2000 ? true : false;
  // A paragraph that is nothing but a link to another story.
  if (tag === 'p' && ld > 0.8 && st.text < 150) return true;
  if (tag === 'p' || tag === 'table' || tag === 'figure' || tag === 'blockquote') return false;
  // Link lists dressed as divs: mostly links, little prose.
  if (ld > 0.5 && st.text - st.linkText < 200 && st.paras <= 2) return true;
  return false;
}

/**
 * A call to action or a house notice that closes an article: subscribe, follow, download the app, donate, join a
 * channel, "if you're already a subscriber", "for the latest news …". Only tested on the last short blocks of
 * the article (see content.ts), where a sentence that names these things is not the story.
 */
const CALL_TO_ACTION = new RegExp(
  [
    // Addressed to the reader: "subscribe to", "already a subscriber", not "subscriber numbers rose".
    'subscribe (to|now|today|here|for)',
    'please subscribe',
    'already an? (subscriber|member)',
    'become an? (member|subscriber|patron)',
    'sign up (for|to|now|here)',
    '(our|the) newsletter',
    'follow us',
    'follow .{1,40}? on (twitter|facebook|instagram|x|telegram|tiktok)',
    'download (our|the) .{0,20}app',
    'donate (now|today|to)',
    'support (us|our|independent|local)',
    'for the latest (news|stories)',
    'join (us|our)',
    '(telegram|whatsapp|youtube) channel',
    'we rely on',
    'was this (article|story|post) (useful|helpful)',
    'share this (article|story|post)',
    'rate this',
    'war (der|dieser) (artikel|beitrag)',
    '(den|diesen) (artikel|beitrag) teilen',
    'bewerten sie',
    'abonnieren sie',
    'jetzt abonnieren',
    '(unseren?|zum) newsletter',
    'jetzt spenden',
    '(ihre|jede (kleine )?)spende',
    'folgen sie uns',
    'unterstütze(n sie)? uns',
    'jetzt (lesen|testen|bestellen)',
    'weitere (infos?|informationen) (unter|hierzu|dazu|finden sie|gibt es|erhalten sie)',
    'mehr infos? unter',
    'for more information,? (visit|see|go to|contact)',
    'more information (is available|at|on) ',
    'puede escribirnos',
    'escr[ií]benos',
    'schreiben sie uns',
    'write to us',
    'suscr[ií]b(e|ete|ase)',
    'hazte (miembro|socio)',
    'síguenos',
    'apoya (nuestro|el periodismo)',
    'hacemos periodismo',
    'nuestro canal',
    'canal de (telegram|whatsapp|youtube)',
    'abonnez-vous',
    'soutenez',
    'suivez-nous',
    'wesprzyj',
    'zapraszamy (do|też)',
    'subskrypcj',
    'اشترك',
    'للاشتراك',
    'تابعونا',
    'تابعنا',
    'قناتنا',
    'حمّل تطبيق',
    'حمل تطبيق',
    'ادعم',
  ].join('|'),
  'i',
);

/** Is this closing block (short, at the end of the article) a call to action rather than the story? */
export function isClosingCallToAction(text: string): boolean {
  return text.length > 0 && text.length < 300 && (CALL_TO_ACTION.test(text) || CLOSING_LABEL.test(text));
}

/** Words that announce further information, in the languages of the labels below. */
const FURTHER_INFO =
  "weitere (informationen|infos)|mehr (informationen|infos)|zusatzinformationen|more information|for more information|further information|plus d'informations|más información";

/** A label that opens a closing box of contacts, sources or further information: "Kontakt:", "More information:". */
const CLOSING_LABEL = new RegExp(
  `^\\s*(${FURTHER_INFO}|kontakt|contact|ansprechpartner(in)?|pressekontakt|quelle|quellen|quellenangaben|literatur|sources?|references|contacto|fuentes?|للمزيد من المعلومات|للتواصل|المصادر|المراجع)\\s*:`,
  'i',
);

/** Longest block that can be a closing box's label line: the label and a few words after it. */
export const CLOSING_LABEL_MAX = 60;

/**
 * A label line alone ("Kontakt:", "Weitere Informationen:"), which opens a closing box of contacts, sources or
 * further information. ("Quelle: THW" under a picture is a credit line, not a box.)
 */
export function isClosingLabel(text: string): boolean {
  return (
    text.length <= CLOSING_LABEL_MAX && (CLOSING_LABEL.test(text) || FURTHER_INFO_LINE.test(text)) && /:\s*$/.test(text)
  );
}

/** "Weitere Informationen zum Coronavirus in Thüringen:", "More information on the scheme:". */
const FURTHER_INFO_LINE = new RegExp(`^\\s*(${FURTHER_INFO})\\b`, 'i');
