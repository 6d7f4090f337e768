import { isRustWhitespace } from './char-classes';
import { bertLayout, type PairLayout } from './pair-layout';
import { BYTE_LEVEL_SPACE } from './pre-tokenizers/byte-level';
import type { Token } from './token';
import { invalid, typeOf, unsupported } from './unsupported';

/** What the post_processor means for us: the pair layout, and whether offsets lose their spaces. */
export interface PostProcessing {
  layout: PairLayout | null;
  /** ByteLevel / RobertaProcessing trim_offsets: leading and trailing "Ġ" leave the offsets. */
  trim: { addPrefixSpace: boolean } | null;
}

export function readPostProcessor(spec: any, idOf: (token: string) => number | undefined): PostProcessing {
  if (spec === null || spec === undefined) return { layout: null, trim: null };
  const special = (pair: unknown, what: string): number => {
    if (!Array.isArray(pair) || typeof pair[1] !== 'number') throw invalid(`the ${what} of ${spec.type} is not [token, id].`);
    return pair[1];
  };
  switch (spec.type) {
    case 'BertProcessing':
      return { layout: bertLayout(special(spec.cls, 'cls'), special(spec.sep, 'sep')), trim: null };
    case 'RobertaProcessing': {
      const cls = special(spec.cls, 'cls');
      const sep = special(spec.sep, 'sep');
      return {
        layout: {
          prefix: [cls],
          prefixTypes: [0],
          questionType: 0,
          middle: [sep, sep],
          middleTypes: [0, 0],
          contextType: 0,
          suffix: [sep],
          suffixTypes: [0],
        },
        trim: (spec.trim_offsets ?? true) ? { addPrefixSpace: spec.add_prefix_space ?? true } : null,
      };
    }
    case 'ByteLevel':
      return { layout: null, trim: (spec.trim_offsets ?? true) ? { addPrefixSpace: spec.add_prefix_space ?? true } : null };
    case 'TemplateProcessing':
      return { layout: templateLayout(spec, idOf), trim: null };
    case 'Sequence': {
      const parts = (spec.processors as unknown[]).map((p) => readPostProcessor(p, idOf));
      const layouts = parts.filter((p) => p.layout !== null);
      if (layouts.length > 1) throw unsupported('a Sequence post-processor that adds special tokens twice');
      return { layout: layouts[0]?.layout ?? null, trim: parts.find((p) => p.trim !== null)?.trim ?? null };
    }
    default:
      throw unsupported(`the ${typeOf(spec)} post-processor`);
  }
}

/** A TemplateProcessing `pair` template: specials, then $A, specials, $B, specials. */
function templateLayout(spec: any, idOf: (token: string) => number | undefined): PairLayout {
  const pair: unknown = spec.pair;
  if (!Array.isArray(pair)) throw invalid('TemplateProcessing has no pair template.');
  const parts: Array<{ ids: number[]; types: number[] }> = [{ ids: [], types: [] }];
  const sequences: Array<{ id: string; type: number }> = [];
  for (const piece of pair) {
    if (piece?.Sequence) {
      sequences.push({ id: piece.Sequence.id, type: piece.Sequence.type_id ?? 0 });
      parts.push({ ids: [], types: [] });
    } else if (piece?.SpecialToken) {
      const name = piece.SpecialToken.id;
      const known = spec.special_tokens?.[name];
      const ids: number[] = Array.isArray(known?.ids) ? known.ids : [idOf(name)].filter((x): x is number => x !== undefined);
      if (ids.length === 0) throw invalid(`the template's special token ${name} has no id.`);
      for (const id of ids) {
        parts[parts.length - 1].ids.push(id);
        parts[parts.length - 1].types.push(piece.SpecialToken.type_id ?? 0);
      }
    } else throw invalid(`unknown pair template piece ${JSON.stringify(piece)}.`);
  }
  if (sequences.length !== 2 || sequences[0].id !== 'A' || sequences[1].id !== 'B') {
    throw unsupported('a pair template other than "… $A … $B …"', 'the question must come first, then the context');
  }
  const [prefix, middle, suffix] = parts;
  return {
    prefix: prefix.ids,
    prefixTypes: prefix.types,
    questionType: sequences[0].type,
    middle: middle.ids,
    middleTypes: middle.types,
    contextType: sequences[1].type,
    suffix: suffix.ids,
    suffixTypes: suffix.types,
  };
}

/**
 * HF's ByteLevel `process_offsets`, per sequence: a token's leading and trailing spaces ("Ġ", or
 * whitespace characters) leave its offsets, except the one space add_prefix_space put before the
 * first word.
 */
export function trimOffsets(tokens: Token[], pieces: readonly string[], addPrefixSpace: boolean): void {
  const { leadingOf, trailingOf } = spaceCounts(pieces);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let leading = leadingOf[t.id] ?? 0;
    const trailing = trailingOf[t.id] ?? 0;
    if (leading > 0) {
      if ((i === 0 || t.start === 0) && addPrefixSpace && leading === 1) leading = 0;
      t.start = Math.min(t.start + leading, t.end);
    }
    if (trailing > 0 && t.end >= trailing) t.end = Math.max(t.end - trailing, t.start);
  }
}

/** Per vocabulary, each piece's leading and trailing spaces (byte-level "Ġ" or whitespace), counted once. */
const spaceCountCache = new WeakMap<readonly string[], { leadingOf: Uint16Array; trailingOf: Uint16Array }>();

function spaceCounts(pieces: readonly string[]): { leadingOf: Uint16Array; trailingOf: Uint16Array } {
  let counts = spaceCountCache.get(pieces);
  if (counts) return counts;
  const leadingOf = new Uint16Array(pieces.length);
  const trailingOf = new Uint16Array(pieces.length);
  const space = (cp: number) => cp === BYTE_LEVEL_SPACE || isRustWhitespace(cp);
  for (let id = 0; id < pieces.length; id++) {
    const chars = Array.from(pieces[id] ?? '', (c) => c.codePointAt(0)!);
    let leading = 0;
    while (leading < chars.length && space(chars[leading])) leading++;
    let trailing = 0;
    while (trailing < chars.length && space(chars[chars.length - 1 - trailing])) trailing++;
    leadingOf[id] = leading;
    trailingOf[id] = trailing;
  }
  counts = { leadingOf, trailingOf };
  spaceCountCache.set(pieces, counts);
  return counts;
}
