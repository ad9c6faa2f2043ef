import { css } from 'lit';

/** <hc-how-view>'s own styles; the shared tokens and control styles are composed in the element. */
export const hcHowViewStyles = css`
  :host {
    display: block;
  }
  .scene {
    width: 100%;
    max-width: 40rem;
    background: var(--hc-surface);
    border: 1px solid var(--hc-line);
  }
  .face {
    fill: none;
    stroke: var(--hc-accent);
    stroke-width: 3;
  }
  .face.opted-out {
    stroke: var(--hc-alert);
    stroke-dasharray: 8 6;
  }
  .point {
    fill: var(--hc-highlight);
  }
  .label {
    font-size: 18px;
    fill: var(--hc-ink);
  }
  .leader {
    stroke: var(--hc-muted);
    stroke-width: 1.5;
  }
  /* A whole number of pixels high whatever the tracks in view (none, one, a room): the sections below never
     move by a fraction of a pixel, which would redraw their text differently from one frame to the next. More
     traces than fit scroll inside. */
  .traces {
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: var(--hc-space-3);
    height: 18rem;
    overflow-y: auto;
  }
  /* Fixed sizes: numbers and statuses change every frame, the layout must not jump. */
  /* Fixed height (a whole number of pixels), scrolling inside: see .traces. */
  .tracks {
    height: 9rem;
    overflow: auto;
    margin: var(--hc-space-2) 0;
  }
  .tracks table {
    width: auto;
  }
  .traces-caption {
    flex-basis: 100%;
    margin: 0;
  }
  .trace {
    width: 20rem;
    max-width: 100%;
    margin: 0;
  }
  /* Two lines whatever the status says ("reading", "frame rate too low"): the trace's height must not change with
     the frame rate. */
  .trace figcaption {
    height: 2lh;
  }
  .trace svg {
    width: 20rem;
    max-width: 100%;
    background: var(--hc-bg);
    border: 1px solid var(--hc-line);
  }
  .trace .line {
    fill: none;
    stroke: var(--hc-accent);
    stroke-width: 2;
  }
  .trace .threshold {
    stroke: var(--hc-alert);
    stroke-dasharray: 4 4;
  }
  .trace .fast {
    stroke: var(--hc-alert);
    stroke-dasharray: 1 5;
  }
  .trace .zero {
    stroke: var(--hc-muted);
  }
  .trace .band {
    fill: var(--hc-surface);
  }
  table {
    width: 28rem;
    max-width: 100%;
  }
  td,
  th {
    text-align: start;
  }
  td.ms {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Fixed columns: the stage names must not wrap by how many digits this frame's times have (the table's height,
     and everything below it, followed the timings). */
  .latency {
    table-layout: fixed;
  }
  .latency td.ms {
    width: 7rem;
    white-space: nowrap;
  }
  /* Two detectors, told apart by line style as well as colour (and named in the table beside). */
  .face.yunet {
    stroke: var(--hc-accent);
  }
  .face.blazeface {
    stroke: var(--hc-highlight);
    stroke-dasharray: 10 6;
  }
  .point.blazeface {
    fill: var(--hc-accent);
  }
  .compare table {
    width: 40rem;
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0;
    margin-inline-end: 0.4em;
    vertical-align: middle;
    border-top: 3px solid var(--hc-accent);
  }
  .swatch.blazeface {
    border-top: 3px dashed var(--hc-highlight);
  }
`;
