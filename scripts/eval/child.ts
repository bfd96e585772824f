/**
 * An evaluation process (started by ./runner.ts, never by hand): loads the core once, then evaluates the pages it
 * is sent one at a time, announcing each system before running it so that a hang or a crash can be blamed.
 */
import { loadCore } from '../lib/core';
import { type ChildMessage, evaluateTask, type ParentMessage } from './runner';
import type { SystemKey } from './scorers/scorer';

const loaded = await loadCore();
const core = 'error' in loaded ? null : loaded;
const send = (msg: ChildMessage) => process.send!(msg);
process.on('message', (msg: ParentMessage) => {
  if ('done' in msg) {
    process.disconnect();
    return;
  }
  const onPhase = (phase: SystemKey) => send({ index: msg.index, phase });
  send({ index: msg.index, result: evaluateTask(msg.task, core, onPhase) });
});
send({ ready: true, coreError: 'error' in loaded ? loaded.error : null });
