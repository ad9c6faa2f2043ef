/** `?workshop=guided` opens the page on the guided workshop (a facilitator's bookmark). */
export function guidedWorkshopRequested(search: string): boolean {
  return new URLSearchParams(search).get('workshop') === 'guided';
}
