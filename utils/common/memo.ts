/**
 * Results computed from a text once per brief: the stages that read the same paragraphs (key points,
 * commitments, flags) split each one once. Pure, no DOM; withDocumentCache (dom.ts) turns it on for a brief.
 */
/** The memoised results by name, then by text; empty outside a brief's run. */
const textMemos = new Map<string, Map<string, unknown>>();
let briefRuns = 0;

/** Run `fn` with textMemo on. Everything memoised is dropped when the outermost run ends: nothing outlives a brief. */
export function withTextMemo<T>(fn: () => T): T {
  briefRuns++;
  try {
    return fn();
  } finally {
    if (--briefRuns === 0) textMemos.clear();
  }
}

/**
 * `compute(text)` once per brief for this name and text (withTextMemo); outside a run it is computed every time.
 * The value is shared: callers must not change it.
 */
export function textMemo<T>(name: string, text: string, compute: (text: string) => T): T {
  if (!briefRuns) return compute(text);
  let memo = textMemos.get(name) as Map<string, T> | undefined;
  if (!memo) textMemos.set(name, (memo = new Map()));
  let value = memo.get(text);
  if (value === undefined && !memo.has(text)) memo.set(text, (value = compute(text)));
  return value as T;
}
