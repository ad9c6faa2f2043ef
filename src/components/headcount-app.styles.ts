import { css } from 'lit';

/** The page's frame: width, background, the views' tabs, the mirror preview. Values come from the tokens. */
export const appStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 72rem;
    min-height: 100vh;
    margin: 0 auto;
    padding: var(--hc-space-3);
    font-family: var(--hc-font);
    font-size: var(--hc-type-body);
    line-height: 1.45;
    overflow-wrap: break-word;
    color: var(--hc-ink);
    background: var(--hc-bg);
  }
  :host([projector]) {
    max-width: none;
    padding: var(--hc-space-4) var(--hc-space-5);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  .tagline {
    margin: var(--hc-space-2) 0 var(--hc-space-3);
    font-size: var(--hc-type-lead);
    color: var(--hc-muted);
    max-width: 60ch;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-3);
    align-items: center;
    margin-bottom: var(--hc-space-3);
  }
  button.start {
    font-size: var(--hc-type-lead);
    padding: var(--hc-space-2) var(--hc-space-4);
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-1);
    margin: var(--hc-space-4) 0 var(--hc-space-3);
    border-bottom: 2px solid var(--hc-line);
  }
  nav button {
    border: 0;
    border-bottom: 4px solid transparent;
    border-radius: 0;
    background: transparent;
    color: var(--hc-ink);
  }
  nav button[aria-pressed='true'] {
    background: transparent;
    color: var(--hc-ink);
    border-bottom-color: var(--hc-accent);
    font-weight: 700;
  }
  main {
    display: block;
  }
  .mirror {
    margin: var(--hc-space-3) 0;
  }
  .mirror video {
    display: block;
    max-width: min(20rem, 100%);
    transform: scaleX(-1);
    border: 3px solid currentColor;
  }
`;
