// The baseline of docs/performance.md: a plain Node HTTP server that sends the same bytes as Knooppunt's cached
// answers from memory, with nothing else to do. Reads "path<TAB>url" lines on stdin (the answers to
// copy from the running Knooppunt server), fetches each once, plain and gzipped, then prints
// "listening <url>".
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';

const sources = (await text(process.stdin)).split('\n').filter((line) => line !== '');
const answers = new Map<string, { plain: Buffer; gzip: Buffer }>();
for (const source of sources) {
  const [path, url] = source.split('\t') as [string, string];
  const plain = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
  answers.set(path, { plain, gzip: gzipSync(plain, { level: 6 }) });
}

const server = createServer((request, response) => {
  const answer = answers.get(request.url ?? '');
  if (answer === undefined) {
    response.writeHead(404).end();
    return;
  }
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = gzip ? answer.gzip : answer.plain;
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.byteLength), ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
