import { css } from 'lit';

/** <hc-counter-view>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcCounterViewStyles = css`
  :host {
    display: block;
  }
  /* The hierarchy: % masked with its interval, then passes, then the rest. */
  .headline {
    display: grid;
    grid-template-columns: 2fr 1fr;
    gap: var(--hc-space-4);
    align-items: center;
    margin: var(--hc-space-3) 0;
    padding: var(--hc-space-4);
    border-radius: var(--hc-radius);
    background: var(--hc-surface);
  }
  .rest {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
    gap: var(--hc-space-3);
    margin: var(--hc-space-3) 0;
  }
  .share {
    text-align: center;
  }
  .share .interval {
    font-size: var(--hc-type-lead);
    margin: var(--hc-space-2) 0 0;
  }
  .why {
    max-width: 60ch;
    margin: var(--hc-space-2) auto;
    color: var(--hc-muted);
  }
  @media (max-width: 40rem) {
    .headline {
      grid-template-columns: 1fr;
      padding: var(--hc-space-3);
    }
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: var(--hc-space-3) 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: var(--hc-space-2);
  }
  .segments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-2);
  }
  .segments label {
    display: inline-flex;
    align-items: center;
    gap: var(--hc-space-2);
    min-height: var(--hc-target);
    box-sizing: border-box;
    padding: 0 var(--hc-space-3);
    border: 2px solid var(--hc-line);
    border-radius: var(--hc-radius);
    cursor: pointer;
  }
  .segments label.checked {
    border-color: var(--hc-accent);
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-2);
    margin: var(--hc-space-3) 0;
  }
`;
