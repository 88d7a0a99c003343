import { useDeferredValue } from 'react';

/**
 * A query's answer as React draws it: in a transition React can slice into short pieces, not in the
 * task the answer arrived in (Apollo hands answers over through useSyncExternalStore, which React
 * renders at once, a long task for a card of a hundred rows on a phone). `drawing` is true while the
 * newest answer is still being drawn: show the loading state meanwhile, never an empty frame.
 */
export function useDrawnAnswer<T>(answer: T): { readonly drawn: T; readonly drawing: boolean } {
  const drawn = useDeferredValue(answer);
  return { drawn, drawing: drawn !== answer };
}
