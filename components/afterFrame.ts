/**
 * Work that should not hold up the frame showing an answer (keeping it in history) runs once that frame has been
 * drawn: requestAnimationFrame runs just before a frame is drawn, a task posted from it just after. A page that draws
 * no frame (a hidden one) still runs it, after `fallbackMs`. Runs `work` once.
 */
export function afterNextFrame(work: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, fallbackMs);
  requestAnimationFrame(() => setTimeout(run, 0));
}
