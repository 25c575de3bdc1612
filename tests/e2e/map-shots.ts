// Screenshots of the map for a person to look at (not a test): pnpm exec tsx tests/e2e/map-shots.ts <folder> [query ...]
import { join } from 'node:path';
import { startDemoApp } from './demo-app';

const [folder = '/tmp', ...queries] = process.argv.slice(2);
const { server, browser, close } = await startDemoApp();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  for (const [index, query] of (queries.length > 0 ? queries : ['']).entries()) {
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('[data-testid="map"] path[data-nis], [data-testid="graph-canvas"], .stage-page', { timeout: 30_000 });
    await page.waitForTimeout(800);
    const output = join(folder, `map-${index}.png`);
    await page.screenshot({ path: output });
    console.log(`wrote ${output} for /${query}`);
  }
} finally {
  await close();
}
