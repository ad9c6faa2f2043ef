import { codecName } from '../logic/media-probe';
import { imageConvertCommand, videoConvertCommand } from '../logic/conversion';
import type { FileProblem } from '../logic/report';
import { translate, type Locale } from './i18n';

/** A file problem as a sentence in `locale`: what the file is, and what to do about it. */
export function fileProblemText(locale: Locale, file: string, problem: FileProblem): string {
  const works = translate(locale, 'fileWorks');
  switch (problem.kind) {
    case 'not-media':
      return translate(locale, problem.text ? 'fileNotMediaText' : 'fileNotMedia', { works });
    case 'truncated':
      return translate(locale, 'fileTruncated', { container: problem.container });
    case 'no-video-track':
      return translate(locale, 'fileNoVideoTrack', { container: problem.container, works });
    case 'undecodable-video': {
      const playable = new Intl.ListFormat(locale, { type: 'disjunction' }).format(problem.playable.map(codecName));
      const params = { container: problem.container, plays: translate(locale, 'filePlays', { playable }), command: videoConvertCommand(file) };
      // A codec this browser plays in a container it does not read (H.264 in AVI): the container is the problem.
      return problem.codec && !problem.playable.includes(problem.codec)
        ? translate(locale, 'fileVideoCodec', { ...params, codec: codecName(problem.codec) })
        : translate(locale, 'fileVideoContainer', params);
    }
    case 'damaged':
      return translate(locale, 'fileDamaged', { container: problem.container, codec: codecName(problem.codec) });
    case 'undecodable-image':
      return translate(locale, 'fileImageFormat', { format: problem.format, command: imageConvertCommand(file) });
  }
}
