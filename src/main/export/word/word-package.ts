import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

// A Word document is a zip file. docx zips with fflate in JavaScript, which for a 40 MB
// document.xml takes seconds; here a package docx made is opened, one part is replaced by data
// that arrives in pieces, and the zip is written again with the native zlib. Only what docx
// writes is read: no zip64, no encryption, every entry stored or deflated.

export interface ZipEntry {
  name: string;
  method: number;
  /** MS-DOS time and date, copied from docx's entry. */
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The entry's data exactly as in the zip: deflated unless method is 0. */
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The entries of a zip file, in its central directory's order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const v = view(bytes);
  let end = bytes.length - 22;
  while (end >= 0 && v.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('zip: no end of central directory');
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (v.getUint32(at, true) !== CENTRAL) throw new Error('zip: bad central directory');
    const nameLength = v.getUint16(at + 28, true);
    const local = v.getUint32(at + 42, true);
    if (v.getUint32(local, true) !== LOCAL) throw new Error('zip: bad local header');
    const compressed = v.getUint32(at + 20, true);
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      time: v.getUint16(at + 12, true),
      date: v.getUint16(at + 14, true),
      crc: v.getUint32(at + 16, true),
      size: v.getUint32(at + 24, true),
      data: bytes.subarray(start, start + compressed),
    });
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's content. */
export function entryText(entry: ZipEntry): string {
  const raw = entry.method === 0 ? entry.data : inflateRawSync(entry.data);
  return new TextDecoder().decode(raw);
}

/**
 * Deflates a part that arrives in pieces, without ever holding it whole: each piece is deflated
 * on its own and ends on a byte boundary (a sync flush), so the pieces together are one valid
 * DEFLATE stream; the last piece ends it. Only the compressed pieces are kept.
 */
/**
 * Level 3 deflates a 38 MB document.xml in half the time of the default 6, for a file about 4 %
 * larger (6.7 MB instead of 6.4 MB for the 30,000 findings).
 */
const DEFLATE_LEVEL = 3;

export class PartDeflater {
  private readonly chunks: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  private readonly encoder = new TextEncoder();

  add(text: string): void {
    this.addBytes(this.encoder.encode(text));
  }

  addBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.chunks.push(
      deflateRawSync(bytes, {
        level: DEFLATE_LEVEL,
        memLevel: 9,
        finishFlush: constants.Z_SYNC_FLUSH,
      }),
    );
  }

  /** The finished entry's compressed data, CRC and size. */
  finish(): { data: Uint8Array[]; crc: number; size: number } {
    // An empty final block ends the stream.
    this.chunks.push(deflateRawSync(new Uint8Array(0), { finishFlush: constants.Z_FINISH }));
    return { data: this.chunks, crc: this.crc >>> 0, size: this.size };
  }
}

interface WriteEntry {
  name: string;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array[];
}

/** Writes a zip file of the entries in the order given. */
export function writeZip(entries: WriteEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const lengths = entries.map((e) => e.data.reduce((n, d) => n + d.length, 0));
  const localSize = entries.reduce(
    (n, _, i) => n + 30 + (names[i]?.length ?? 0) + (lengths[i] ?? 0),
    0,
  );
  const centralSize = entries.reduce((n, _, i) => n + 46 + (names[i]?.length ?? 0), 0);
  if (localSize + centralSize + 22 > 0xffffffff || entries.length > 0xffff)
    throw new Error('zip: too large');
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = view(out);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array(0);
    offsets.push(at);
    v.setUint32(at, LOCAL, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 0, true);
    v.setUint16(at + 8, e.method, true);
    v.setUint16(at + 10, e.time, true);
    v.setUint16(at + 12, e.date, true);
    v.setUint32(at + 14, e.crc, true);
    v.setUint32(at + 18, lengths[i] ?? 0, true);
    v.setUint32(at + 22, e.size, true);
    v.setUint16(at + 26, name.length, true);
    v.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    at += 30 + name.length;
    for (const d of e.data) {
      out.set(d, at);
      at += d.length;
    }
  });
  const central = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array(0);
    v.setUint32(at, CENTRAL, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 20, true);
    v.setUint16(at + 8, 0, true);
    v.setUint16(at + 10, e.method, true);
    v.setUint16(at + 12, e.time, true);
    v.setUint16(at + 14, e.date, true);
    v.setUint32(at + 16, e.crc, true);
    v.setUint32(at + 20, lengths[i] ?? 0, true);
    v.setUint32(at + 24, e.size, true);
    v.setUint16(at + 28, name.length, true);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    v.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  v.setUint32(at, END, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, at - central, true);
  v.setUint32(at + 16, central, true);
  return out;
}

/**
 * The package docx made with one part replaced by `part`, which writes that part's content in
 * pieces. [Content_Types].xml goes first, as Word itself writes it; the other parts keep docx's
 * order and docx's compressed data.
 */
export function replacePart(
  zip: Uint8Array,
  name: string,
  part: (original: ZipEntry, deflater: PartDeflater) => void,
): Uint8Array {
  const entries = readZip(zip);
  const original = entries.find((e) => e.name === name);
  if (!original) throw new Error(`zip: no ${name}`);
  const deflater = new PartDeflater();
  part(original, deflater);
  const replaced = deflater.finish();
  const types = '[Content_Types].xml';
  const ordered = [
    ...entries.filter((e) => e.name === types),
    ...entries.filter((e) => e.name !== types),
  ];
  return writeZip(
    ordered.map((e) =>
      e.name === name
        ? {
            name: e.name,
            method: 8,
            time: e.time,
            date: e.date,
            crc: replaced.crc,
            size: replaced.size,
            data: replaced.data,
          }
        : {
            name: e.name,
            method: e.method,
            time: e.time,
            date: e.date,
            crc: e.crc,
            size: e.size,
            data: [e.data],
          },
    ),
  );
}
