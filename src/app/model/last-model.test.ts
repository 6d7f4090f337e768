import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isLastModel, isLastModelOrNull, lastModelOf, modelDisplayName, startupSettings, type LastModel } from './last-model';
import { DEFAULT_SETTINGS, toLoadRequest, type ModelSettings } from './model-settings';
import { parseUrlParams } from './url-params';

const PAGE = 'http://localhost:5173/';
const noParams = parseUrlParams(PAGE);
const ORACLE = 'http://localhost:5173/fixtures/models/oracle/';

describe('isLastModel', () => {
  it.each<[unknown, boolean]>([
    [{ kind: 'hub', id: 'a/b', revision: 'main' }, true],
    [{ kind: 'url', baseUrl: ORACLE }, true],
    [{ kind: 'local', name: 'my-model' }, true],
    [{ kind: 'hub', id: '', revision: 'main' }, false],
    [{ kind: 'hub', id: 'a/b' }, false],
    [{ kind: 'url', baseUrl: '' }, false],
    [{ kind: 'local', name: 'x', files: 3 }, true], // Extra fields are dropped on the next write, not fatal.
    [{ kind: 'ftp' }, false],
    ['a/b', false],
    [null, false],
  ])('%j → %s', (value, ok) => {
    expect(isLastModel(value)).toBe(ok);
  });

  it('accepts null where "none yet" is allowed', () => {
    expect(isLastModelOrNull(null)).toBe(true);
  });
});

describe('remembering the last model', () => {
  // toLoadRequest resolves URLs against the page, as the browser does.
  beforeAll(() => void vi.stubGlobal('location', new URL(PAGE)));
  afterAll(() => void vi.unstubAllGlobals());

  it('keeps a folder by name only, never its files', () => {
    const file = new Blob(['{}']);
    expect(lastModelOf({ kind: 'local', name: 'oracle', files: [{ path: 'config.json', file }] })).toEqual({
      kind: 'local',
      name: 'oracle',
    });
    expect(lastModelOf({ kind: 'hub', id: 'a/b' })).toEqual({ kind: 'hub', id: 'a/b', revision: 'main' });
  });

  it.each<[string, ModelSettings]>([
    ['a hub id with a revision', { ...DEFAULT_SETTINGS, hubId: 'someone/squad-model', revision: 'v2' }],
    ['a ?url= model', { ...DEFAULT_SETTINGS, sourceKind: 'url', baseUrl: ORACLE }],
  ])('%s loads again on the next visit exactly as it loaded', (_what, form) => {
    const loaded = toLoadRequest(form, null);
    const last = JSON.parse(JSON.stringify(lastModelOf(loaded.source))) as unknown; // Through storage.
    expect(isLastModel(last)).toBe(true);
    // The next visit starts from defaults (nothing else saved) and no URL parameters.
    const next = startupSettings(DEFAULT_SETTINGS, last as LastModel, noParams);
    expect(toLoadRequest(next, null).source).toEqual(loaded.source);
  });

  it('pre-selects a remembered folder, which must be picked again before it loads', () => {
    const next = startupSettings(DEFAULT_SETTINGS, { kind: 'local', name: 'oracle' }, noParams);
    expect(next.sourceKind).toBe('local');
    expect(() => toLoadRequest(next, null)).toThrow(/Choose a model folder/);
  });

  it('keeps the saved load options and lets URL parameters win over the remembered model', () => {
    const saved: ModelSettings = { ...DEFAULT_SETTINGS, backend: 'wasm', threads: 2 };
    const last: LastModel = { kind: 'url', baseUrl: ORACLE };
    expect(startupSettings(saved, last, noParams)).toMatchObject({ sourceKind: 'url', baseUrl: ORACLE, backend: 'wasm', threads: 2 });
    const linked = startupSettings(saved, last, parseUrlParams(`${PAGE}?model=other/model&backend=webgpu`));
    expect(linked).toMatchObject({ sourceKind: 'hub', hubId: 'other/model', backend: 'webgpu' });
    // Options alone in the link still change only the options.
    expect(startupSettings(saved, last, parseUrlParams(`${PAGE}?backend=webgpu`))).toMatchObject({ sourceKind: 'url', backend: 'webgpu' });
  });

  it('changes nothing when no model has loaded yet', () => {
    expect(startupSettings(DEFAULT_SETTINGS, null, noParams)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('modelDisplayName', () => {
  it.each<[LastModel, string]>([
    [{ kind: 'hub', id: 'Xenova/distilbert-base-cased-distilled-squad', revision: 'main' }, 'DistilBERT base cased'],
    [
      { kind: 'hub', id: 'Xenova/distilbert-base-cased-distilled-squad', revision: 'v1' },
      'Xenova/distilbert-base-cased-distilled-squad@v1',
    ],
    [{ kind: 'hub', id: 'someone/model', revision: 'main' }, 'someone/model'],
    [{ kind: 'url', baseUrl: ORACLE }, 'oracle'],
    [{ kind: 'url', baseUrl: 'https://models.example/' }, 'models.example'],
    [{ kind: 'url', baseUrl: 'not a url' }, 'not a url'],
    [{ kind: 'local', name: 'my folder' }, 'my folder'],
  ])('%j → %s', (ref, name) => {
    expect(modelDisplayName(ref)).toBe(name);
  });
});
