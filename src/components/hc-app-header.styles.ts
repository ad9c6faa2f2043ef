import { css } from 'lit';

/** <hc-app-header>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcAppHeaderStyles = css`
  :host {
    display: block;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--hc-space-3);
    flex-wrap: wrap;
  }
  h1 {
    margin: 0;
    font-size: var(--hc-type-display);
    line-height: 1.1;
    letter-spacing: -0.01em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-2);
    align-items: center;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: var(--hc-space-2);
  }
`;
