import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

/**
 * Runs the real `npm run analyze` CLI on the built site (the e2e web server has just built dist/). `timeoutMs`
 * bounds the run: long or large clips (the portrait 30 fps ones) need more on a loaded two-core machine. `env`
 * is added to this process's environment (e.g. a PATH without ffmpeg).
 */
export function analyze(
  files: string[],
  args: string[] = [],
  timeoutMs = 300_000,
  env: Record<string, string> = {},
): { status: number | null; reports: Record<string, unknown>[]; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/analyze.mts', ...files, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, HEADCOUNT_NO_BUILD: '1', ...env },
    timeout: timeoutMs,
  });
  const reports = run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, reports, stderr: run.stderr };
}
