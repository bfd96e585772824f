/**
 * The bench build's last mark (scripts/bench-browser.ts): when a view has drawn the first frame of an answer, it
 * writes every stage's timing on its <main> as `data-bench` (JSON, milliseconds). `total` is the time from the
 * view's page starting to load (performance.now()'s origin) to that frame; `ui` is when the view asked, `answer`
 * how long it waited, `render` from the answer to the drawn frame; the others come with the answer (the worker's,
 * the page reader's and the extraction thread's marks). In other builds this does nothing.
 */
import { useEffect } from 'react';
import type { ViewState } from './useTabBrief';

export function useBenchMarks(view: ViewState): void {
  useEffect(() => {
    if (!__NEWSBRIEF_BENCH__ || view.phase !== 'done') return;
    const answered = view.requestedAt + view.elapsedMs;
    const carried = view.result.marks ?? {};
    // After the next frame: requestAnimationFrame runs just before it is drawn, a message task just after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const drawn = performance.now();
        const marks = {
          ...carried,
          ui: view.requestedAt,
          answer: view.elapsedMs,
          render: drawn - answered,
          total: drawn,
        };
        document.querySelector('main')?.setAttribute('data-bench', JSON.stringify(marks));
      };
      channel.port2.postMessage(null);
    });
  }, [view]);
}
