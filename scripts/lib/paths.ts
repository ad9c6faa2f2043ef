import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The shared data folder (read-only): `../shared` beside the clone, or HEADCOUNT_SHARED. */
export const SHARED_DIR = path.resolve(process.env.HEADCOUNT_SHARED ?? path.join(REPO_ROOT, '..', 'shared'));
