/** SHA-256 for the files the scripts copy, convert, check and list (models/README.md gives each shipped file's). */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * `bytes`, once their SHA-256 is `expected`; otherwise an error naming `what` and, in brackets, `source` (where the
 * file should have come from), so a changed upstream file stops a conversion or a measurement instead of skewing it.
 */
export function checkSha256<T extends Uint8Array>(bytes: T, expected: string, what: string, source?: string): T {
  const actual = sha256Hex(bytes);
  if (actual !== expected) throw new Error(`${what}: sha256 ${actual}, expected ${expected}${source ? ` (${source})` : ''}`);
  return bytes;
}
