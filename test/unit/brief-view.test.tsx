import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BriefView } from '../../components/BriefView';
import { EXAMPLE_BRIEF } from '../../components/exampleBrief';
import type { Brief, Commitment } from '../../utils/types';

// The interface strings come from browser.i18n in the extension; here each label is its key.
vi.mock('../../components/i18n', () => ({
  t: (key: string) => key,
  uiLanguage: () => 'en',
  uiDirection: () => 'ltr',
  uiAttrs: () => ({ dir: 'ltr', lang: 'en' }),
}));

const prose = (c: Partial<Commitment>): Commitment => ({
  actor: 'The council',
  commitment: 'will build a barrier along the harbour',
  area: null,
  source: 'prose',
  evidence: 'The council will build a barrier along the harbour.',
  when: null,
  amount: null,
  ...c,
});

describe('BriefView: commitments in the text', () => {
  it('shows a commitment’s when and amount where it has them, and nothing where it has none', () => {
    const brief: Brief = {
      ...EXAMPLE_BRIEF,
      commitments: [prose({ when: 'by 2030', amount: '€40 million' }), prose({ commitment: 'will consult residents' })],
    };
    const html = renderToStaticMarkup(<BriefView brief={brief} scope={null} />);
    const list = html.slice(html.indexOf('class="commitments"'));
    const items = list.slice(0, list.indexOf('</ul>')).split('<li').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('commitmentWhen: by 2030');
    expect(items[0]).toContain('commitmentAmount: €40 million');
    expect(items[0]).toMatch(/commitment-when/);
    expect(items[1]).not.toMatch(/commitment-when|commitment-amount/);
  });
});
