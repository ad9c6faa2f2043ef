import { describe, expect, it } from 'vitest';
import { checkSha256, sha256Hex } from './sha256';

// SHA-256 of the ASCII bytes "abc" (FIPS 180-2, appendix B.1).
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('sha256', () => {
  it('gives the standard digest of a string and of the same bytes', () => {
    expect(sha256Hex('abc')).toBe(ABC);
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(ABC);
  });

  it('returns the bytes when they match and names the file and its source when they do not', () => {
    const bytes = new TextEncoder().encode('abc');
    expect(checkSha256(bytes, ABC, 'model.bin')).toBe(bytes);
    expect(() => checkSha256(bytes, '0'.repeat(64), 'model.bin', 'upstream at v1'))
      .toThrow(`model.bin: sha256 ${ABC}, expected ${'0'.repeat(64)} (upstream at v1)`);
    expect(() => checkSha256(bytes, '0'.repeat(64), 'model.bin')).toThrow(/expected 0{64}$/);
  });
});
