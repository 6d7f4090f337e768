/**
 * What the confidence number means. A candidate's window score p(start)·p(end) is normalised within
 * its own window, so three answers from three windows can each show "100%". The seed's
 * write_predictions instead turns the n-best's logit sums (start + end, comparable across windows of
 * one model) into one softmax over the whole document; the null answer joins it when SQuAD 2.0
 * "no answer" is allowed. That share is what the UI shows; the window score stays available.
 */
export function answerShares(logitSums: readonly number[], nullLogitSum: number | null): { shares: number[]; nullShare: number | null } {
  const all = nullLogitSum === null ? [...logitSums] : [...logitSums, nullLogitSum];
  if (all.length === 0) return { shares: [], nullShare: null };
  const max = Math.max(...all);
  const exp = all.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const shares = exp.map((v) => v / sum);
  return nullLogitSum === null ? { shares, nullShare: null } : { shares: shares.slice(0, -1), nullShare: shares[shares.length - 1] };
}

/**
 * Groups spans that overlap (share at least one character) into one answer each: the n-best is full
 * of near-duplicates ("Normandy", "Normandy, a region", "in Normandy") that would crowd the list.
 * Input in rank order; each group is led by its best-ranked member and groups keep the leaders'
 * order, so the top answer is always the top candidate. A span joins the first group whose leader
 * it overlaps: overlapping a mere member is not enough, or a span bridging two answers
 * ("zebra one … two omega") would chain them into one. Returned as index lists into `ranked`.
 */
export function groupOverlapping(ranked: ReadonlyArray<{ start: number; end: number }>): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < ranked.length; i++) {
    const c = ranked[i];
    const g = groups.find(([lead]) => ranked[lead].start < c.end && c.start < ranked[lead].end);
    if (g) g.push(i);
    else groups.push([i]);
  }
  return groups;
}
