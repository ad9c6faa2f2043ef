import { css } from 'lit';

/** <hc-rules-view>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcRulesViewStyles = css`
  :host {
    display: block;
    line-height: 1.55;
  }
  article {
    max-width: 72ch;
  }
  h2 {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.35em;
    line-height: 1.25;
    margin: 2em 0 0.5em;
  }
  h4 {
    font-size: 1.1em;
    line-height: 1.3;
    margin: 1.5em 0 0.25em;
  }
  p {
    margin: 0.5em 0;
  }
  /* The contents list and the sections' headings are what a finger presses: 44 px at least. */
  nav ol {
    padding-inline-start: 1.5em;
    margin: 0.5em 0 1em;
  }
  nav a {
    display: inline-flex;
    align-items: center;
    min-height: var(--hc-target);
    color: inherit;
  }
  details.section > summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--hc-target);
    cursor: pointer;
    list-style: none;
  }
  details.section > summary::before {
    content: '▸';
    transition: none;
  }
  details.section[open] > summary::before {
    content: '▾';
  }
  details.section > summary > h3 {
    margin: 1em 0 0.25em;
  }
  nav > h3 {
    margin-top: 1em;
  }
  .lead {
    font-size: 1.1em;
  }
  ul.claims,
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ul.claims > li,
  ul.items > li {
    border-inline-start: 0.25em solid currentColor;
    padding: 0.25em 0 0.25em 1em;
    margin: 1.25em 0;
  }
  .label {
    font-weight: 700;
  }
  .cites {
    font-size: 0.95em;
  }
  cite {
    font-style: italic;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5em 0 1em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding: 0.5em 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.6em 0.4em 0;
    border-bottom: 1px solid currentColor;
  }
  td.value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .not-measured {
    font-style: italic;
  }
  .detail {
    display: block;
    font-size: 0.9em;
    white-space: normal;
  }
  ol.references {
    padding-inline-start: 2.5em;
  }
  ol.references > li {
    margin: 0.5em 0;
  }
  .url {
    overflow-wrap: anywhere;
  }
`;
