/**
 * The bench build's last mark (scripts/bench-browser.ts): when a view has drawn the first frame of an answer, it
 * writes every stage's timing on its <main> as `data-bench` (JSON, milliseconds). `total` is the time from the
 * view's page starting to load (performance.now()'s origin) to that frame; `ui` is when the view asked, `answer`
 * how long it waited, `render` from the answer to the drawn frame, split into `commit` (React's render and commit
 * of the answer) and `frame` (to the start of the frame that draws it); the others come with the answer (the
 * worker's, the page reader's and the extraction thread's marks). In other builds this does nothing.
 */
import { useLayoutEffect } from 'react';
import type { ViewState } from './useTabBrief';

export function useBenchMarks(view: ViewState): void {
  // A layout effect runs as the answer is committed, before the browser can draw it: the animation frame asked
  // for here is the one that draws it (a passive effect may run after that frame, and wait for the one after).
  useLayoutEffect(() => {
    if (!__NEWSBRIEF_BENCH__ || view.phase !== 'done') return;
    const answered = view.requestedAt + view.elapsedMs;
    const committed = performance.now();
    const carried = view.result.marks ?? {};
    // requestAnimationFrame runs just before the frame is drawn, a message task just after.
    requestAnimationFrame(() => {
      const framed = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const drawn = performance.now();
        const marks = {
          ...carried,
          ui: view.requestedAt,
          answer: view.elapsedMs,
          commit: committed - answered,
          frame: framed - committed,
          render: drawn - answered,
          total: drawn,
        };
        document.querySelector('main')?.setAttribute('data-bench', JSON.stringify(marks));
      };
      channel.port2.postMessage(null);
    });
  }, [view]);
}
