import { css } from 'lit';

/** Tables of figures: the same look in the chart's table, the decree windows and the stage timings. */
export const figureTableStyles = css`
  table {
    border-collapse: collapse;
  }
  td,
  th {
    padding: 0.25rem 0.75rem;
    text-align: end;
    border-bottom: 1px solid #ccc;
  }
`;
