import * as Comlink from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

/**
 * A stand-in for the browser's Worker in unit tests: the "worker" is an object exposed with comlink
 * over a Node MessageChannel, so the page side (comlink.wrap, transfer, errors) runs for real.
 * install() replaces globalThis.Worker; `serve` picks the API for each new worker's URL.
 */
export class FakeWorker {
  static created: FakeWorker[] = [];
  static serve: (url: string) => object = () => ({});

  readonly url: string;
  terminated = false;
  private readonly port: MessagePort;
  private readonly errorListeners = new Set<(ev: ErrorEvent) => void>();

  constructor(url: string | URL) {
    this.url = String(url);
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(FakeWorker.serve(this.url), port2 as unknown as Comlink.Endpoint);
    this.port = port1;
    FakeWorker.created.push(this);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (!this.terminated) this.port.postMessage(message, transfer as never);
  }

  addEventListener(type: string, listener: (ev: ErrorEvent) => void): void {
    if (type === 'error') this.errorListeners.add(listener);
    else this.port.addEventListener(type as 'message', listener as never);
  }

  removeEventListener(type: string, listener: (ev: ErrorEvent) => void): void {
    if (type === 'error') this.errorListeners.delete(listener);
    else this.port.removeEventListener(type as 'message', listener as never);
  }

  start(): void {
    this.port.start();
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
  }

  /** What an uncaught exception inside a real worker fires on the page. */
  crash(message: string): void {
    const ev = { message, preventDefault: () => {} } as ErrorEvent;
    for (const l of this.errorListeners) l(ev);
  }

  static install(): () => void {
    const original = globalThis.Worker;
    FakeWorker.created = [];
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    return () => {
      globalThis.Worker = original;
    };
  }
}
