/**
 * A short key for a document's exact text, so each document has its own history. Not a security
 * hash: crypto.subtle (SHA-256) exists only in secure contexts and is async, and a static host over
 * plain http must work too. Two independent 32-bit FNV-1a passes over the UTF-16 code units, plus
 * the length, make an accidental collision between two of a user's documents vanishingly unlikely.
 */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
