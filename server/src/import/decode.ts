// Bytes of one file to text, refusing what would otherwise import as garbage: a BOM, UTF-16, binary
// content (a spreadsheet renamed to .csv) and bytes that are not UTF-8 (a Windows-1252 export).
import type { ImportError } from '../domain/import-error';

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const BINARY = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte++) {
  if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) BINARY[byte] = 1;
}
BINARY[0x7f] = 1;

/**
 * Binary formats (spreadsheets, zips, images, UTF-16) show control bytes within their first kilobytes,
 * so only the head is scanned for them; NUL, which no text holds, is looked for everywhere (natively).
 */
const BINARY_HEAD = 64 * 1024;

function firstBinaryByte(bytes: Uint8Array): number {
  const head = Math.min(bytes.length, BINARY_HEAD);
  for (let i = 0; i < head; i++) if (BINARY[bytes[i] ?? 0] === 1) return i;
  return bytes.indexOf(0, head);
}

/**
 * A file becomes one JavaScript string, and V8's strings end at 2^29 - 24 UTF-16 units; UTF-8 never
 * decodes to more units than it has bytes, so any file up to this size fits.
 */
export const MAX_TEXT_BYTES = 2 ** 29 - 24;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line of the byte at `offset`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const second = bytes[i + 1];
    let size: number;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) size = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) size = 4;
    else return i;
    if (!isContinuation(second)) return i;
    const s = second ?? 0;
    // Overlong encodings, UTF-16 surrogates and code points past U+10FFFF show in the second byte.
    if ((lead === 0xe0 && s < 0xa0) || (lead === 0xed && s > 0x9f)) return i;
    if ((lead === 0xf0 && s < 0x90) || (lead === 0xf4 && s > 0x8f)) return i;
    for (let k = 2; k < size; k++) if (!isContinuation(bytes[i + k])) return i;
    i += size;
  }
  return -1;
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The text of a file, or undefined after pushing the reason it cannot be read. `kind` names what the
 * file should have been (`CSV`, `JSON`) in the message about binary content.
 */
export function decodeText(file: string, bytes: Uint8Array, kind: string, errors: ImportError[], maxBytes = MAX_TEXT_BYTES): string | undefined {
  const fail = (line: number, message: string): undefined => {
    errors.push({ file, line, column: '', message });
    return undefined;
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail(1, 'the file starts with a byte order mark (BOM): save it as UTF-8 without BOM');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 'the file is UTF-16 (it starts with a byte order mark): save it as UTF-8 without BOM');
  }
  const binary = firstBinaryByte(bytes);
  if (binary >= 0) {
    return fail(lineOfByte(bytes, binary), `not a ${kind} file (binary content, byte ${hex(bytes[binary] ?? 0)})`);
  }
  if (bytes.length > maxBytes) {
    return fail(0, `too large to read (${bytes.length.toLocaleString('en')} bytes; a file can hold at most ${maxBytes.toLocaleString('en')})`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset] ?? 0;
    return fail(
      lineOfByte(bytes, offset),
      `not valid UTF-8 (byte ${hex(byte)}, perhaps Windows-1252 or Latin-1): save the file as UTF-8`,
    );
  }
}
