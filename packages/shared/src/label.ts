/** A text shown to users, in the two languages the product speaks. Vietnamese comes first. */
export interface Label {
  readonly vi: string;
  readonly en: string;
  /** The abbreviation users know (BTV, BTC, HĐND…), when there is one. */
  readonly abbr?: string;
}

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** A vocabulary: every code of a closed set mapped to its labels. */
export type Vocabulary<Code extends string> = Readonly<Record<Code, Label>>;

/** The codes of a vocabulary in declaration order (the order users see them in). */
export function codesOf<Code extends string>(vocabulary: Vocabulary<Code>): readonly Code[] {
  return Object.keys(vocabulary) as Code[];
}

/** `{ CODE: 'CODE' }` — the shape GraphQL enum registries and TypeScript enums expect. */
export function enumObjectOf<Code extends string>(vocabulary: Vocabulary<Code>): Readonly<{ [K in Code]: K }> {
  const entries = codesOf(vocabulary).map((code) => [code, code] as const);
  return Object.fromEntries(entries) as { [K in Code]: K };
}

export function isCodeOf<Code extends string>(vocabulary: Vocabulary<Code>, value: string): value is Code {
  return Object.prototype.hasOwnProperty.call(vocabulary, value);
}

export function labelOf<Code extends string>(vocabulary: Vocabulary<Code>, code: Code, locale: Locale): string {
  return vocabulary[code][locale];
}
