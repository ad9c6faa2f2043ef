import { css } from 'lit';

/** <hc-opt-out>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcOptOutStyles = css`
  :host {
    display: block;
  }
  .opt-out {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--hc-space-2);
    margin: var(--hc-space-4) 0;
    text-align: center;
  }
  :host([layout='inline']) .opt-out {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--hc-space-3);
    margin: 0;
    text-align: start;
  }
  button {
    font-size: var(--hc-type-lead);
  }
  :host([layout='stacked']) button {
    padding: var(--hc-space-3) var(--hc-space-5);
    max-width: 100%;
  }
  /* The confirmation ("you are not counted") must be seen from afar: a bold box in the "ok" colour. */
  .confirmation p {
    margin: 0;
    padding: var(--hc-space-2) var(--hc-space-3);
    border: 3px solid currentColor;
    border-radius: var(--hc-radius);
    color: var(--hc-ok);
    background: var(--hc-ok-bg);
    font-weight: 700;
  }
  :host([layout='stacked']) .confirmation {
    min-height: 2.5em;
    font-size: var(--hc-type-lead);
    font-weight: 700;
  }
  .warning {
    color: var(--hc-alert);
    font-weight: 700;
  }
  :host([layout='inline']) .warning {
    margin: 0;
  }
`;
