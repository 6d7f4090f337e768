#!/usr/bin/env python3
"""Independent re-implementation of the official SQuAD evaluation scripts (standard library only).

Follows evaluate-v2.0.py (make_qid_to_has_ans, get_raw_scores, apply_no_ans_threshold,
make_eval_dict, find_best_thresh) and, for v1.1 files, evaluate-v1.1.py. It exists to cross-check
the TypeScript metrics in src/engine/squad/metrics.ts against Python's own string handling
(str.lower, string.punctuation, re's Unicode \\b, str.split).

Usage: official_eval.py DATA PRED [--na-prob-file F] [--na-prob-thresh 1.0] [--version auto|1.1|2.0]
"""
import argparse
import collections
import json
import re
import string
import sys


def normalize_answer(s):
    """Lower text and remove punctuation, articles and extra whitespace."""
    s = s.lower()
    exclude = set(string.punctuation)
    s = ''.join(ch for ch in s if ch not in exclude)
    s = re.sub(re.compile(r'\b(a|an|the)\b', re.UNICODE), ' ', s)
    return ' '.join(s.split())


def get_tokens(s):
    if not s:
        return []
    return normalize_answer(s).split()


def compute_exact(a_gold, a_pred):
    return int(normalize_answer(a_gold) == normalize_answer(a_pred))


def compute_f1(a_gold, a_pred):
    gold_toks = get_tokens(a_gold)
    pred_toks = get_tokens(a_pred)
    common = collections.Counter(gold_toks) & collections.Counter(pred_toks)
    num_same = sum(common.values())
    if len(gold_toks) == 0 or len(pred_toks) == 0:
        # If either is no-answer, F1 is 1 if they agree, 0 otherwise.
        return int(gold_toks == pred_toks)
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(pred_toks)
    recall = 1.0 * num_same / len(gold_toks)
    return (2 * precision * recall) / (precision + recall)


def questions(dataset):
    for article in dataset:
        for p in article['paragraphs']:
            for qa in p['qas']:
                yield qa


def make_qid_to_has_ans(dataset):
    return {qa['id']: bool(qa['answers']) for qa in questions(dataset)}


def get_raw_scores(dataset, preds):
    exact_scores, f1_scores = {}, {}
    for qa in questions(dataset):
        qid = qa['id']
        gold_answers = [a['text'] for a in qa['answers'] if normalize_answer(a['text'])]
        if not gold_answers:
            # For unanswerable questions the only correct answer is the empty string.
            gold_answers = ['']
        if qid not in preds:
            print('Missing prediction for %s' % qid, file=sys.stderr)
            continue
        a_pred = preds[qid]
        exact_scores[qid] = max(compute_exact(a, a_pred) for a in gold_answers)
        f1_scores[qid] = max(compute_f1(a, a_pred) for a in gold_answers)
    return exact_scores, f1_scores


def apply_no_ans_threshold(scores, na_probs, qid_to_has_ans, na_prob_thresh):
    new_scores = {}
    for qid, s in scores.items():
        if na_probs[qid] > na_prob_thresh:
            new_scores[qid] = float(not qid_to_has_ans[qid])
        else:
            new_scores[qid] = s
    return new_scores


def make_eval_dict(exact_scores, f1_scores, qid_list=None):
    ids = list(exact_scores) if not qid_list else qid_list
    total = len(ids)
    return collections.OrderedDict([
        ('exact', 100.0 * sum(exact_scores[k] for k in ids) / total),
        ('f1', 100.0 * sum(f1_scores[k] for k in ids) / total),
        ('total', total),
    ])


def merge_eval(main_eval, new_eval, prefix):
    for k in new_eval:
        main_eval['%s_%s' % (prefix, k)] = new_eval[k]


def find_best_thresh(preds, scores, na_probs, qid_to_has_ans):
    num_no_ans = sum(1 for k in qid_to_has_ans if not qid_to_has_ans[k])
    cur_score = num_no_ans
    best_score = cur_score
    best_thresh = 0.0
    qid_list = sorted(na_probs, key=lambda k: na_probs[k])
    for qid in qid_list:
        if qid not in scores:
            continue
        if qid_to_has_ans[qid]:
            diff = scores[qid]
        else:
            diff = -1 if preds[qid] else 0
        cur_score += diff
        if cur_score > best_score:
            best_score = cur_score
            best_thresh = na_probs[qid]
    return 100.0 * best_score / len(scores), best_thresh


def evaluate_v2(dataset, preds, na_probs, na_prob_thresh, with_best):
    qid_to_has_ans = make_qid_to_has_ans(dataset)
    has_ans_qids = [k for k, v in qid_to_has_ans.items() if v]
    no_ans_qids = [k for k, v in qid_to_has_ans.items() if not v]
    exact_raw, f1_raw = get_raw_scores(dataset, preds)
    exact_thresh = apply_no_ans_threshold(exact_raw, na_probs, qid_to_has_ans, na_prob_thresh)
    f1_thresh = apply_no_ans_threshold(f1_raw, na_probs, qid_to_has_ans, na_prob_thresh)
    out_eval = make_eval_dict(exact_thresh, f1_thresh)
    if has_ans_qids:
        merge_eval(out_eval, make_eval_dict(exact_thresh, f1_thresh, qid_list=has_ans_qids), 'HasAns')
    if no_ans_qids:
        merge_eval(out_eval, make_eval_dict(exact_thresh, f1_thresh, qid_list=no_ans_qids), 'NoAns')
    if with_best:
        best_exact, exact_t = find_best_thresh(preds, exact_raw, na_probs, qid_to_has_ans)
        best_f1, f1_t = find_best_thresh(preds, f1_raw, na_probs, qid_to_has_ans)
        out_eval['best_exact'] = best_exact
        out_eval['best_exact_thresh'] = exact_t
        out_eval['best_f1'] = best_f1
        out_eval['best_f1_thresh'] = f1_t
    return out_eval


# --- evaluate-v1.1.py: its F1 has no special case for empty answers, and totals count every question.

def f1_v1(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = collections.Counter(prediction_tokens) & collections.Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    return (2 * precision * recall) / (precision + recall)


def evaluate_v1(dataset, predictions):
    f1 = exact_match = total = 0
    for qa in questions(dataset):
        total += 1
        if qa['id'] not in predictions:
            print('Unanswered question %s will receive score 0.' % qa['id'], file=sys.stderr)
            continue
        golds = [a['text'] for a in qa['answers']]
        pred = predictions[qa['id']]
        exact_match += max(compute_exact(g, pred) for g in golds)
        f1 += max(f1_v1(pred, g) for g in golds)
    return {'exact_match': 100.0 * exact_match / total, 'f1': 100.0 * f1 / total}


def detect_version(dataset_json):
    declared = str(dataset_json.get('version', '')).lstrip('vV')
    if declared.startswith('2') or any('is_impossible' in qa for qa in questions(dataset_json['data'])):
        return '2.0'
    return '1.1'


def main():
    parser = argparse.ArgumentParser(description='SQuAD evaluation (independent re-implementation of the official scripts).')
    parser.add_argument('data_file')
    parser.add_argument('pred_file')
    parser.add_argument('--na-prob-file', '-n')
    parser.add_argument('--na-prob-thresh', '-t', type=float, default=1.0)
    parser.add_argument('--version', choices=['auto', '1.1', '2.0'], default='auto')
    opts = parser.parse_args()
    with open(opts.data_file, encoding='utf-8') as f:
        dataset_json = json.load(f)
    with open(opts.pred_file, encoding='utf-8') as f:
        preds = json.load(f)
    version = detect_version(dataset_json) if opts.version == 'auto' else opts.version
    if version == '1.1':
        print(json.dumps(evaluate_v1(dataset_json['data'], preds), indent=2))
        return
    if opts.na_prob_file:
        with open(opts.na_prob_file, encoding='utf-8') as f:
            na_probs = json.load(f)
    else:
        na_probs = {k: 0.0 for k in preds}
    out = evaluate_v2(dataset_json['data'], preds, na_probs, opts.na_prob_thresh, bool(opts.na_prob_file))
    print(json.dumps(out, indent=2))


if __name__ == '__main__':
    main()
