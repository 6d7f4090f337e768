/** Hand-made SQuAD cases shared by the metric unit tests and the official-script cross-check. */

/**
 * A hand-worked find_best_thresh case. Sorted by null odds: q1 (-2, right), q3 (-1, F1 2/3),
 * q2 (0.5, no-answer question given text: -1), q4 (2, "" on a no-answer question: 0), q5 (3, right).
 * Start at 2 (the no-answer questions). Exact: 3 after q1 (best, -2), then 3, 2, 2, 3 → 3/5.
 * F1: 3 after q1, 3.667 after q3 (best, -1), 2.667, 2.667, 3.667 → 3.667/5.
 * With na_prob_thresh 1.0, q4 and q5 count as "no answer": q4 right (1), q5 wrong (0).
 */
export const BEST_THRESH_CASE = {
  items: [
    { id: 'q1', answers: ['Paris'] },
    { id: 'q2', answers: [] },
    { id: 'q3', answers: ['Rome Italy'] },
    { id: 'q4', answers: [] },
    { id: 'q5', answers: ['Berlin'] },
  ],
  predictions: { q1: 'Paris', q2: 'London', q3: 'Rome', q4: '', q5: 'Berlin' },
  naProbs: { q1: -2, q2: 0.5, q3: -1, q4: 2, q5: 3 },
  expected: {
    exact: 40,
    f1: (100 * (1 + 2 / 3 + 1)) / 5,
    total: 5,
    HasAns_exact: 100 / 3,
    HasAns_f1: (100 * (1 + 2 / 3)) / 3,
    HasAns_total: 3,
    NoAns_exact: 50,
    NoAns_f1: 50,
    NoAns_total: 2,
    best_exact: 60,
    best_exact_thresh: -2,
    best_f1: (100 * (3 + 2 / 3)) / 5,
    best_f1_thresh: -1,
  },
};
