import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount here,
// and start every test with empty storage, as a first visit does.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
