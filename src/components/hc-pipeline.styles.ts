import { css } from 'lit';

/** <hc-pipeline>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcPipelineStyles = css`
  :host {
    display: block;
    margin: var(--hc-space-4) 0;
  }
  figure {
    margin: 0;
  }
  h2 {
    font-size: var(--hc-type-lead);
    margin: 0 0 var(--hc-space-2);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: 1fr auto 1fr auto 1fr;
    align-items: stretch;
    gap: var(--hc-space-2);
  }
  li.stage {
    border: 2px solid var(--hc-line);
    border-radius: var(--hc-radius);
    background: var(--hc-surface);
    padding: var(--hc-space-3);
    display: flex;
    flex-direction: column;
    gap: var(--hc-space-1);
  }
  li.stage.numbers {
    border-color: var(--hc-accent);
  }
  .icon {
    width: 3.5em;
    height: 2.6em;
  }
  .icon .stroke {
    fill: none;
    stroke: var(--hc-ink);
    stroke-width: 2.5;
  }
  .icon .dot {
    fill: var(--hc-highlight);
  }
  .icon .count {
    fill: var(--hc-accent);
    font: 700 26px var(--hc-font);
  }
  .title {
    font-weight: 700;
    font-size: var(--hc-type-lead);
  }
  .what {
    color: var(--hc-muted);
    font-size: var(--hc-type-small);
  }
  .ms {
    margin-top: auto;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--hc-highlight);
    min-width: 6ch;
  }
  li.arrow {
    align-self: center;
    font-size: var(--hc-type-display);
    color: var(--hc-muted);
  }
  @media (max-width: 40rem) {
    ol {
      grid-template-columns: 1fr;
    }
    li.arrow {
      justify-self: center;
      transform: rotate(90deg);
      font-size: var(--hc-type-title);
    }
  }
`;
