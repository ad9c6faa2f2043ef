import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

/**
 * Runs the real `npm run analyze` CLI on the built site (the e2e web server has just built dist/). `timeoutMs`
 * bounds the run: long or large clips (the portrait 30 fps ones) need more on a loaded two-core machine.
 */
export function analyze(
  files: string[],
  args: string[] = [],
  timeoutMs = 300_000,
): { status: number | null; reports: Record<string, unknown>[]; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/analyze.mts', ...files, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, HEADCOUNT_NO_BUILD: '1' },
    timeout: timeoutMs,
  });
  const reports = run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, reports, stderr: run.stderr };
}
