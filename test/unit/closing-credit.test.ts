/**
 * The agency's credit glued in brackets to the story's last paragraph ("… (Editing by Jane Roe)") is no part of the
 * closing (English field audit, test/brief-set/audit/). Written pages, never copied ones.
 */
import { describe, it, expect } from 'vitest';
import { briefFromHtml } from '../../utils/brief';
import { withoutTrailingCredit } from '../../utils/structure/meta-lines';

const PARAS = [
  'The port authority said on Monday it would reopen the northern terminal after a month of repairs to the cranes.',
  'Shipping lines had moved their calls to the southern terminal, where queues of trucks stretched for miles.',
  'Union leaders said dockers would return to full shifts once the first ships were unloaded at the terminal.',
];

function closingOf(last: string): string | null {
  const body = [...PARAS, last].map((p) => `<p>${p}</p>`).join('');
  return briefFromHtml(`<html lang="en"><head><title>Port reopens terminal</title></head><body><article>
    <h1>Port reopens terminal</h1>${body}</article></body></html>`).closing;
}

describe('the closing without the agency credit glued to it', () => {
  it('leaves out "(Editing by …)" and "(Reporting by …; Editing by …)" at the end of the last paragraph', () => {
    expect(closingOf('The terminal handled a third of the port’s trade last year. (Editing by Jane Roe)')).toBe(
      'The terminal handled a third of the port’s trade last year.',
    );
    expect(withoutTrailingCredit('It runs until March. (Reporting by Jane Roe; editing by John Doe)')).toBe(
      'It runs until March.',
    );
    expect(withoutTrailingCredit('It runs until March. (Writing by Jane Roe; Editing by John Doe)')).toBe(
      'It runs until March.',
    );
  });

  it('keeps brackets that are the story’s own, and a paragraph that would be left with no prose', () => {
    expect(withoutTrailingCredit('The award was won by the crew (led by Jane Roe).')).toBe(
      'The award was won by the crew (led by Jane Roe).',
    );
    expect(withoutTrailingCredit('Squad list (Editing by Jane Roe)')).toBe('Squad list (Editing by Jane Roe)');
    expect(closingOf('Dockers said the cranes were checked twice (reporting by the port’s own engineers).')).toBe(
      'Dockers said the cranes were checked twice (reporting by the port’s own engineers).',
    );
  });
});
