import { strFromU8, unzipSync, Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';

// A Word document is a zip file. docx deflates with fflate in JavaScript, which for a 40 MB
// document.xml takes seconds; here the package docx made is opened, one part is replaced by
// data that arrives in pieces, and the zip is written again. fflate reads and writes the zip
// container; the data is deflated by Node's native zlib, through fflate's interface for an
// entry that compresses itself.

/**
 * Level 3 deflates a 38 MB document.xml in half the time of the default 6, for a file about 4 %
 * larger (6.7 MB instead of 6.4 MB for the 30,000 findings).
 */
const DEFLATE_LEVEL = 3;

/**
 * A zip entry deflated as its content arrives, without ever holding it whole: each piece is
 * deflated on its own and ends on a byte boundary (a sync flush), so the pieces together are one
 * valid DEFLATE stream; the last piece ends it. Each compressed piece goes straight to the zip.
 */
export class PartDeflater implements ZipInputFile {
  readonly compression = 8;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;
  private readonly encoder = new TextEncoder();

  constructor(
    readonly filename: string,
    /** The entry's modification time, as docx writes it: the moment the package is made. */
    readonly mtime: Date,
  ) {}

  add(text: string): void {
    this.addBytes(this.encoder.encode(text));
  }

  addBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.emit(
      deflateRawSync(bytes, {
        level: DEFLATE_LEVEL,
        memLevel: 9,
        finishFlush: constants.Z_SYNC_FLUSH,
      }),
      false,
    );
  }

  /** Ends the entry; fflate writes its CRC and size once this is called. */
  finish(): void {
    this.crc >>>= 0;
    // An empty final block ends the stream.
    this.emit(deflateRawSync(new Uint8Array(0), { finishFlush: constants.Z_FINISH }), true);
  }

  private emit(chunk: Buffer, final: boolean): void {
    if (!this.ondata) throw new Error('zip: entry not added to a zip');
    // zlib's output is a Buffer over a plain ArrayBuffer, never a shared one.
    const bytes = new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength);
    this.ondata(null, bytes, final);
  }
}

/** A zip written in memory: the pieces fflate hands over, joined once it ends. */
function zipWriter(): { zip: Zip; bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    chunks.push(chunk);
    if (final) done = true;
  });
  return {
    zip,
    bytes: () => {
      if (!done) throw new Error('zip: not finished');
      const size = chunks.reduce((n, c) => n + c.length, 0);
      // fflate writes no zip64: past 4 GB its offsets would silently wrap.
      if (size > 0xffffffff) throw new Error('zip: too large');
      const out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },
  };
}

/**
 * The package docx made with one part replaced by `part`, which gets that part's original text
 * and writes the new content in pieces. [Content_Types].xml goes first, as Word itself writes it;
 * the other parts keep docx's order and content.
 */
export function replacePart(
  pkg: Uint8Array,
  name: string,
  part: (originalText: string, deflater: PartDeflater) => void,
): Uint8Array {
  const files = Object.entries(unzipSync(pkg));
  const original = files.find(([n]) => n === name);
  if (!original) throw new Error(`zip: no ${name}`);
  const types = '[Content_Types].xml';
  const ordered = [...files.filter(([n]) => n === types), ...files.filter(([n]) => n !== types)];
  const mtime = new Date();
  const { zip, bytes } = zipWriter();
  for (const [entryName, data] of ordered) {
    const entry = new PartDeflater(entryName, mtime);
    zip.add(entry);
    if (entryName === name) part(strFromU8(original[1]), entry);
    else entry.addBytes(data);
    entry.finish();
  }
  zip.end();
  return bytes();
}
