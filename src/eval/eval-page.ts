/**
 * Headless entry for the SQuAD CLI (scripts/eval/cli.ts): the same QaWorkerClient and worker as the
 * app, so CLI numbers are the app's numbers. The CLI calls window.qaEval through Playwright.
 */
import { QaWorkerClient } from '../client/worker-client';
import type { StrideMode } from '../shared/answers';
import type { SquadEvalResult } from '../shared/squad';
import { toQaError, type QaErrorCode } from '../shared/errors';
import type { ModelInfo } from '../shared/protocol';
import type { Backend, Dtype } from '../shared/model-formats';

export interface QaEvalOptions {
  limit?: number;
  backend?: Backend | 'auto';
  dtype?: Dtype | 'auto';
  /** WASM threads; 0 = as many as the page allows. */
  threads?: number;
  /** Ask every question over its whole article (see src/engine/squad/whole-article.ts). */
  wholeArticle?: boolean;
  /** 'step' reproduces the seed's windows; the app's default is 'overlap'. */
  strideMode?: StrideMode;
}

/** Errors come back as data: an exception crossing page.evaluate would lose its code. */
export type QaEvalOutcome = { ok: true; info: ModelInfo; result: SquadEvalResult } | { ok: false; code: QaErrorCode; message: string };

declare global {
  interface Window {
    qaEval: (datasetText: string, modelBaseUrl: string, options?: QaEvalOptions) => Promise<QaEvalOutcome>;
    /** Set by the CLI (page.exposeFunction) to print progress; absent in a plain browser. */
    qaEvalProgress?: (message: string) => void;
  }
}

const client = new QaWorkerClient();

window.qaEval = async (datasetText, modelBaseUrl, options = {}) => {
  const report = (message: string) => void window.qaEvalProgress?.(message);
  try {
    const info = await client.load(
      { kind: 'url', baseUrl: modelBaseUrl },
      { backend: options.backend ?? 'wasm', dtype: options.dtype ?? 'auto', threads: options.threads ?? 0 },
      (p) => {
        if (p.phase === 'notice') report(`notice: ${p.message}`);
        else if (p.phase === 'compile') report(`compiling ${p.dtype} on ${p.backend}`);
      },
    );
    report(`model ${info.source} on ${info.backend}/${info.dtype}, ${info.threads} thread(s), loaded in ${info.loadMs} ms`);
    let last = 0;
    const result = await client.evaluate(
      datasetText,
      {
        limit: options.limit,
        wholeArticle: options.wholeArticle,
        askOptions: options.strideMode ? { strideMode: options.strideMode } : undefined,
      },
      {
        onProgress: (done, total, etaMs) => {
          // About once a second: enough to watch, not enough to flood the terminal.
          if (done !== total && Date.now() - last < 1000) return;
          last = Date.now();
          report(`${done}/${total} questions${etaMs === null ? '' : `, ETA ${Math.round(etaMs / 1000)} s`}`);
        },
      },
    );
    return { ok: true, info, result };
  } catch (e) {
    const err = toQaError(e);
    return { ok: false, code: err.code, message: err.message };
  }
};
