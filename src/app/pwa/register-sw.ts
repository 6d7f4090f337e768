import { registerSW } from 'virtual:pwa-register';

type Listener = () => void;

/**
 * Service-worker lifecycle for the page. Two jobs:
 * - cross-origin isolation on static hosts that cannot send COOP/COEP: the worker adds the headers,
 *   so the first time it takes control of a non-isolated page we reload once into isolation;
 * - updates: a new version waits until the user chooses to reload (never in the middle of a question).
 */
let needRefresh = false;
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();
const RELOAD_FLAG = 'coi-reload-attempted';

export function startServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only once per tab session: if isolation still fails (e.g. a browser that ignores it), we stay
    // on one thread instead of reloading forever.
    if (crossOriginIsolated || sessionStorage.getItem(RELOAD_FLAG)) return;
    sessionStorage.setItem(RELOAD_FLAG, '1');
    location.reload();
  });
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      needRefresh = true;
      listeners.forEach((l) => l());
    },
  });
}

export function updateAvailable(): boolean {
  return needRefresh;
}

export function onUpdateAvailable(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting service worker and reloads into the new version. */
export function reloadIntoUpdate(): void {
  void applyUpdate?.(true);
}

/** How the page got (or did not get) cross-origin isolation, for the capabilities line. */
export function isolationMode(): 'server headers' | 'service worker' | 'not isolated' {
  if (!crossOriginIsolated) return 'not isolated';
  return navigator.serviceWorker?.controller ? 'service worker' : 'server headers';
}
