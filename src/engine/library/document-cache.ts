import { indexTerms, type TermIndex } from '../relevance';
import type { Token } from '../tokenizer/token';
import type { QaTokenizer } from '../tokenizer/qa-tokenizer';

interface Entry {
  text: string;
  tokens?: Token[];
  terms?: TermIndex;
}

/**
 * Each library document's tokens and BM25 term index, built the first time a question needs them
 * and kept for the next questions (the engine's own cache holds one document only). Least recently
 * used documents go once the kept texts pass `maxChars`, so memory stays bounded for a large library;
 * a document whose text changed under the same id is rebuilt.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  constructor(
    private readonly tokenizer: QaTokenizer,
    private readonly maxChars = 20_000_000,
  ) {}

  tokens(id: string, text: string): Token[] {
    const e = this.entry(id, text);
    return (e.tokens ??= this.tokenizer.tokenize(text));
  }

  terms(id: string, text: string): TermIndex {
    const e = this.entry(id, text);
    return (e.terms ??= indexTerms(text));
  }

  /** Documents currently kept (for tests and measurements). */
  get size(): number {
    return this.entries.size;
  }

  forget(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    this.chars -= e.text.length;
  }

  private entry(id: string, text: string): Entry {
    let e = this.entries.get(id);
    if (e && e.text !== text) {
      this.forget(id);
      e = undefined;
    }
    if (e) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(id);
      this.entries.set(id, e);
      return e;
    }
    e = { text };
    this.entries.set(id, e);
    this.chars += text.length;
    for (const [old, oldEntry] of this.entries) {
      if (this.chars <= this.maxChars || old === id) break;
      this.entries.delete(old);
      this.chars -= oldEntry.text.length;
    }
    return e;
  }
}
