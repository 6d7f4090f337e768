/**
 * Hugging Face's `is_mark_nonspacing` (the unicode_categories crate, which StripAccents and
 * BertNormalizer's strip_accents use) is not \p{Mn}: its table holds every mark of an old Unicode
 * version, spacing (Mc, e.g. Devanagari vowel signs) and enclosing (Me) ones included. Measured
 * against tokenizers 0.22 over all code points: \p{M} of today's Unicode, minus the marks added
 * since (NEWER), plus U+1CF2-1CF3 (marks then, letters now).
 */
const NEWER =
  /[\u{7fd}\u{897}-\u{89f}\u{8ca}-\u{8d3}\u{9fe}\u{afa}-\u{aff}\u{b55}\u{c04}\u{c3c}\u{cf3}\u{d00}\u{d3b}-\u{d3c}\u{d81}\u{eba}\u{ece}\u{1715}\u{180f}\u{1abf}-\u{1add}\u{1ae0}-\u{1aeb}\u{1cf7}\u{1df6}-\u{1dfa}\u{a82c}\u{a8ff}\u{10d24}-\u{10d27}\u{10d69}-\u{10d6d}\u{10eab}-\u{10eac}\u{10efa}-\u{10eff}\u{10f46}-\u{10f50}\u{10f82}-\u{10f85}\u{11070}\u{11073}-\u{11074}\u{110c2}\u{11145}-\u{11146}\u{111c9}\u{111ce}-\u{111cf}\u{11241}\u{1133b}\u{113b8}-\u{113c0}\u{113c2}\u{113c5}\u{113c7}-\u{113ca}\u{113cc}-\u{113d0}\u{113d2}\u{113e1}-\u{113e2}\u{1145e}\u{1182c}-\u{1183a}\u{11930}-\u{11935}\u{11937}-\u{11938}\u{1193b}-\u{1193e}\u{11940}\u{11942}-\u{11943}\u{119d1}-\u{119d7}\u{119da}-\u{119e0}\u{119e4}\u{11a01}-\u{11a0a}\u{11a33}-\u{11a39}\u{11a3b}-\u{11a3e}\u{11a47}\u{11a51}-\u{11a5b}\u{11a8a}-\u{11a99}\u{11b60}-\u{11b67}\u{11d31}-\u{11d36}\u{11d3a}\u{11d3c}-\u{11d3d}\u{11d3f}-\u{11d45}\u{11d47}\u{11d8a}-\u{11d8e}\u{11d90}-\u{11d91}\u{11d93}-\u{11d97}\u{11ef3}-\u{11ef6}\u{11f00}-\u{11f01}\u{11f03}\u{11f34}-\u{11f3a}\u{11f3e}-\u{11f42}\u{11f5a}\u{13440}\u{13447}-\u{13455}\u{1611e}-\u{1612f}\u{16f4f}\u{16f7f}-\u{16f87}\u{16fe4}\u{16ff0}-\u{16ff1}\u{1cf00}-\u{1cf2d}\u{1cf30}-\u{1cf46}\u{1e08f}\u{1e130}-\u{1e136}\u{1e2ae}\u{1e2ec}-\u{1e2ef}\u{1e4ec}-\u{1e4ef}\u{1e5ee}-\u{1e5ef}\u{1e6e3}\u{1e6e6}\u{1e6ee}-\u{1e6ef}\u{1e6f5}]/u;
const MARK = /[\p{M}\u1cf2\u1cf3]/u;

export function isHfStrippedMark(ch: string): boolean {
  return MARK.test(ch) && !NEWER.test(ch);
}
