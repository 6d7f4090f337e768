/** What the site's storage holds and may hold, as the browser estimates it (all of the app's data). */
export interface StorageUsage {
  usage: number;
  quota: number;
  /** True once the browser promised not to evict the site's data under storage pressure. */
  persisted: boolean;
}

export async function readUsage(): Promise<StorageUsage | null> {
  try {
    const storage = navigator.storage;
    if (!storage?.estimate) return null;
    const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? false]);
    return { usage, quota, persisted };
  } catch {
    return null;
  }
}

const ASKED_KEY = 'qa-app:library-persist-asked';

/**
 * Asks once, on the first document added, that the browser keep the library under storage
 * pressure (it may grant it silently, prompt, or refuse; the documents are stored either way).
 */
export async function askPersistence(): Promise<void> {
  try {
    if (localStorage.getItem(ASKED_KEY)) return;
    localStorage.setItem(ASKED_KEY, '1');
    await navigator.storage?.persist?.();
  } catch {
    // Storage disabled or the API missing: nothing to ask.
  }
}
