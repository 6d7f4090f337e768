import { useEffect, useState } from 'react';
import { toQaError, type QaError } from '../../shared/errors';
import type { Capabilities } from '../../shared/protocol';
import { qaClient } from '../../client/worker-client';

export interface CapabilitiesState {
  caps: Capabilities | null;
  error: QaError | null;
}

/** Asks the worker once what this browser offers (WebGPU adapter, isolation, threads). */
export function useCapabilities(): CapabilitiesState {
  const [state, setState] = useState<CapabilitiesState>({ caps: null, error: null });
  useEffect(() => {
    let live = true;
    qaClient.check().then(
      (caps) => live && setState({ caps, error: null }),
      (e) => live && setState({ caps: null, error: toQaError(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
