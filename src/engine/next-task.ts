/**
 * Resolves on the next macrotask. On WASM every await in a question's loop settles as a microtask, so
 * a worker busy with a question would never get back to its event loop until the question is done: a
 * `cancel` message, or the next question, waited for the whole document (measured: 10 s after
 * cancelling a 48k-word question; minutes for 5 MB). Waiting for one task before each model run lets
 * such messages in. A MessageChannel round-trip, not setTimeout, whose nested calls are clamped to 4 ms.
 */
export function nextTaskQueue(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  // Node only: a port with a listener would keep the process (a test run) alive.
  (channel.port1 as { unref?: () => void }).unref?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
