import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_ID, DEFAULT_SETTINGS } from './model-settings';
import { findKnownModel, KNOWN_MODELS } from './known-models';
import { scoreText, selectedKnownModel, sizesText } from './ModelPicker';

describe('KNOWN_MODELS', () => {
  it('lists each hub id once, in owner/name form', () => {
    const ids = KNOWN_MODELS.map((m) => m.hubId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });

  it.each(KNOWN_MODELS.map((m) => [m.hubId, m] as const))('%s: languages, citations and numbers are well formed', (_id, m) => {
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.languages.length).toBeGreaterThan(0);
    expect(new URL(m.cardUrl).protocol).toBe('https:');
    expect(new URL(m.score.url).protocol).toBe('https:');
    expect(m.score.statedIn.length).toBeGreaterThan(0);
    for (const v of [m.score.f1, m.score.exactMatch]) if (v !== null) (expect(v).toBeGreaterThan(0), expect(v).toBeLessThanOrEqual(100));
    for (const mb of Object.values(m.sizesMB)) expect(Number.isFinite(mb) && mb > 0).toBe(true);
    // Sizes come from a listing, which is cited; no listing, no sizes.
    expect(m.sizesUrl === null).toBe(Object.keys(m.sizesMB).length === 0);
    if (m.sizesUrl) expect(new URL(m.sizesUrl).protocol).toBe('https:');
    // An entry that cannot be loaded says why.
    expect(m.loadable || (m.blocker?.length ?? 0) > 0).toBe(true);
  });

  it('offers the default model, loadable, with a size for each published format', () => {
    const m = findKnownModel(DEFAULT_HUB_ID);
    expect(m?.loadable).toBe(true);
    expect(Object.keys(m!.sizesMB).sort()).toEqual(['fp16', 'fp32', 'q8']);
  });

  it('offers a loadable model of every family the issue names, and says whose export a community one is', () => {
    for (const family of ['distilbert', 'roberta', 'deberta-v2', 'xlm-roberta'] as const) {
      expect(KNOWN_MODELS.some((m) => m.family === family && m.loadable)).toBe(true);
    }
    // A conversion's card is the original model's, in another repo: the entry must name who converted it.
    for (const m of KNOWN_MODELS) {
      const cardRepo = new URL(m.cardUrl).pathname.slice(1);
      if (cardRepo !== m.hubId) expect(m.exportedBy, m.hubId).toBeTruthy();
    }
  });

  it('finds entries by id, ignoring surrounding space, and nothing else', () => {
    expect(findKnownModel(` ${DEFAULT_HUB_ID} `)?.hubId).toBe(DEFAULT_HUB_ID);
    expect(findKnownModel('someone/else')).toBeUndefined();
  });
});

describe('picker texts', () => {
  it('says "not stated" for a figure the page does not give, and names the dataset', () => {
    const m = findKnownModel(DEFAULT_HUB_ID)!;
    expect(scoreText(m.score)).toBe('SQuAD v1.1 dev: F1 87.1, EM not stated');
    expect(sizesText(m)).toBe('q8 65.8 MB, fp16 131 MB, fp32 261 MB');
    expect(sizesText({ ...m, sizesMB: {} })).toBe('download size not known');
  });
});

describe('selectedKnownModel', () => {
  it('selects a curated radio only for a loadable hub id on its main revision', () => {
    expect(selectedKnownModel(DEFAULT_SETTINGS)?.hubId).toBe(DEFAULT_HUB_ID);
    expect(selectedKnownModel({ ...DEFAULT_SETTINGS, revision: '' })?.hubId).toBe(DEFAULT_HUB_ID);
    expect(selectedKnownModel({ ...DEFAULT_SETTINGS, revision: 'v2' })).toBeUndefined();
    expect(selectedKnownModel({ ...DEFAULT_SETTINGS, sourceKind: 'url' })).toBeUndefined();
    // Not loadable yet: no radio to select, so the id shows under "Another model".
    expect(
      selectedKnownModel({ ...DEFAULT_SETTINGS, hubId: 'google-bert/bert-large-uncased-whole-word-masking-finetuned-squad' }),
    ).toBeUndefined();
  });
});
