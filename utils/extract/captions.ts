/**
 * A caption set as a list, under its picture: the credit rule of the boilerplate stage (boilerplate.ts) drops it.
 */
import { tagOf } from '../common/dom';
import { normalizeSpace } from '../common/text';

/** Whether the element shows any text. */
function hasText(el: Element): boolean {
  return normalizeSpace(el.textContent ?? '') !== '';
}

const MEDIA = new Set(['figure', 'picture', 'img', 'video', 'iframe']);

/** A picture, a video or a figure, or a block that holds one and no text (an image's wrapper). */
function isMedia(el: Element): boolean {
  if (MEDIA.has(tagOf(el))) return true;
  if (hasText(el)) return false;
  for (const m of MEDIA) if (el.getElementsByTagName(m).length) return true;
  return false;
}

/**
 * A caption set as a list: a list of one item right under a picture (nothing with text between them). A story's
 * list has two items or more, or a lead-in above it. Seen under the figures of theguardian.com ("Hori Parata at his
 * Pātaua farm, …", eight on one page), hakibenita.com ("Anomaly in status code 500: …"), tafelblog.de and
 * eluniversal.com.mx (a credit, "AFP").
 */
export function isCaptionList(el: Element): boolean {
  let items = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) === 'li' && ++items > 1) return false;
  if (items !== 1) return false;
  for (let p = el.previousElementSibling; p; p = p.previousElementSibling) {
    if (isMedia(p)) return true;
    if (hasText(p)) return false;
  }
  return false;
}
