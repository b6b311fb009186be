import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { TextDecoder } from 'node:util';

/** A file to import: a path (read twice, streamed), or its content (tests, small files). */
export type ImportSource = { path: string } | { content: Buffer | string; name: string };
export type ImportFormat = 'csv' | 'jsonl';

/** The format a file's extension names (.csv; .jsonl or .ndjson), or null. */
export function formatOf(source: ImportSource): ImportFormat | null {
  const extension = extname('path' in source ? source.path : source.name).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  return null;
}

/** A file that is not text in a supported encoding; `line` is where the first bad byte is. */
export class EncodingProblem extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

const CHUNK = 64 * 1024;

async function* byteChunks(source: ImportSource): AsyncGenerator<Buffer> {
  if ('path' in source) {
    for await (const chunk of createReadStream(source.path, { highWaterMark: CHUNK })) yield chunk as Buffer;
    return;
  }
  const bytes = typeof source.content === 'string' ? Buffer.from(source.content, 'utf8') : source.content;
  for (let start = 0; start < bytes.length; start += CHUNK) yield bytes.subarray(start, start + CHUNK);
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte order mark announces, and its length; UTF-16 without a mark is told by its zero bytes. */
function sniffEncoding(head: Buffer): { encoding: Encoding; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const sample = head.subarray(0, 200);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2) oddZeros++;
    else evenZeros++;
  });
  // ASCII text in UTF-16 has a zero in every other byte; UTF-8 text has none.
  if (sample.length >= 4 && oddZeros > sample.length / 4) return { encoding: 'utf-16le', skip: 0 };
  if (sample.length >= 4 && evenZeros > sample.length / 4) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/** How many leading bytes form whole UTF-8 characters (a character cut by the chunk's end waits for the next). */
function wholeUtf8Length(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The offset of the first byte that does not start a valid UTF-8 character (overlong forms and surrogates included). */
function firstInvalidUtf8(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1]!;
    const secondMin = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const secondMax = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < secondMin || second > secondMax) return index;
    for (let next = 2; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return bytes.length;
}

const countNewlines = (bytes: Buffer, end = bytes.length): number => {
  let count = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < end; index = bytes.indexOf(0x0a, index + 1)) count++;
  return count;
};

/**
 * The file's text, chunk by chunk: UTF-8 (a byte order mark is skipped) or UTF-16 (with or without one).
 * Bytes that are not valid UTF-8 throw an `EncodingProblem` naming their line.
 */
export async function* textChunks(source: ImportSource): AsyncGenerator<string> {
  let encoding: Encoding | null = null;
  let utf16: TextDecoder | null = null;
  let carry = Buffer.alloc(0);
  let line = 1;
  for await (const chunk of byteChunks(source)) {
    let bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    if (!encoding) {
      const sniffed = sniffEncoding(bytes);
      encoding = sniffed.encoding;
      bytes = bytes.subarray(sniffed.skip);
      if (encoding !== 'utf-8') utf16 = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    }
    if (utf16) {
      yield decodeUtf16(utf16, bytes, line, true);
      continue;
    }
    const whole = wholeUtf8Length(bytes);
    carry = Buffer.from(bytes.subarray(whole));
    const complete = bytes.subarray(0, whole);
    yield decodeUtf8(complete, line);
    line += countNewlines(complete);
  }
  if (utf16) yield decodeUtf16(utf16, Buffer.alloc(0), line, false);
  else if (carry.length) yield decodeUtf8(carry, line);
}

function decodeUtf16(decoder: TextDecoder, bytes: Buffer, line: number, more: boolean): string {
  try {
    return decoder.decode(bytes, { stream: more });
  } catch {
    throw new EncodingProblem(line, 'the file looks like UTF-16 but holds an invalid character: save it as UTF-8.');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Buffer, line: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const at = line + countNewlines(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0').toUpperCase();
    throw new EncodingProblem(at, `line ${at} has a byte (0x${byte}) that is not valid UTF-8: save the file as UTF-8 (Excel: "CSV UTF-8").`);
  }
}
