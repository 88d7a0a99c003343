import { createContext, useContext, useRef, type ReactNode } from 'react';
import { useNearViewport } from '../../lib/use-near-viewport';

// True where nothing holds a card back (a card used outside the dashboard's lower part).
const NearContext = createContext(true);

/**
 * Holds back the cards below the dashboard's first screen: they keep their heading, intro and
 * controls in the page (headings to navigate by, controls to tab to), but ask for their figures and
 * draw their chart and table only when they come within reach of the screen. A phone's first screen
 * then costs one request and one render per visible card, not eight. Tabbing into a card scrolls
 * it into view, which loads it.
 */
export function WhenNear({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '600px');
  return (
    <div ref={ref} className="when-near">
      <NearContext value={near}>{children}</NearContext>
    </div>
  );
}

/** Whether the card may load its figures now (see WhenNear). */
export function useNear(): boolean {
  return useContext(NearContext);
}
