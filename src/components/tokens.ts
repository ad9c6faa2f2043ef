import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens: type scale, colours and spacing, in one place. The page's root element declares them as
 * CSS custom properties (`--hc-…`), which cross every shadow root, so each element styles itself with
 * `var(--hc-…)` and both themes come from the same names. System fonts only: nothing is fetched for type.
 */

/** Type scale, in rem (a 1.25 ratio, with a headline for the one figure a room reads from afar). */
export const TYPE_SCALE = {
  small: 0.875,
  body: 1,
  lead: 1.25,
  title: 1.6,
  display: 2.5,
  figure: 3.5,
  headline: 6,
} as const;

/** Spacing steps, in rem. */
export const SPACE = { 1: 0.25, 2: 0.5, 3: 1, 4: 1.5, 5: 2.5 } as const;

/** Every colour the page uses; both themes define each one (text pairs checked for WCAG AA by tokens.test.ts and axe). */
interface Palette {
  bg: string;
  surface: string;
  ink: string;
  muted: string;
  line: string;
  accent: string;
  onAccent: string;
  highlight: string;
  focus: string;
  alert: string;
  alertBg: string;
  ok: string;
  okBg: string;
  infoBg: string;
}

/** Light theme: the default, for a phone or a desk. */
export const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f2f4f8',
  ink: '#111827',
  muted: '#4b5563',
  line: '#c3c9d3',
  accent: '#0b2a5b',
  onAccent: '#ffffff',
  highlight: '#964b00',
  focus: '#b35c00',
  alert: '#8a0000',
  alertBg: '#fde8e8',
  ok: '#0a5c2b',
  okBg: '#e6f4ea',
  infoBg: '#e8f0fe',
};

/** Projector theme: light on black, one bright accent, readable from the back of a room. */
export const PROJECTOR: Palette = {
  bg: '#000000',
  surface: '#14161a',
  ink: '#ffffff',
  muted: '#d4d8de',
  line: '#5a606b',
  accent: '#ffe14d',
  onAccent: '#000000',
  highlight: '#ffe14d',
  focus: '#4dd0ff',
  alert: '#ffaaaa',
  alertBg: '#2a0000',
  ok: '#8ff0b0',
  okBg: '#002510',
  infoBg: '#0b1a33',
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations(palette: Palette, scale: number): string {
  const colours = Object.entries(palette).map(([name, value]) => `--hc-${kebab(name)}: ${value};`);
  const type = Object.entries(TYPE_SCALE).map(([name, rem]) => `--hc-type-${name}: ${rem * scale}rem;`);
  const space = Object.entries(SPACE).map(([step, rem]) => `--hc-space-${step}: ${rem}rem;`);
  return [...colours, ...type, ...space].join('\n');
}

/** How much larger all type is in the projector theme. */
const PROJECTOR_TYPE_SCALE = 1.5;

/**
 * The tokens as custom properties on the page's root element; `[projector]` switches the theme. Built as one
 * string (the declarations are generated from the objects above, which lit-analyzer's CSS check cannot follow).
 */
export const tokenStyles: CSSResult = unsafeCSS(`
  :host {
    ${declarations(LIGHT, 1)}
    --hc-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
    --hc-radius: 0.5rem;
    /* WCAG 2.5.5: touch targets of at least 44 CSS px. */
    --hc-target: 44px;
    color-scheme: light;
  }
  :host([projector]) {
    ${declarations(PROJECTOR, PROJECTOR_TYPE_SCALE)}
    /* The browser's own controls (menus, radio buttons, scroll bars) in dark too. */
    color-scheme: dark;
  }
  /* A phone in projector mode (a facilitator's remote, a bright room): the colours, not the size. */
  @media (max-width: 40rem) {
    :host([projector]) {
      ${declarations(PROJECTOR, 1)}
    }
  }
`);
