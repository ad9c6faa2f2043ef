import { css } from 'lit';

/** <hc-page-footer>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcPageFooterStyles = css`
  :host {
    display: block;
    margin-top: var(--hc-space-5);
    padding-top: var(--hc-space-3);
    border-top: 1px solid var(--hc-line);
    font-size: var(--hc-type-small);
    color: var(--hc-muted);
  }
  p {
    margin: var(--hc-space-2) 0;
  }
`;
