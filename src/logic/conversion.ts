/**
 * How to turn a file the browser cannot read into one it can: the commands the error messages suggest and
 * the options `npm run analyze` converts with (one source for both).
 */

/** H.264 in 4:2:0, which every browser that plays H.264 decodes. */
export const H264_OPTIONS = ['-c:v', 'libx264', '-pix_fmt', 'yuv420p'] as const;

function stem(file: string): string {
  return file.replace(/\.[^./\\]*$/, '');
}

export function videoConvertCommand(file: string): string {
  return `ffmpeg -i "${file}" ${H264_OPTIONS.join(' ')} "${stem(file)}-h264.mp4"`;
}

/** ImageMagick: older ffmpeg builds (5.1, for one) cannot read HEIC, the likeliest image here. */
export function imageConvertCommand(file: string): string {
  return `magick "${file}" "${stem(file)}.jpg"`;
}
