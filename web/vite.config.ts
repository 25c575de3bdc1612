import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs as its own process in development; the dev server forwards /api to it so the app
// always talks to its own origin, as it does when the server serves the built files.
const apiPort = process.env.KNOOPPUNT_API_PORT ?? '5173';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5174,
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
