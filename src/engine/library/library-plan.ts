import type { AskOptions } from '../../shared/answers';
import { isQaError, QaError } from '../../shared/errors';
import type { LibraryDocumentInput } from '../../shared/library';
import { windowRange, type QaEngine } from '../qa-engine';
import { scoreRangeGroups } from '../relevance';
import type { Token } from '../tokenizer/token';
import type { QaWindow } from '../windows';
import type { DocumentCache } from './document-cache';

export interface LibraryDocPlan {
  id: string;
  context: string;
  contextTokens: readonly Token[];
  windows: readonly QaWindow[];
}

/** What a library question reads: every chosen document's windows, in one order across documents. */
export interface LibraryPlan {
  docs: readonly LibraryDocPlan[];
  /** [document, window] index pairs in the order they are read. */
  order: ReadonlyArray<readonly [number, number]>;
  /** BM25 score of each entry of `order` (descending when reading by relevance). */
  relevanceInOrder: readonly number[] | null;
  questionTruncated: boolean;
  skipped: Array<{ docId: string; message: string }>;
  opts: AskOptions;
  padId: number;
}

/**
 * Windows every document as a single question would, then ranks all of them by one BM25 (per-document
 * term indexes from the cache, IDF over the whole set), so the likeliest windows of the whole library
 * are read first. A document with no readable text is skipped with its reason; the rest go on.
 */
export function planLibraryReading(
  engine: QaEngine,
  cache: DocumentCache,
  question: string,
  inputs: readonly LibraryDocumentInput[],
  options: Partial<AskOptions> = {},
): LibraryPlan {
  const opts = engine.options(options);
  const docs: LibraryDocPlan[] = [];
  const skipped: LibraryPlan['skipped'] = [];
  let questionTruncated = false;
  for (const { id, text } of inputs) {
    try {
      const prepared = engine.prepareTokens(question, text, () => cache.tokens(id, text), opts);
      docs.push({ id, context: text, contextTokens: prepared.contextTokens, windows: prepared.windows });
      questionTruncated = prepared.questionTruncated;
    } catch (e) {
      if (!isQaError(e) || e.code !== 'EMPTY_CONTEXT') throw e; // The question or the options are wrong: for every document.
      skipped.push({ docId: id, message: e.message });
    }
  }
  if (docs.length === 0) throw new QaError('EMPTY_CONTEXT', 'None of the chosen documents has readable text.');

  const pairs = docs.flatMap((d, di) => d.windows.map((_, wi) => [di, wi] as const));
  if (opts.order !== 'relevance' || pairs.length < 2) {
    return { docs, order: pairs, relevanceInOrder: null, questionTruncated, skipped, opts, padId: engine.tokenizer.padId };
  }
  const scores = scoreRangeGroups(
    docs.map((d) => ({ index: cache.terms(d.id, d.context), ranges: d.windows.map((w) => windowRange(w, d.contextTokens)) })),
    question,
  );
  // Equal scores keep library order (document, then window), so the order is fully determined.
  const order = [...pairs].sort(([da, wa], [db, wb]) => scores[db][wb] - scores[da][wa] || da - db || wa - wb);
  return {
    docs,
    order,
    relevanceInOrder: order.map(([d, w]) => scores[d][w]),
    questionTruncated,
    skipped,
    opts,
    padId: engine.tokenizer.padId,
  };
}
