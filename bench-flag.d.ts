/**
 * True in the bench build only (`NEWSBRIEF_BENCH=1 wxt build`, see wxt.config.ts and scripts/bench-browser.ts):
 * the stages are timed and their figures travel in the messages' optional `marks`. A constant, replaced at build
 * time, so the timing code is not in the shipped bundle.
 */
declare const __NEWSBRIEF_BENCH__: boolean;
