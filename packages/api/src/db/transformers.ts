import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as text to keep precision; our values (targets, scores) fit a double. */
export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
