import '../i18n-desks';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../app/i18n';

/**
 * Splits what waits for the decision body into what the viewer may decide (the API's availableActions
 * offers one of `actions`) and what they may only see.
 */
export function splitByActions<T extends { availableActions: readonly string[] }>(
  items: readonly T[],
  actions: readonly string[],
): { decidable: T[]; seenOnly: T[] } {
  const decidable: T[] = [];
  const seenOnly: T[] = [];
  for (const item of items) {
    (item.availableActions.some((action) => actions.includes(action)) ? decidable : seenOnly).push(item);
  }
  return { decidable, seenOnly };
}

/**
 * What waits for the Standing Committee, shown to someone who may see it but not decide (Ban Tổ chức
 * following its proposals, for instance): the list, read-only, under a note saying who decides, rather
 * than "nothing is waiting".
 */
export function AwaitingDecision({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="wf-awaiting" aria-labelledby="wf-awaiting-heading">
      <h2 id="wf-awaiting-heading">{heading}</h2>
      <p className="wf-awaiting__note" role="note">
        {t('workflow.decisions.readOnlyNote')}
      </p>
      {children}
    </section>
  );
}
