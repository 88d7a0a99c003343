// Node and browsers both provide URLSearchParams; this package's lib is plain ES2022, so the part
// of it the shared code uses is declared here (the declaration is not emitted to consumers).
declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
  set(name: string, value: string): void;
  toString(): string;
}
