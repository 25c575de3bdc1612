// Makes the README's first picture (docs/screenshot-map.png): the demo's map coloured by LOK coverage, in
// the province of Antwerpen, with Schilde (no LOK) chosen. Other views can be shot for a look too:
// pnpm exec tsx tests/e2e/readme-map-screenshot.ts [output.png] [query string]
import { join } from 'node:path';
import { repository, startDemoApp } from './demo-app';

const [output = join(repository, 'docs', 'screenshot-map.png'), query = '?view=map&measure=coverage:LOK&province=Antwerpen&node=nis:11039&lang=nl'] =
  process.argv.slice(2);
const { server, browser, close } = await startDemoApp();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}/${query}`);
  await page.waitForSelector('[data-testid="map"] path[data-nis], [data-testid="graph-canvas"][data-ready="true"], .stage-page > *', { state: 'attached', timeout: 30_000 });
  // The notice banner stays in the picture: the demo's networks are illustrative, and the app says so.
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: output });
  console.log(`wrote ${output} for /${query}`);
} finally {
  await close();
}
