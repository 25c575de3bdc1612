// The page's first script, a few kilobytes, run before the app's bundle (main.tsx) has been parsed: a page
// opened on a graph starts loading the graph view's code (Cytoscape among it, 430 kB) now rather than when the
// app starts, about 200 ms later on a two-core machine, so its download and compile overlap the app's; and it
// asks for the graph's data, which the app then takes instead of asking again (lib/early-requests.ts).
import { parseExplorerState } from './lib/explorer-state';
import { DEFAULT_LANG, storedLang } from './lib/i18n/lang';
import { preloadInitialViewCode } from './app/view-modules';
import { requestInitialData } from './app/initial-data';

const state = parseExplorerState(window.location.search, storedLang() ?? DEFAULT_LANG);
preloadInitialViewCode(state);
requestInitialData(state);
