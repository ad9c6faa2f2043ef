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
  a.button,
  label.button {
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
  /* Selects and radios are drawn by the page (appearance: none), not by the browser: each Chromium build draws
     its native arrow and dot a little differently, and the visual snapshots must test what the page draws.
     Keyboard and screen-reader behaviour are the native controls' own. */
  select {
    appearance: none;
    min-height: var(--hc-target);
    padding: 0 calc(var(--hc-space-2) + 1.25em) 0 var(--hc-space-2);
    border: 2px solid var(--hc-line);
    border-radius: var(--hc-radius);
    color: var(--hc-ink);
    /* a chevron from two half-filled squares, in the text colour of the theme */
    background:
      linear-gradient(45deg, transparent 50%, currentColor 50%) calc(100% - 1em) 50% / 0.4em 0.4em no-repeat,
      linear-gradient(135deg, currentColor 50%, transparent 50%) calc(100% - 0.6em) 50% / 0.4em 0.4em no-repeat,
      var(--hc-bg);
  }
  input[type='radio'] {
    appearance: none;
    box-sizing: border-box;
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    border: 2px solid var(--hc-ink);
    border-radius: 50%;
    background: var(--hc-bg);
  }
  input[type='radio']:checked {
    border-color: var(--hc-accent);
    background: var(--hc-accent);
    box-shadow: inset 0 0 0 3px var(--hc-bg);
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
