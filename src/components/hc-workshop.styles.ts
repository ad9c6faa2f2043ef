import { css } from 'lit';

/** <hc-workshop>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcWorkshopStyles = css`
  :host {
    display: block;
  }
  section {
    display: grid;
    gap: var(--hc-space-3);
  }
  ol.steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-2);
    font-size: var(--hc-type-small);
  }
  ol.steps li {
    padding: var(--hc-space-1) var(--hc-space-2);
    border: 2px solid var(--hc-line);
    border-radius: var(--hc-radius);
    color: var(--hc-muted);
  }
  ol.steps li.event {
    border-color: var(--hc-ok);
    color: var(--hc-ink);
  }
  ol.steps li.skipped {
    border-style: dashed;
  }
  ol.steps li[aria-current='step'] {
    border-color: var(--hc-accent);
    background: var(--hc-accent);
    color: var(--hc-on-accent);
    font-weight: 700;
  }
  .step-of {
    margin: 0;
    color: var(--hc-muted);
    font-size: var(--hc-type-lead);
  }
  h2 {
    margin: 0;
    font-size: var(--hc-type-display);
    line-height: 1.1;
  }
  .prompt {
    margin: 0;
    font-size: var(--hc-type-title);
    line-height: 1.3;
    max-width: 40ch;
  }
  .waiting {
    margin: 0;
    color: var(--hc-highlight);
    font-weight: 700;
    font-size: var(--hc-type-lead);
  }
  .outcome {
    min-height: 1em;
  }
  .outcome p {
    margin: 0;
    padding: var(--hc-space-2) var(--hc-space-3);
    border-inline-start: 0.4rem solid var(--hc-ok);
    background: var(--hc-ok-bg);
    color: var(--hc-ink);
    font-size: var(--hc-type-lead);
    max-width: 60ch;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-5);
    align-items: end;
  }
  .faces {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: var(--hc-type-lead);
  }
  .interval {
    margin: 0;
    font-size: var(--hc-type-lead);
  }
  ul.law {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: var(--hc-type-lead);
    line-height: 1.4;
    max-width: 70ch;
  }
  ul.law li {
    margin: var(--hc-space-2) 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hc-space-2);
  }
  .keys {
    margin: 0;
  }
`;
