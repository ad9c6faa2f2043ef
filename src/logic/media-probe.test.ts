import { describe, expect, it } from 'vitest';
import { boxes, bytesSource, codecName, probeMedia, videoSampleEntry } from './media-probe';

// Files are built here from their structures, byte by byte, so each test shows what the reader relies on.

const text = (s: string) => [...s].map((c) => c.charCodeAt(0));
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u32le = (n: number) => u32(n).reverse();
const bytes = (...parts: number[][]) => Uint8Array.from(parts.flat());
const probe = (b: Uint8Array) => probeMedia(bytesSource(b));

/** An ISO-BMFF box: 32-bit size, type, payload. */
const box = (type: string, ...payload: number[][]) => {
  const body = payload.flat();
  return [...u32(body.length + 8), ...text(type), ...body];
};
const fullBox = (type: string, ...payload: number[][]) => box(type, [0, 0, 0, 0], ...payload);
const ftyp = (major: string, ...compatible: string[]) => box('ftyp', text(major), u32(0), ...compatible.map(text));
const trak = (handler: string, sampleEntry: string) =>
  box('trak', box('mdia', fullBox('hdlr', u32(0), text(handler), new Array(12).fill(0)),
    box('minf', box('stbl', fullBox('stsd', u32(1), box(sampleEntry, new Array(8).fill(0)))))));
const mp4 = (major: string, ...traks: number[][]) => bytes(ftyp(major, 'isom'), box('mdat', new Array(32).fill(7)), box('moov', ...traks));

/** A RIFF chunk: id, little-endian size, data padded to an even length. */
const chunk = (id: string, ...payload: number[][]) => {
  const body = payload.flat();
  return [...text(id), ...u32le(body.length), ...body, ...(body.length % 2 ? [0] : [])];
};
const list = (type: string, ...chunks: number[][]) => chunk('LIST', text(type), ...chunks);
const strl = (type: string, handler: string, compression: string) =>
  list('strl', chunk('strh', text(type), text(handler), new Array(48).fill(0)), chunk('strf', u32le(40), new Array(12).fill(0), text(compression), new Array(20).fill(0)));
const avi = (...streams: number[][]) => {
  const body = [...text('AVI '), ...list('hdrl', chunk('avih', new Array(56).fill(0)), ...streams), ...list('movi', new Array(16).fill(1))];
  return bytes(text('RIFF'), u32le(body.length), body);
};

/** An EBML element with a one-byte size (enough for these tests). */
const el = (id: number[], ...payload: number[][]) => {
  const body = payload.flat();
  return [...id, 0x80 | body.length, ...body];
};
const matroska = (docType: string, tracks: number[][]) =>
  bytes(el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], text(docType))), el([0x18, 0x53, 0x80, 0x67], el([0x16, 0x54, 0xae, 0x6b], ...tracks)));
const trackEntry = (type: number, codec: string) => el([0xae], el([0x83], [type]), el([0x86], text(codec)));

describe('ISO-BMFF (MP4, MOV)', () => {
  it('reads the video track’s sample entry after an audio track, with moov after mdat', async () => {
    expect(await probe(mp4('isom', trak('soun', 'mp4a'), trak('vide', 'mp4v')))).toEqual({ kind: 'video', container: 'MP4', codec: 'mpeg4', truncated: false });
  });

  it('names H.264, HEVC (both tags), AV1 and VP9, and a QuickTime file MOV', async () => {
    for (const [tag, codec] of [['avc1', 'h264'], ['avc3', 'h264'], ['hvc1', 'hevc'], ['hev1', 'hevc'], ['av01', 'av1'], ['vp09', 'vp9']]) {
      expect(videoSampleEntry(Uint8Array.from(box('moov', trak('vide', tag))))).toBe(codec);
    }
    expect(await probe(mp4('qt  ', trak('vide', 'hvc1')))).toMatchObject({ container: 'MOV', codec: 'hevc' });
  });

  it('keeps an unknown sample entry’s tag', () => {
    expect(videoSampleEntry(Uint8Array.from(box('moov', trak('vide', 'zzz1'))))).toBe('zzz1');
  });

  it('says when there is no video track (audio only)', async () => {
    expect(await probe(mp4('M4A ', trak('soun', 'mp4a')))).toMatchObject({ kind: 'video', noVideoTrack: true });
  });

  it('a file cut off in mdat, before moov: truncated', async () => {
    const whole = mp4('isom', trak('vide', 'avc1'));
    expect(await probe(whole.subarray(0, 40))).toEqual({ kind: 'video', container: 'MP4', truncated: true });
  });

  it('a box cut off after moov (faststart files): still truncated, codec still read', async () => {
    const file = bytes(ftyp('isom'), box('moov', trak('vide', 'avc1')), box('mdat', new Array(64).fill(0)));
    expect(await probe(file.subarray(0, file.length - 10))).toEqual({ kind: 'video', container: 'MP4', codec: 'h264', truncated: true });
  });

  it('reads 64-bit box sizes', () => {
    const large = [...u32(1), ...text('mdat'), ...u32(0), ...u32(20), 1, 2, 3, 4];
    expect(boxes(Uint8Array.from([...large, ...box('free')]))).toEqual([
      { type: 'mdat', start: 16, end: 20 },
      { type: 'free', start: 28, end: 28 },
    ]);
  });

  it('a malformed ftyp (size below its header) is nothing known, not a crash', async () => {
    expect(await probe(bytes(u32(4), text('ftypisom'), u32(0)))).toEqual({ kind: 'other', text: false });
  });

  it('HEIC and AVIF photos are images, not videos', async () => {
    expect(await probe(bytes(ftyp('heic', 'mif1', 'heic')))).toEqual({ kind: 'image', format: 'HEIC', truncated: false });
    expect(await probe(bytes(ftyp('mif1', 'heic')))).toMatchObject({ kind: 'image', format: 'HEIF' });
    expect(await probe(bytes(ftyp('avif', 'mif1', 'miaf')))).toMatchObject({ kind: 'image', format: 'AVIF' });
  });
});

describe('RIFF (AVI)', () => {
  it('reads the video stream’s compression (Xvid is MPEG-4 Part 2) after an audio stream', async () => {
    expect(await probe(avi(strl('auds', '\0\0\0\0', '\0\0\0\0'), strl('vids', 'FMP4', 'XVID')))).toEqual({
      kind: 'video', container: 'AVI', codec: 'mpeg4', truncated: false,
    });
  });

  it('names H.264, Motion JPEG and DivX 3 in AVI', async () => {
    expect(await probe(avi(strl('vids', 'H264', 'H264')))).toMatchObject({ codec: 'h264' });
    expect(await probe(avi(strl('vids', 'MJPG', 'MJPG')))).toMatchObject({ codec: 'mjpeg' });
    expect(await probe(avi(strl('vids', 'DIV3', 'DIV3')))).toMatchObject({ codec: 'msmpeg4v3' });
  });

  it('a RIFF size beyond the end of the file: truncated', async () => {
    const file = avi(strl('vids', 'XVID', 'XVID'));
    expect(await probe(file.subarray(0, file.length - 4))).toMatchObject({ container: 'AVI', codec: 'mpeg4', truncated: true });
  });
});

describe('EBML (WebM, Matroska)', () => {
  it('reads the video track’s codec id and the doc type', async () => {
    expect(await probe(matroska('webm', [trackEntry(2, 'A_OPUS'), trackEntry(1, 'V_VP9')]))).toEqual({ kind: 'video', container: 'WebM', codec: 'vp9', truncated: false });
    expect(await probe(matroska('matroska', [trackEntry(1, 'V_MPEG4/ISO/ASP')]))).toMatchObject({ container: 'Matroska', codec: 'mpeg4' });
    expect(await probe(matroska('matroska', [trackEntry(1, 'V_MPEGH/ISO/HEVC')]))).toMatchObject({ codec: 'hevc' });
  });

  it('audio only: no video track', async () => {
    expect(await probe(matroska('webm', [trackEntry(2, 'A_OPUS')]))).toMatchObject({ noVideoTrack: true });
  });

  it('a segment longer than the file: truncated', async () => {
    const file = matroska('webm', [trackEntry(1, 'V_VP8')]);
    const longer = Uint8Array.from(file);
    // The segment's one-byte size, just after its 4-byte id.
    const sizeAt = file.indexOf(0x67) + 1;
    longer[sizeAt] += 20;
    expect(await probe(longer)).toMatchObject({ codec: 'vp8', truncated: true });
  });
});

describe('images and everything else', () => {
  it('recognises images by their magic bytes, whatever their name', async () => {
    expect(await probe(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xd9]))).toEqual({ kind: 'image', format: 'JPEG', truncated: false });
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32(0), text('IEND'), u32(0));
    expect(await probe(png)).toEqual({ kind: 'image', format: 'PNG', truncated: false });
    expect(await probe(bytes(text('RIFF'), u32le(4), text('WEBPVP8 ')))).toMatchObject({ format: 'WebP' });
    expect(await probe(bytes(text('GIF89a')))).toMatchObject({ format: 'GIF' });
  });

  it('a JPEG without its end marker or a PNG without IEND: truncated', async () => {
    expect(await probe(bytes([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]))).toMatchObject({ format: 'JPEG', truncated: true });
    expect(await probe(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32(13), text('IHDR')))).toMatchObject({ format: 'PNG', truncated: true });
  });

  it('other containers by their signature, codec unread', async () => {
    expect(await probe(bytes(text('OggS'), [0, 2]))).toEqual({ kind: 'video', container: 'Ogg', truncated: false });
    expect(await probe(bytes(text('FLV'), [1]))).toMatchObject({ container: 'FLV' });
  });

  it('text and unknown bytes are neither', async () => {
    expect(await probe(bytes(text('hello\n')))).toEqual({ kind: 'other', text: true });
    expect(await probe(bytes([0, 1, 2, 3, 4, 5, 6, 7, 8]))).toEqual({ kind: 'other', text: false });
    expect(await probe(new Uint8Array())).toEqual({ kind: 'other', text: false });
  });

  it('every prefix of every file above reads without throwing', async () => {
    const files = [mp4('isom', trak('soun', 'mp4a'), trak('vide', 'mp4v')), avi(strl('vids', 'XVID', 'XVID')), matroska('webm', [trackEntry(1, 'V_VP9')])];
    for (const file of files) {
      for (let n = 0; n <= file.length; n++) await expect(probe(file.subarray(0, n))).resolves.toBeDefined();
    }
  });

  it('names codecs for people, and falls back to the id', () => {
    expect(codecName('mpeg4')).toBe('MPEG-4 Part 2');
    expect(codecName('zzz1')).toBe('zzz1');
  });
});
