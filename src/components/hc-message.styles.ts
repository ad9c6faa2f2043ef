import { css } from 'lit';

/** <hc-message>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcMessageStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0.5rem 0;
    padding: 0.75rem 1rem;
    border-radius: var(--hc-radius);
    background: var(--hc-info-bg);
    color: var(--hc-ink);
    border: 2px solid var(--hc-line);
  }
  p.error {
    background: var(--hc-alert-bg);
    color: var(--hc-alert);
    border-color: currentColor;
  }
`;
