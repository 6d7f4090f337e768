import { useCallback, useEffect, useRef } from 'react';
import { toQaError } from '../../shared/errors';
import { toLoadRequest, type LoadRequest, type LocalSelection, type ModelSettings } from './model-settings';
import { startupParams } from './url-params';
import { demoPage } from '../demo/demo-page';
import { demoSplitFiles } from '../demo/demo-startup';

// A demo page whose weights the builder split for its host: its own model is read back from the parts.
const demoSplit = demoPage.manifest && startupParams.source?.kind === 'url' ? demoSplitFiles(demoPage.manifest) : null;
const demoBase = startupParams.source?.kind === 'url' ? startupParams.source.baseUrl : null;
import type { ModelController } from './use-model';

/**
 * "Load model": turns the form into a request (a bad form fails through the model's error path)
 * and loads it; with ?autoload=1, once at start-up. `beforeLoad` lets the page stop what a new
 * model would leave hanging.
 */
export function useModelLoader(
  form: ModelSettings,
  local: LocalSelection | null,
  model: Pick<ModelController, 'load' | 'fail'>,
  beforeLoad: () => void,
  autoload = startupParams.autoload,
) {
  const { load, fail } = model;
  const before = useRef(beforeLoad);
  before.current = beforeLoad;
  const loadModel = useCallback(() => {
    before.current();
    let request: LoadRequest;
    try {
      request = toLoadRequest(form, local);
      if (demoSplit && request.source.kind === 'url' && request.source.baseUrl === demoBase)
        request = { ...request, source: { ...request.source, split: demoSplit } };
    } catch (e) {
      return fail(toQaError(e));
    }
    load(request);
  }, [form, local, load, fail]);

  // The ref keeps StrictMode's second effect run from reloading.
  const autoloaded = useRef(false);
  useEffect(() => {
    if (!autoload || autoloaded.current) return;
    autoloaded.current = true;
    loadModel();
  }, [autoload, loadModel]);

  return loadModel;
}
