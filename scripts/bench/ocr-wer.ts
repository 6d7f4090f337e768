/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, by word-level edit
 * distance. Words are what whitespace separates, compared exactly (case and punctuation count, as
 * a reader of the text would see them); line breaks and spacing do not.
 */
export function wordErrors(reference: string, hypothesis: string): { errors: number; words: number } {
  const ref = reference.split(/\s+/).filter(Boolean);
  const hyp = hypothesis.split(/\s+/).filter(Boolean);
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++)
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1)));
    prev = row;
  }
  return { errors: prev[hyp.length], words: ref.length };
}
