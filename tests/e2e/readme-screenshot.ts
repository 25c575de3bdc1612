// Makes the README's screenshot (docs/screenshot-zone.png): the demo data, one zone, in headless Chromium.
// Run after building the web app: pnpm exec tsx tests/e2e/readme-screenshot.ts [zone id] [output.png] [graph|table|split] [selected node]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKnooppunt } from '@knooppunt/server/serve';
import { launchBrowser } from './browser';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const [zone = 'zone:noord-antwerpen', output = join(repository, 'docs', 'screenshot-zone.png'), view = 'split', node] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-screenshot-'));
const server = await startKnooppunt({
  port: 0,
  dataDir,
  seedFrom: join(repository, 'fixtures', 'demo'),
  webDist: join(repository, 'web', 'dist'),
  centroidsFile: join(repository, 'fixtures', 'geo', 'municipality-centroids.csv'),
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const selection = node === undefined ? '' : `&node=${encodeURIComponent(node)}`;
  await page.goto(`${server.url}/?zone=${encodeURIComponent(zone)}&view=${view}${selection}`);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
