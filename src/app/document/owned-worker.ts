import * as Comlink from 'comlink';
import type { QaError } from '../../shared/errors';

/**
 * A worker owned by one client module (pdf-client.ts, ocr-client.ts): its comlink proxy, and the
 * reject functions of the calls in flight, so a crash or a stop fails them all at once.
 */
export interface OwnedWorker<Api> {
  worker: Worker;
  api: Comlink.Remote<Api>;
  fail: Set<(e: QaError) => void>;
}

/** Wraps `worker`; `crashed` hears of an uncaught error or an unreadable message. */
export function ownWorker<Api>(worker: Worker, crashed: (why: string) => void): OwnedWorker<Api> {
  worker.addEventListener('error', (ev) => crashed(ev.message || 'an error'));
  worker.addEventListener('messageerror', () => crashed('an unreadable message'));
  return { worker, api: Comlink.wrap<Api>(worker), fail: new Set() };
}

/** Fails every call in flight with `reason` and ends the worker. */
export function endWorker<Api>(owned: OwnedWorker<Api>, reason: QaError): void {
  for (const fail of owned.fail) fail(reason);
  owned.api[Comlink.releaseProxy]();
  owned.worker.terminate();
}
