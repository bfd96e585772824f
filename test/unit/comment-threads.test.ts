import { describe, expect, it } from 'vitest';
import { briefFromHtml } from '../../utils/brief';

const STORY = [
  'The ministry announced on Tuesday a new plan to cut water losses across the capital by a fifth over three years.',
  'Officials said the first works would start in the spring and run for three years in all of the city districts.',
  'The plan will be reviewed by parliament before the end of the year, the minister told reporters in the capital.',
];
const LAST = STORY[STORY.length - 1]!;

function page(thread: string, articleClass = 'article-body'): string {
  return `<!doctype html><html lang="en"><head><title>Water plan</title></head><body>
<article class="${articleClass}"><h1>Water plan</h1>
${STORY.map((s) => `<p>${s}</p>`).join('\n')}
${thread}
</article></body></html>`;
}

/** Two readers' comments, each a name, a stamp, a text and a control, in blocks with no comment class words. */
function shapedThread(stamp: (i: number) => string, control: string): string {
  const readers = [
    ['Jane Roe', 'Great article, but the minister will never deliver this plan on time, mark my words here.'],
    ['Sam Poe', 'The city has promised the same works every spring for a decade and nothing has changed yet.'],
    ['Ali Noor', 'I will believe it when the pipes in my street stop leaking, which they have done for years.'],
  ];
  return `<div class="thread-wrap">${readers
    .map(
      ([name, text], i) =>
        `<div class="item"><div class="meta"><h4>${name}</h4> ${stamp(i)}</div><p>${text}</p><div class="bar"><a href="#r">${control}</a></div></div>`,
    )
    .join('')}</div>`;
}

function fields(html: string) {
  const b = briefFromHtml(html, { url: 'https://example.com/a' });
  return {
    b,
    headings: b.sections.map((s) => s.heading).filter(Boolean),
    paragraphs: b.sections.flatMap((s) => s.paragraphs),
    items: b.lists.flatMap((l) => l.items),
  };
}

describe('comment threads recognised by shape or by name', () => {
  it('leaves a thread of comments that each show a relative time and a reply control out of the brief', () => {
    for (const [stamp, control] of [
      [(i: number) => `<span>${i + 2} hours ago</span>`, 'Reply'],
      [() => '<time datetime="2024-01-02">Jan 2</time>', 'Report'],
      [() => '<span>منذ ساعتين</span>', 'رد'],
      [() => '<img class="avatar" src="a.png" alt="">', 'Like'],
    ] as const) {
      const { b, headings, paragraphs } = fields(page(shapedThread(stamp, control)));
      expect(headings, control).toEqual([]);
      expect(b.closing, control).toBe(LAST);
      expect(
        paragraphs.some((p) => /minister will never|pipes in my street/.test(p)),
        control,
      ).toBe(false);
      // The page's text keeps what it shows.
      expect(b.text).toContain('pipes in my street');
    }
  });

  it('leaves a thread named by its class out of the brief: its list, its headings, its commitments', () => {
    const thread = `<ol class="commentlist"><li><h3>Jane Roe</h3><p>The mayor will fix my street next week, he told me.</p></li>
<li><h3>Sam Poe</h3><p>Nothing will change here, the works have been promised for a decade already.</p></li></ol>`;
    const { b, headings, items } = fields(page(thread));
    expect(headings).toEqual([]);
    expect(items).toEqual([]);
    expect(b.closing).toBe(LAST);
    expect(b.commitments.map((c) => c.evidence).join(' ')).not.toContain('mayor');
  });

  it('keeps the story when a comment word names an element around it, or a control stands alone', () => {
    // A container of the whole story named "comments-open" is no thread: the story has not begun above it.
    const { b } = fields(page('', 'post comments-open'));
    expect(b.lede).toBe(STORY[0]);
    expect(b.closing).toBe(LAST);
    // One block with a control and a stamp is no run of comments.
    const one = `<div><div class="item"><span>2 hours ago</span><p>An update from our reporter on the scene of the works in the city today.</p><a href="#">Reply</a></div></div>
<p>Work on the first district is expected to begin in April, the ministry said in a statement.</p>`;
    const kept = fields(page(one));
    expect(kept.b.closing).toBe(
      'Work on the first district is expected to begin in April, the ministry said in a statement.',
    );
  });
});
