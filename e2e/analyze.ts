import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './paths';
import { WAIT, record } from './timing';

export interface AnalyzeRun {
  status: number | null;
  reports: Record<string, unknown>[];
  stderr: string;
}

/**
 * Runs the real `npm run analyze` CLI on the built site (the e2e web server has just built dist/), without
 * blocking the test runner (so the test's own timeout applies). `timeoutMs` bounds the run (see WAIT); its
 * duration is recorded with the files' names. `env` is added to this process's environment (e.g. a PATH without
 * ffmpeg).
 */
export function analyze(
  files: string[],
  args: string[] = [],
  timeoutMs: number = WAIT.analyzeFew,
  env: Record<string, string> = {},
): Promise<AnalyzeRun> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/analyze.mts', ...files, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, HEADCOUNT_NO_BUILD: '1', ...env },
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      record(`analyze:${files.map((f) => path.basename(f)).join(',')}`, performance.now() - start);
      const reports = stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ status, reports, stderr });
    });
  });
}
