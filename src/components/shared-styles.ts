import { css } from 'lit';

/** Tables of figures: the same look in the chart's table, the decree windows and the stage timings. */
export const figureTableStyles = css`
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  td,
  th {
    padding: var(--hc-space-1) var(--hc-space-3);
    text-align: end;
    border-bottom: 1px solid var(--hc-line);
  }
`;

/**
 * Buttons and form controls, from the tokens: at least 44 px tall (touch), a visible focus ring, a primary
 * (filled) and a secondary (outlined) look.
 */
export const controlStyles = css`
  button,
  select,
  input,
  a.button {
    font: inherit;
  }
  button,
  a.button {
    box-sizing: border-box;
    min-height: var(--hc-target);
    min-width: var(--hc-target);
    padding: var(--hc-space-2) var(--hc-space-3);
    border-radius: var(--hc-radius);
    border: 2px solid var(--hc-accent);
    background: var(--hc-bg);
    color: var(--hc-accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--hc-space-2);
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--hc-accent);
    color: var(--hc-on-accent);
  }
  button.danger {
    background: var(--hc-alert);
    border-color: var(--hc-alert);
    color: var(--hc-bg);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  select {
    min-height: var(--hc-target);
    padding: 0 var(--hc-space-2);
    border: 2px solid var(--hc-line);
    border-radius: var(--hc-radius);
    background: var(--hc-bg);
    color: var(--hc-ink);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--hc-focus);
    outline-offset: 2px;
  }
  .small {
    font-size: var(--hc-type-small);
  }
  .muted {
    color: var(--hc-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
