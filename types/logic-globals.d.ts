/**
 * The one platform global src/logic may use beside ES2022: the WHATWG URL parser, which browsers, workers and
 * Node all have. Declared here (read by tsconfig.logic.json only) so that the logic project needs no DOM lib.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly origin: string;
}
