import type { Capabilities } from '../../shared/protocol';
import { isolationMode } from '../pwa/register-sw';

/** One line on what the browser offers, so fallbacks are never a surprise. */
export function CapabilitiesLine({ caps }: { caps: Capabilities }) {
  return (
    <ul className="caps" aria-label="This browser">
      {caps.webgpu ? (
        <li>
          <span className="caps-key">WebGPU</span> {caps.webgpuAdapter || 'available'}
          {caps.shaderF16 ? ' (fp16)' : ''}
        </li>
      ) : (
        <li>No WebGPU</li>
      )}
      <li>
        <span className="caps-key">Cross-origin isolated</span>{' '}
        <span data-testid="isolation-mode">{caps.crossOriginIsolated ? `yes, via ${isolationMode()}` : 'no: WASM runs on one thread'}</span>
      </li>
      <li>
        <span className="caps-key">CPU threads</span> {caps.maxThreads}
      </li>
    </ul>
  );
}
