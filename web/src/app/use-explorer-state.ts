// The explorer's state, mirrored in the query string: navigation pushes a history entry, settings replace it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseExplorerState, patchExplorerState, serialiseExplorerState, type ExplorerState } from '../lib/explorer-state';
import { DEFAULT_LANG, LANG_TAG, storedLang, storeLang } from '../lib/i18n/lang';

export type UpdateExplorer = (patch: Partial<ExplorerState>, history?: 'push' | 'replace') => void;

export function readLocation(): ExplorerState {
  return parseExplorerState(window.location.search, storedLang() ?? DEFAULT_LANG);
}

export function useExplorerState(): [ExplorerState, UpdateExplorer] {
  const [state, setState] = useState(readLocation);
  const current = useRef(state);

  useEffect(() => {
    // Normalise the address on load, so a copied link always carries the full view.
    window.history.replaceState(window.history.state, '', serialiseExplorerState(current.current));
    const onPopState = () => {
      current.current = readLocation();
      setState(current.current);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    document.documentElement.lang = LANG_TAG[state.lang];
    storeLang(state.lang);
  }, [state.lang]);

  const update = useCallback<UpdateExplorer>((patch, mode = 'replace') => {
    const next = patchExplorerState(current.current, patch);
    current.current = next;
    const url = serialiseExplorerState(next);
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
    setState(next);
  }, []);

  return [state, update];
}
