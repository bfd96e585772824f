/**
 * A short last paragraph that sends the reader elsewhere for more ("For more information on …, visit …") is no
 * closing (English field audit, test/brief-set/audit/). Written pages, never copied ones.
 */
import { describe, it, expect } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

const PARAS = [
  'Volunteers cleared two miles of the river bank on Saturday, pulling out tyres, carts and a rusted boiler.',
  'The trust that organised the day said it would hold another in the spring, further downstream.',
  'Anglers said the water had not looked so clear in years, and that herons were back near the weir.',
];

function brief(last: string) {
  const body = [...PARAS, last].map((p) => `<p>${p}</p>`).join('');
  return briefFromHtml(`<html lang="en"><head><title>Volunteers clear river bank</title></head><body><article>
    <h1>Volunteers clear river bank</h1>${body}</article></body></html>`);
}

describe('a pointer to more elsewhere is no closing', () => {
  it('takes the story paragraph before "For more information …, visit …" as the closing, and the text keeps it', () => {
    const pointer = 'For more information on the river trust and its clean-up days, visit its website.';
    const b = brief(pointer);
    expect(b.closing).toBe(PARAS[2]);
    expect(b.text).toContain(pointer);
    expect(brief('To learn more about the weir, please visit the trust’s page.').closing).toBe(PARAS[2]);
  });

  it('keeps a last paragraph that opens so and goes on to tell the story', () => {
    const story =
      'For more information on what went into the river, the trust sent samples of the silt to a laboratory, which found oil, paint and traces of lead from the old works upstream.';
    expect(brief(story).closing).toBe(story);
    const told = 'The trust said more information would come once the samples were tested.';
    expect(brief(told).closing).toBe(told);
  });
});
