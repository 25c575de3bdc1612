// Makes the README's screenshot (docs/screenshot-zone.png): the demo data, one zone, in headless Chromium.
// Run after building the web app: pnpm exec tsx tests/e2e/readme-screenshot.ts [zone id] [output.png] [graph|table|split] [selected node]
import { join } from 'node:path';
import { graphReady, repository, startDemoApp } from './demo-app';

const [zone = 'zone:noord-antwerpen', output = join(repository, 'docs', 'screenshot-zone.png'), view = 'split', node] = process.argv.slice(2);
const { server, browser, close } = await startDemoApp();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const selection = node === undefined ? '' : `&node=${encodeURIComponent(node)}`;
  await page.goto(`${server.url}/?zone=${encodeURIComponent(zone)}&view=${view}${selection}`);
  await graphReady(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await close();
}
