import { describe, expect, it } from 'vitest';
import type { FileProblem } from '../logic/report';
import { fileProblemText } from './file-problems';

describe('fileProblemText', () => {
  it('names container and codec, what this browser plays and the conversion, in both languages', () => {
    const problem: FileProblem = { kind: 'undecodable-video', container: 'AVI', codec: 'mpeg4', playable: ['h264', 'vp9', 'av1'] };
    expect(fileProblemText('en', 'clip.avi', problem)).toBe(
      'This AVI video is in MPEG-4 Part 2, which this browser cannot read. It plays MP4, MOV or WebM videos in H.264 (AVC), VP9, or AV1. ' +
        'Convert it, e.g.: ffmpeg -i "clip.avi" -c:v libx264 -pix_fmt yuv420p "clip-h264.mp4"',
    );
    const fr = fileProblemText('fr', 'clip.avi', problem);
    expect(fr).toContain('Cette vidéo AVI est en MPEG-4 Part 2');
    expect(fr).toContain('H.264 (AVC), VP9 ou AV1');
    expect(fr).toContain('ffmpeg -i "clip.avi"');
  });

  it('a container this browser cannot read: codec unknown, or one it plays (H.264 in AVI)', () => {
    expect(fileProblemText('en', 'a.flv', { kind: 'undecodable-video', container: 'FLV', playable: ['h264'] })).toMatch(/^This browser cannot read FLV files, whatever the video inside\. It plays .* in H\.264 \(AVC\)\./);
    expect(fileProblemText('fr', 'a.avi', { kind: 'undecodable-video', container: 'AVI', codec: 'h264', playable: ['h264'] })).toMatch(/^Ce navigateur ne sait pas lire les fichiers AVI/);
  });

  it('text, truncation, sound only and an image format', () => {
    expect(fileProblemText('en', 'x.mp4', { kind: 'not-media', text: true })).toMatch(/^This is a text file/);
    expect(fileProblemText('fr', 'x.mp4', { kind: 'not-media', text: false })).toMatch(/^Ce n’est ni une vidéo ni une image/);
    expect(fileProblemText('en', 'x.mp4', { kind: 'truncated', container: 'MP4' })).toMatch(/^This MP4 file stops before its end/);
    expect(fileProblemText('fr', 'x.m4a', { kind: 'no-video-track', container: 'MP4' })).toMatch(/^Ce fichier MP4 n’a pas de piste vidéo/);
    expect(fileProblemText('fr', 'x.mp4', { kind: 'damaged', container: 'MP4', codec: 'h264' })).toBe(
      'Cette vidéo MP4 en H.264 (AVC) est d’un type que ce navigateur lit, mais elle n’a pas pu être ouverte : le fichier est abîmé.',
    );
    expect(fileProblemText('en', 'IMG_1.HEIC', { kind: 'undecodable-image', format: 'HEIC' })).toContain('magick "IMG_1.HEIC" "IMG_1.jpg"');
  });
});
