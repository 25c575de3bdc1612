import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from './csv-cell';

describe('CSV cells', () => {
  it.each(['=1+2', '+32 2 555', '-Min', '@SUM(A1)', '\tTab', '\rReturn'])('neutralises %j, which a spreadsheet would read as a formula', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves other text alone', () => {
    expect(neutraliseFormula("'t Kroontje")).toBe("'t Kroontje");
    expect(neutraliseFormula('Sint-Émile = 3')).toBe('Sint-Émile = 3');
  });

  it('keeps numbers and booleans as they are, negative numbers too', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes cells with a comma, quote or line break (RFC 4180), after neutralising', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });
});
