import { describe, expect, it } from 'vitest';
import { guidedWorkshopRequested } from './workshop-url';

describe('the workshop URL', () => {
  it('?workshop=guided, and nothing else, opens the guided workshop', () => {
    expect(guidedWorkshopRequested('?workshop=guided')).toBe(true);
    expect(guidedWorkshopRequested('?backend=wasm&workshop=guided')).toBe(true);
    expect(guidedWorkshopRequested('?workshop=1')).toBe(false);
    expect(guidedWorkshopRequested('')).toBe(false);
  });
});
