// Text for XML 1.0 documents (the GraphML and GEXF exports, the web app's SVG of the graph view), usable
// in element content and in double-quoted attributes.

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this finds
const NEEDS_WORK = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Characters XML 1.0 forbids even as character references (most C0 controls, U+FFFE, U+FFFF, unpaired
 * surrogates) cannot be carried at all: they become U+FFFD, so the document stays well-formed and the
 * loss stays visible.
 */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this removes
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Tab, line feed and carriage return as references: a parser would turn them into spaces inside an attribute. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** @example xmlText('Tom & "Jerry"\n') // → 'Tom &amp; &quot;Jerry&quot;&#10;' */
export function xmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"\t\n\r]/g, (character) => ESCAPES[character]!);
}
