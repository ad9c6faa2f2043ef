import { css } from 'lit';

/** <hc-figure>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcFigureStyles = css`
  :host {
    display: block;
    text-align: center;
  }
  .value {
    font-size: var(--hc-type-figure);
    font-weight: 700;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
    color: var(--hc-ink);
  }
  :host([rank='headline']) .value {
    font-size: var(--hc-type-headline);
    color: var(--hc-accent);
  }
  :host([rank='secondary']) .value {
    font-size: var(--hc-type-title);
  }
  .label {
    font-size: var(--hc-type-body);
    color: var(--hc-muted);
  }
  :host([rank='headline']) .label,
  :host([rank='primary']) .label {
    font-size: var(--hc-type-lead);
    color: var(--hc-ink);
  }
`;
