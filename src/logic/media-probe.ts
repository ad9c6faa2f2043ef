/**
 * What a file is, read from its bytes before anyone tries to play it: the container and the video codec
 * (ISO-BMFF boxes for MP4/MOV, RIFF chunks for AVI, EBML elements for WebM/Matroska) or the image format
 * (magic bytes). Only headers are read; the browser alone decides what it can decode.
 */

/** Random access to a file's bytes: a Blob in the page, a Uint8Array in tests. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

export type MediaProbe =
  | { kind: 'image'; format: string; truncated: boolean }
  /** `codec`: ffmpeg's name for the first video track's codec (see CODECS), or the raw tag when unknown. */
  | { kind: 'video'; container: string; codec?: string; truncated: boolean; noVideoTrack?: boolean }
  | { kind: 'other'; text: boolean };

/** Sample-entry and handler tags → ffmpeg's codec name (what `convertedFrom` and ffprobe say). */
const CODEC_TAGS: Record<string, string> = {
  avc1: 'h264', avc3: 'h264', h264: 'h264', x264: 'h264',
  hvc1: 'hevc', hev1: 'hevc', dvh1: 'hevc', dvhe: 'hevc', hevc: 'hevc', h265: 'hevc',
  mp4v: 'mpeg4', xvid: 'mpeg4', divx: 'mpeg4', dx50: 'mpeg4', fmp4: 'mpeg4',
  div3: 'msmpeg4v3', mp43: 'msmpeg4v3',
  av01: 'av1', vp09: 'vp9', vp08: 'vp8',
  mjpg: 'mjpeg', jpeg: 'mjpeg', mjpa: 'mjpeg', mjpb: 'mjpeg',
  s263: 'h263', h263: 'h263',
  apcn: 'prores', apch: 'prores', apcs: 'prores', apco: 'prores', ap4h: 'prores',
  cvid: 'cinepak', wmv3: 'wmv3', wvc1: 'vc1',
};

/** Matroska CodecID → ffmpeg's codec name. */
const MATROSKA_CODECS: Record<string, string> = {
  'V_MPEG4/ISO/AVC': 'h264',
  'V_MPEGH/ISO/HEVC': 'hevc',
  'V_MPEG4/ISO/ASP': 'mpeg4',
  'V_MPEG4/ISO/SP': 'mpeg4',
  V_VP8: 'vp8',
  V_VP9: 'vp9',
  V_AV1: 'av1',
  V_THEORA: 'theora',
  V_MJPEG: 'mjpeg',
  'V_MS/VFW/FOURCC': 'vfw',
};

/** Display names of the codecs; a codec not listed is shown by its id. */
export const CODEC_NAMES: Record<string, string> = {
  h264: 'H.264 (AVC)',
  hevc: 'HEVC (H.265)',
  mpeg4: 'MPEG-4 Part 2',
  msmpeg4v3: 'MPEG-4 Part 2 (Microsoft)',
  av1: 'AV1',
  vp8: 'VP8',
  vp9: 'VP9',
  mjpeg: 'Motion JPEG',
  h263: 'H.263',
  prores: 'Apple ProRes',
  theora: 'Theora',
};

export function codecName(codec: string): string {
  return CODEC_NAMES[codec] ?? codec;
}

/** Reads enough of the file to tell what it is. */
export async function probeMedia(source: ByteSource): Promise<MediaProbe> {
  const head = await source.read(0, 64 * 1024);
  const tag = (offset: number) => ascii(head, offset, 4);
  if (head.length >= 12 && tag(4) === 'ftyp') return probeIsoBmff(source, head);
  if (head.length >= 12 && tag(0) === 'RIFF' && tag(8) === 'AVI ') return probeAvi(head, source.size);
  if (head.length >= 4 && readUint(head, 0, 4) === 0x1a45dfa3) return probeMatroska(await source.read(0, 1024 * 1024), source.size);
  const image = imageFormat(head);
  if (image) return { kind: 'image', format: image, truncated: imageTruncated(image, await source.read(Math.max(0, source.size - 12), 12)) };
  const other = otherContainer(head);
  if (other) return { kind: 'video', container: other, truncated: false };
  return { kind: 'other', text: looksLikeText(head) };
}

function imageFormat(b: Uint8Array): string | undefined {
  if (starts(b, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (ascii(b, 0, 4) === 'GIF8') return 'GIF';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'WebP';
  if (ascii(b, 0, 2) === 'BM' && b.length >= 14) return 'BMP';
  if (starts(b, [0x49, 0x49, 0x2a, 0x00]) || starts(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (starts(b, [0xff, 0x0a]) || (ascii(b, 4, 4) === 'JXL ' && readUint(b, 0, 4) === 12)) return 'JPEG XL';
  return undefined;
}

/** Only where the format has a fixed ending: JPEG's end-of-image marker, PNG's IEND chunk. */
function imageTruncated(format: string, tail: Uint8Array): boolean {
  if (format === 'JPEG') return !tail.some((v, i) => v === 0xff && tail[i + 1] === 0xd9);
  if (format === 'PNG') return ascii(tail, tail.length - 8, 4) !== 'IEND';
  return false;
}

function otherContainer(b: Uint8Array): string | undefined {
  if (ascii(b, 0, 4) === 'OggS') return 'Ogg';
  if (ascii(b, 0, 3) === 'FLV') return 'FLV';
  if (starts(b, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11])) return 'ASF (WMV)';
  if (starts(b, [0x00, 0x00, 0x01, 0xba])) return 'MPEG-PS';
  if (b.length >= 377 && b[0] === 0x47 && b[188] === 0x47 && b[376] === 0x47) return 'MPEG-TS';
  return undefined;
}

/** Printable UTF-8 or ASCII: no control bytes other than tab, newline and carriage return. */
function looksLikeText(b: Uint8Array): boolean {
  const sample = b.subarray(0, 512);
  return sample.length > 0 && sample.every((v) => v >= 0x20 || v === 0x09 || v === 0x0a || v === 0x0d);
}

function video(container: string, codec: string | undefined, truncated: boolean): MediaProbe {
  return codec === undefined ? { kind: 'video', container, truncated, noVideoTrack: true } : { kind: 'video', container, codec, truncated };
}

// ISO-BMFF (MP4, MOV, 3GP, HEIF, AVIF)

interface Box {
  type: string;
  /** Offset of the payload, after the header. */
  start: number;
  end: number;
}

/** The boxes inside `b` from `offset` to `end`; a box running past `end` is cut there (see probeIsoBmff). */
export function boxes(b: Uint8Array, offset = 0, end = b.length): Box[] {
  const found: Box[] = [];
  while (offset + 8 <= end) {
    const header = boxHeader(b, offset, end);
    if (!header) break;
    found.push({ type: header.type, start: offset + header.headerSize, end: Math.min(offset + header.size, end) });
    offset += header.size;
  }
  return found;
}

function boxHeader(b: Uint8Array, offset: number, end: number): { type: string; size: number; headerSize: number } | undefined {
  let size = readUint(b, offset, 4);
  const type = ascii(b, offset + 4, 4);
  let headerSize = 8;
  if (size === 1) {
    if (offset + 16 > b.length) return undefined;
    size = readUint(b, offset + 8, 8);
    headerSize = 16;
  } else if (size === 0) {
    size = end - offset;
  }
  return size < headerSize ? undefined : { type, size, headerSize };
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

async function probeIsoBmff(source: ByteSource, head: Uint8Array): Promise<MediaProbe> {
  const ftyp = boxes(head, 0, Math.min(head.length, readUint(head, 0, 4)))[0];
  if (!ftyp) return { kind: 'other', text: false };
  const brands = [ascii(head, ftyp.start, 4)];
  for (let o = ftyp.start + 8; o + 4 <= ftyp.end; o += 4) brands.push(ascii(head, o, 4));
  if (brands.includes('avif') || brands.includes('avis')) return { kind: 'image', format: 'AVIF', truncated: false };
  if (HEIF_BRANDS.has(brands[0])) return { kind: 'image', format: brands[0] === 'mif1' || brands[0] === 'msf1' ? 'HEIF' : 'HEIC', truncated: false };
  const container = brands[0] === 'qt  ' ? 'MOV' : brands[0].startsWith('3g') ? '3GP' : 'MP4';
  // Walk the top-level boxes by their headers only: moov may come after a large mdat.
  let offset = 0;
  let truncated = false;
  let moov: Uint8Array | undefined;
  while (offset + 8 <= source.size) {
    const bytes = await source.read(offset, 16);
    const header = boxHeader(bytes, 0, source.size - offset);
    if (!header) break;
    if (offset + header.size > source.size) truncated = true;
    if (header.type === 'moov') moov = await source.read(offset, Math.min(header.size, source.size - offset));
    offset += header.size;
  }
  if (!moov) return { kind: 'video', container, truncated: true };
  return video(container, videoSampleEntry(moov), truncated);
}

/** moov → trak (handler `vide`) → mdia → minf → stbl → stsd: the first sample entry's tag. */
export function videoSampleEntry(moov: Uint8Array): string | undefined {
  const child = (parent: Box, type: string) => boxes(moov, parent.start, parent.end).find((c) => c.type === type);
  const root = boxes(moov)[0];
  if (!root) return undefined;
  for (const trak of boxes(moov, root.start, root.end).filter((c) => c.type === 'trak')) {
    const mdia = child(trak, 'mdia');
    const hdlr = mdia && child(mdia, 'hdlr');
    // Full box: version and flags, pre_defined, then the handler type.
    if (!hdlr || ascii(moov, hdlr.start + 8, 4) !== 'vide') continue;
    const minf = child(mdia, 'minf');
    const stbl = minf && child(minf, 'stbl');
    const stsd = stbl && child(stbl, 'stsd');
    // Full box, entry count, then the first entry's size and tag.
    if (!stsd || stsd.start + 16 > stsd.end) continue;
    return codecFromTag(ascii(moov, stsd.start + 12, 4));
  }
  return undefined;
}

function codecFromTag(tag: string): string {
  return CODEC_TAGS[tag.toLowerCase()] ?? tag.trim();
}

// RIFF (AVI)

/** RIFF chunks are little-endian and padded to an even size; LIST chunks hold a type and subchunks. */
function probeAvi(head: Uint8Array, size: number): MediaProbe {
  const truncated = readUintLE(head, 4) + 8 > size;
  return video('AVI', aviVideoCodec(head, 12, head.length), truncated);
}

/** hdrl → strl: the stream header `strh` of type `vids`, its format `strf` (BITMAPINFOHEADER.biCompression). */
function aviVideoCodec(b: Uint8Array, offset: number, end: number): string | undefined {
  while (offset + 8 <= end) {
    const id = ascii(b, offset, 4);
    const size = readUintLE(b, offset + 4);
    const start = offset + 8;
    if (id === 'LIST') {
      const listType = ascii(b, start, 4);
      if (listType === 'movi') return undefined;
      if (listType === 'hdrl' || listType === 'strl') {
        const found = listType === 'strl' ? strlCodec(b, start + 4, Math.min(start + size, end)) : aviVideoCodec(b, start + 4, Math.min(start + size, end));
        if (found) return found;
      }
    }
    offset = start + size + (size % 2);
  }
  return undefined;
}

function strlCodec(b: Uint8Array, offset: number, end: number): string | undefined {
  let handler: string | undefined;
  while (offset + 8 <= end) {
    const id = ascii(b, offset, 4);
    const size = readUintLE(b, offset + 4);
    const start = offset + 8;
    if (id === 'strh') {
      if (ascii(b, start, 4) !== 'vids') return undefined;
      handler = ascii(b, start + 4, 4);
    } else if (id === 'strf' && handler !== undefined && size >= 20) {
      const compression = ascii(b, start + 16, 4);
      // biCompression 0 is uncompressed RGB; otherwise it names the codec more reliably than strh's handler.
      return readUintLE(b, start + 16) === 0 ? 'rawvideo' : codecFromTag(compression);
    }
    offset = start + size + (size % 2);
  }
  return handler === undefined ? undefined : codecFromTag(handler);
}

// EBML (WebM, Matroska)

const EBML_DOCTYPE = 0x4282;
const SEGMENT = 0x18538067;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const TRACK_TYPE = 0x83;
const CODEC_ID = 0x86;
const CLUSTER = 0x1f43b675;

interface Element {
  id: number;
  start: number;
  /** Undefined for an element of unknown size (live streams): it runs to the end of its parent. */
  size?: number;
}

function probeMatroska(b: Uint8Array, fileSize: number): MediaProbe {
  const header = ebmlElement(b, 0);
  if (!header || header.size === undefined) return { kind: 'video', container: 'Matroska', truncated: true };
  const headerEnd = header.start + header.size;
  const docType = ebmlChildren(b, header.start, headerEnd).find((e) => e.id === EBML_DOCTYPE);
  const container = docType && ascii(b, docType.start, docType.size ?? 0) === 'webm' ? 'WebM' : 'Matroska';
  const segment = ebmlElement(b, headerEnd);
  if (!segment || segment.id !== SEGMENT) return { kind: 'video', container, truncated: true };
  const truncated = segment.size !== undefined && segment.start + segment.size > fileSize;
  const tracks = ebmlChildren(b, segment.start, b.length).find((e) => e.id === TRACKS);
  if (!tracks) return { kind: 'video', container, truncated: truncated || b.length === fileSize };
  for (const entry of ebmlChildren(b, tracks.start, tracks.start + (tracks.size ?? 0)).filter((e) => e.id === TRACK_ENTRY)) {
    const fields = ebmlChildren(b, entry.start, entry.start + (entry.size ?? 0));
    const type = fields.find((e) => e.id === TRACK_TYPE);
    const codecId = fields.find((e) => e.id === CODEC_ID);
    if (!type || readUint(b, type.start, type.size ?? 1) !== 1 || !codecId) continue;
    const id = ascii(b, codecId.start, codecId.size ?? 0).replace(/\0+$/, '');
    return { kind: 'video', container, codec: MATROSKA_CODECS[id] ?? id, truncated };
  }
  return video(container, undefined, truncated);
}

/** The elements from `offset` to `end`, stopping at the first cluster (the media data after the headers). */
function ebmlChildren(b: Uint8Array, offset: number, end: number): Element[] {
  const found: Element[] = [];
  while (offset < Math.min(end, b.length)) {
    const e = ebmlElement(b, offset);
    if (!e || e.id === CLUSTER) break;
    found.push(e);
    if (e.size === undefined) break;
    offset = e.start + e.size;
  }
  return found;
}

function ebmlElement(b: Uint8Array, offset: number): Element | undefined {
  const id = vint(b, offset, true);
  if (!id) return undefined;
  const size = vint(b, offset + id.length, false);
  if (!size) return undefined;
  return { id: id.value, start: offset + id.length + size.length, size: size.unknown ? undefined : size.value };
}

/** EBML variable-length integer: the leading zeros of the first byte give its length; IDs keep the marker bit. */
function vint(b: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } | undefined {
  if (offset >= b.length) return undefined;
  const first = b[offset];
  const length = Math.clz32(first) - 23;
  if (length < 1 || length > 8 || offset + length > b.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + b[offset + i];
    allOnes &&= b[offset + i] === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

// Bytes

function ascii(b: Uint8Array, offset: number, length: number): string {
  if (offset < 0 || offset + length > b.length) return '';
  return String.fromCharCode(...b.subarray(offset, offset + length));
}

function starts(b: Uint8Array, prefix: number[]): boolean {
  return prefix.every((v, i) => b[i] === v);
}

/** Big-endian, up to 8 bytes (exact below 2^53, which covers any file size). */
function readUint(b: Uint8Array, offset: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + (b[offset + i] ?? 0);
  return value;
}

function readUintLE(b: Uint8Array, offset: number): number {
  return (b[offset] ?? 0) + (b[offset + 1] ?? 0) * 256 + (b[offset + 2] ?? 0) * 65536 + (b[offset + 3] ?? 0) * 16777216;
}
