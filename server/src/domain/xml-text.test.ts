import { describe, expect, it } from 'vitest';
import { xmlText } from './xml-text';

describe('XML text', () => {
  it('escapes markup characters and keeps the rest of Unicode', () => {
    expect(xmlText('Tom & "Jerry" <b>')).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    expect(xmlText("'t Kroontje — Sint-Émile 😀")).toBe("'t Kroontje — Sint-Émile 😀");
  });

  it('writes tab, line feed and carriage return as references, so attributes keep them', () => {
    expect(xmlText('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('replaces what XML 1.0 cannot carry at all by U+FFFD', () => {
    expect(xmlText('a\u0000b\u0008c\u000bd\u001fe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlText('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
    expect(xmlText('lone \uD83D and \uDE00 halves')).toBe('lone \uFFFD and \uFFFD halves');
    expect(xmlText('pair \uD83D\uDE00')).toBe('pair 😀');
  });
});
