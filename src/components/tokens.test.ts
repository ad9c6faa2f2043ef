import { describe, expect, it } from 'vitest';
import { LIGHT, PROJECTOR } from './tokens';

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('design tokens', () => {
  for (const [name, p] of Object.entries({ light: LIGHT, projector: PROJECTOR })) {
    it(`${name} theme: every text/background pair the page uses reaches WCAG AA (4.5:1)`, () => {
      const pairs: [string, string, string][] = [
        ['ink on bg', p.ink, p.bg],
        ['ink on surface', p.ink, p.surface],
        ['muted on bg', p.muted, p.bg],
        ['muted on surface', p.muted, p.surface],
        ['accent on bg', p.accent, p.bg],
        ['accent on surface', p.accent, p.surface],
        ['on-accent on accent', p.onAccent, p.accent],
        ['highlight on bg', p.highlight, p.bg],
        ['highlight on surface', p.highlight, p.surface],
        ['alert on bg', p.alert, p.bg],
        ['alert on alert-bg', p.alert, p.alertBg],
        ['bg on alert (danger button)', p.bg, p.alert],
        ['ok on ok-bg', p.ok, p.okBg],
        ['ink on ok-bg', p.ink, p.okBg],
        ['ink on info-bg', p.ink, p.infoBg],
      ];
      const failing = pairs.filter(([, fg, bg]) => contrast(fg, bg) < 4.5).map(([what, fg, bg]) => `${what}: ${contrast(fg, bg).toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
});
