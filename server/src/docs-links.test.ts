// The user documentation stays whole: every link in docs/ and the README, and every `docs/…` reference in
// the code, names a file that exists and, with `#…`, a heading of that file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  for (const match of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6}\s+(.+)$/gm)) slugs.add(headingSlug(match[1]!));
  return slugs;
}

/** Link targets of a Markdown text, outside code blocks; web addresses left out. */
function markdownLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/i.test(target));
}

/** What is wrong with `target` (a path, optionally with `#anchor`) seen from `fromFile`, or undefined. */
function brokenTarget(fromFile: string, target: string): string | undefined {
  const [path, anchor] = target.split('#') as [string, string | undefined];
  const file = path === '' ? fromFile : resolve(dirname(fromFile), path);
  if (!existsSync(file)) return `${target}: no such file`;
  if (anchor === undefined || !file.endsWith('.md')) return undefined;
  return headingSlugs(readFileSync(file, 'utf8')).has(anchor) ? undefined : `${target}: no heading #${anchor}`;
}

function filesUnder(folder: string, pattern: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((entry) => pattern.test(entry) && !entry.split(/[\\/]/).includes('node_modules'))
    .map((entry) => join(folder, entry));
}

describe('links into the documentation', () => {
  const pages = [join(repository, 'README.md'), ...filesUnder(join(repository, 'docs'), /\.md$/)];

  it('finds the pages and their links (the checks below would pass vacuously without them)', () => {
    expect(pages.length).toBeGreaterThan(8);
    expect(pages.flatMap((page) => markdownLinks(readFileSync(page, 'utf8'))).length).toBeGreaterThan(30);
  });

  it('every link in docs/ and the README points to an existing file and heading', () => {
    const broken = pages.flatMap((page) =>
      markdownLinks(readFileSync(page, 'utf8'))
        .map((target) => brokenTarget(page, target))
        .filter((problem): problem is string => problem !== undefined)
        .map((problem) => `${relative(repository, page)}: ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it('every docs/ reference in the code points to an existing page and heading', () => {
    const sources = ['server/src', 'web/src', 'tests', 'fixtures', 'cypher', 'scripts'].flatMap((folder) =>
      filesUnder(join(repository, folder), /\.(ts|tsx|md|cypher|sh)$/),
    ).filter((file) => file !== fileURLToPath(import.meta.url)); // its own planted examples below
    const references = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bdocs\/[a-z-]+\.md(?:#[\p{L}\p{N}_-]+)?/gu)].map((match) => ({ file, target: match[0] })),
    );
    expect(references.length).toBeGreaterThan(30);
    const broken = references
      .map(({ file, target }) => ({ file, problem: brokenTarget(join(repository, 'README.md'), target) }))
      .filter(({ problem }) => problem !== undefined)
      .map(({ file, problem }) => `${relative(repository, file)}: ${problem}`);
    expect(broken).toEqual([]);
  });

  it('catches a planted broken link and a planted missing heading', () => {
    const readme = join(repository, 'README.md');
    expect(brokenTarget(readme, 'docs/no-such-page.md')).toBe('docs/no-such-page.md: no such file');
    expect(brokenTarget(readme, 'docs/rules.md#no-such-rule')).toBe('docs/rules.md#no-such-rule: no heading #no-such-rule');
    expect(brokenTarget(readme, 'docs/rules.md#gap_no_lok')).toBeUndefined();
    expect(headingSlug('Functions and domains')).toBe('functions-and-domains');
  });
});
