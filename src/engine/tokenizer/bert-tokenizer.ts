import { QaError } from '../../shared/errors';
import { preTokenize } from './bert-words';
import { charRules, type CharRules, type NormalizerOptions } from './char-rules';
import { wordPiece, WordPieceVocab } from './models/wordpiece';
import { bertLayout, type PairLayout } from './pair-layout';
import type { QaTokenizer } from './qa-tokenizer';
import type { Token } from './token';
import { decodeTokenizerJson } from './tokenizer-json';

export interface SpecialIds {
  cls: number;
  sep: number;
  pad: number;
  unk: number;
}

/**
 * BERT-family WordPiece tokenizer built from a Hugging Face tokenizer.json, returning character
 * offsets into the original text for every token (which neither transformers.js nor
 * @huggingface/tokenizers expose). Special-token strings typed by the user (e.g. "[SEP]") are treated
 * as ordinary text on purpose: user text must never inject control tokens into the model input.
 */
export class BertTokenizer implements QaTokenizer {
  readonly special: SpecialIds;
  readonly vocabSize: number;
  /** `[CLS] q [SEP] c [SEP]` from the vocabulary's own [CLS] and [SEP], as this class always did. */
  readonly layout: PairLayout;
  readonly padId: number;
  private readonly rules: CharRules;
  private readonly vocab: WordPieceVocab;

  constructor(normalizer: NormalizerOptions, vocab: WordPieceVocab, special: SpecialIds) {
    this.rules = charRules(normalizer);
    this.vocab = vocab;
    this.special = special;
    this.vocabSize = vocab.size;
    this.layout = bertLayout(special.cls, special.sep);
    this.padId = special.pad;
  }

  /** Parses tokenizer.json (already JSON-decoded or as text) and validates what we rely on. */
  static fromJSON(json: unknown): BertTokenizer {
    const data = decodeTokenizerJson(json);
    const model = data?.model;
    if (!model || typeof model !== 'object') {
      throw new QaError('TOKENIZER_INVALID', 'tokenizer.json has no "model" section.');
    }
    if (model.type !== 'WordPiece') {
      throw new QaError(
        'TOKENIZER_INVALID',
        `tokenizer.json uses a ${String(model.type)} model; only WordPiece (BERT, DistilBERT, MobileBERT) is supported.`,
      );
    }
    const vocabObj = model.vocab;
    if (!vocabObj || typeof vocabObj !== 'object') {
      throw new QaError('TOKENIZER_INVALID', 'tokenizer.json has no WordPiece vocabulary.');
    }
    const vocab = new Map<string, number>(Object.entries(vocabObj as Record<string, number>));
    const need = (tok: string) => {
      const id = vocab.get(tok);
      if (id === undefined) throw new QaError('TOKENIZER_INVALID', `tokenizer.json vocabulary lacks ${tok}.`);
      return id;
    };
    const unkToken = typeof model.unk_token === 'string' ? model.unk_token : '[UNK]';
    const special: SpecialIds = { cls: need('[CLS]'), sep: need('[SEP]'), pad: need('[PAD]'), unk: need(unkToken) };

    const norm = findBertNormalizer(data.normalizer);
    const lowercase = norm?.lowercase ?? true;
    const normalizer: NormalizerOptions = {
      cleanText: norm?.clean_text ?? true,
      handleChineseChars: norm?.handle_chinese_chars ?? true,
      // HF: strip_accents = null means "follow lowercase".
      stripAccents: norm?.strip_accents ?? lowercase,
      lowercase,
    };
    return new BertTokenizer(
      normalizer,
      new WordPieceVocab(
        vocab,
        special.unk,
        typeof model.continuing_subword_prefix === 'string' ? model.continuing_subword_prefix : '##',
        typeof model.max_input_chars_per_word === 'number' ? model.max_input_chars_per_word : 100,
      ),
      special,
    );
  }

  /** Tokens with offsets, no special tokens added. */
  tokenize(text: string): Token[] {
    const out: Token[] = [];
    preTokenize(text, this.rules, (word) => wordPiece(word, this.vocab, out));
    return out;
  }
}

/** The normalizer may be a BertNormalizer or a Sequence containing one. */
function findBertNormalizer(n: any): any {
  if (!n || typeof n !== 'object') return undefined;
  if (n.type === 'BertNormalizer') return n;
  if (n.type === 'Sequence' && Array.isArray(n.normalizers)) {
    for (const child of n.normalizers) {
      const found = findBertNormalizer(child);
      if (found) return found;
    }
  }
  return undefined;
}
