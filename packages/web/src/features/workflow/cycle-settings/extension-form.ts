import { parseDisplayDate } from '@nvtt/shared';
import type { WfUserErrorFragment } from '../../../gql/graphql';

export interface ExtensionValues {
  target: 'cadre' | 'agency';
  cadre: string;
  agency: string;
  until: string;
  reason: string;
}

type Translate = (key: string) => string;

const problem = (text: string, field: string): WfUserErrorFragment => ({
  code: 'INVALID_INPUT',
  message: text,
  messageEn: text,
  field: [field],
  rule: null,
});

/**
 * The extension form's own checks before it asks the API: every missing field says it is required
 * (an empty date is missing, not "invalid"), a typed date that is not one says it is invalid.
 * The API checks again (stage window, scope, who may extend).
 */
export function extensionProblems(
  values: ExtensionValues,
  t: Translate,
): { problems: WfUserErrorFragment[]; until: string | null } {
  const problems: WfUserErrorFragment[] = [];
  if (values.target === 'cadre' && !values.cadre) problems.push(problem(t('workflow.settings.cadreRequired'), 'cadre'));
  if (values.target === 'agency' && !values.agency)
    problems.push(problem(t('workflow.settings.agencyRequired'), 'agency'));
  const typed = values.until.trim();
  const until = typed ? parseDisplayDate(typed) : null;
  if (!typed) problems.push(problem(t('workflow.settings.untilRequired'), 'until'));
  else if (!until) problems.push(problem(t('workflow.common.dateInvalid'), 'until'));
  if (!values.reason.trim()) problems.push(problem(t('workflow.settings.reasonRequired'), 'reason'));
  return { problems, until };
}
