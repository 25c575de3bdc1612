import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadInitialViewCode } from './app/lazy-views';
import { createQueryClient, prefetchInitialView } from './app/query-client';
import { readLocation } from './app/use-explorer-state';
import { installTestHooks, testHooksRequested } from './lib/test-hooks';

const root = document.getElementById('root');
if (!root) throw new Error('knooppunt/web: the page has no #root element');
if (testHooksRequested(window.location.search, window.__knooppuntTestHooks)) installTestHooks();
const queryClient = createQueryClient();
const initial = readLocation();
prefetchInitialView(queryClient, initial);
preloadInitialViewCode(initial);
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
