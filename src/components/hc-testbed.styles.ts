import { css } from 'lit';

/** <hc-testbed>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcTestbedStyles = css`
  :host {
    display: block;
  }
  pre {
    max-height: 20rem;
    overflow: auto;
    background: var(--hc-surface);
    color: var(--hc-ink);
    max-width: 100%;
    padding: 0.5rem;
    font-size: 0.85em;
  }
  table {
    border-collapse: collapse;
    margin-block: var(--hc-space-2);
  }
  td,
  th {
    text-align: start;
    padding: var(--hc-space-1) var(--hc-space-2);
    border-bottom: 1px solid var(--hc-line);
  }
  .error {
    color: var(--hc-alert);
    font-weight: 700;
    /* File names and the suggested ffmpeg command can be long words on a phone. */
    overflow-wrap: anywhere;
  }
  /* The page draws the picker itself (a button-like label over a visually hidden native input): the native
     control's "Choose Files / No file chosen" is drawn differently by each Chromium build, so a snapshot of it
     tested the browser, not the page. The input keeps the focus, the keyboard and the accessible name. */
  .file-picker {
    position: relative;
    max-width: 100%;
  }
  .file-picker:has(input:focus-visible) {
    outline: 3px solid var(--hc-focus);
    outline-offset: 2px;
  }
`;
