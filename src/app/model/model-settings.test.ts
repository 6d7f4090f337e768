import { describe, expect, it } from 'vitest';
import { DTYPE_CHOICES } from '../../shared/model-formats';
import { DEFAULT_SETTINGS, isModelSettings, requestKey, toLoadRequest, type ModelSettings } from './model-settings';
import { parseUrlParams } from './url-params';

const settings = (patch: Partial<ModelSettings>): ModelSettings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('toLoadRequest', () => {
  it.each([
    [settings({ hubId: '  ' }), /Enter a Hugging Face model id/],
    [settings({ sourceKind: 'url', baseUrl: '' }), /Enter the base URL/],
    [settings({ sourceKind: 'url', baseUrl: 'http://[::1' }), /not a valid web address/],
    [settings({ sourceKind: 'local' }), /Choose a model folder/],
  ])('throws INPUT_INVALID for what the user must fix (%#)', (form, message) => {
    expect(() => toLoadRequest(form, null)).toThrow(message);
    expect(() => toLoadRequest(form, null)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });

  it('builds a request with the revision defaulted and the options carried', () => {
    const request = toLoadRequest(settings({ hubId: ' a/b ', revision: '', backend: 'wasm', threads: 2, dtype: 'fp32' }), null);
    expect(request).toEqual({
      source: { kind: 'hub', id: 'a/b', revision: 'main' },
      options: { backend: 'wasm', threads: 2, dtype: 'fp32' },
    });
  });

  it('keys a load by source and options, local files by path and size', () => {
    const file = (path: string, size: number) => ({ path, file: new Blob([new Uint8Array(size)]) });
    const local = (files: ReturnType<typeof file>[]) => toLoadRequest(settings({ sourceKind: 'local' }), { name: 'm', files });
    expect(requestKey(local([file('m/config.json', 3)]))).toBe(requestKey(local([file('m/config.json', 3)])));
    expect(requestKey(local([file('m/config.json', 3)]))).not.toBe(requestKey(local([file('m/config.json', 4)])));
    const hub = toLoadRequest(DEFAULT_SETTINGS, null);
    expect(requestKey(hub)).not.toBe(requestKey({ ...hub, options: { ...hub.options, threads: 1 } }));
  });
});

describe('the backend and dtype lists come from one table', () => {
  it('saved settings accept every listed dtype and backend, and nothing else', () => {
    for (const dtype of DTYPE_CHOICES) expect(isModelSettings(settings({ dtype }))).toBe(true);
    expect(isModelSettings({ ...DEFAULT_SETTINGS, dtype: 'q2' })).toBe(false);
    expect(isModelSettings({ ...DEFAULT_SETTINGS, backend: 'webgl' })).toBe(false);
  });

  it('URL parameters accept the same values and name the allowed ones otherwise', () => {
    expect(parseUrlParams('http://x/?dtype=Q4F16&backend=WASM')).toMatchObject({ dtype: 'q4f16', backend: 'wasm', problems: [] });
    const bad = parseUrlParams('http://x/?dtype=q2');
    expect(bad.dtype).toBeNull();
    expect(bad.problems).toEqual([`Ignored ?dtype=q2: expected one of ${DTYPE_CHOICES.join(', ')}.`]);
  });

  it('resolves ?example= against the page, and says when it is not an address', () => {
    expect(parseUrlParams('http://x/app/?example=demo/example.json').example).toBe('http://x/app/demo/example.json');
    expect(parseUrlParams('http://x/app/').example).toBeNull();
    const bad = parseUrlParams('http://x/?example=http://[bad');
    expect(bad.example).toBeNull();
    expect(bad.problems).toEqual(['Ignored ?example=http://[bad: not a valid address.']);
  });
});
