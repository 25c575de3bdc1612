// The application root: data client, language and the explorer.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider } from '../lib/i18n/i18n';
import { Explorer } from './Explorer';
import { useExplorerState } from './use-explorer-state';

export function App({ queryClient }: { queryClient: QueryClient }) {
  const [state, update] = useExplorerState();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={state.lang}>
        <Explorer state={state} update={update} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
