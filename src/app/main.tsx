import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './common/ErrorBoundary';
import { startServiceWorker } from './pwa/register-sw';
// Styles are linked from index.html, not imported here: see the note there (Content Security Policy).

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

startServiceWorker();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area="The app">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
