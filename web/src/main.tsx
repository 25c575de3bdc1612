import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient, prefetchInitialView } from './app/query-client';
import { preloadInitialViewCode } from './app/view-modules';
import { readLocation } from './app/use-explorer-state';
import { installTestHooks, testHooksRequested } from './lib/test-hooks';

const root = document.getElementById('root');
if (!root) throw new Error('knooppunt/web: the page has no #root element');
if (testHooksRequested(window.location.search, window.__knooppuntTestHooks)) installTestHooks();
const queryClient = createQueryClient();
const initial = readLocation();
prefetchInitialView(queryClient, initial);
// The build's boot script (boot.ts) asked for it already; under the dev server, which has none, this does.
preloadInitialViewCode(initial);
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
