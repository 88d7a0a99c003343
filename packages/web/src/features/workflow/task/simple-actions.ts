import type { KeyTaskAction } from '@nvtt/shared';

// Apart from the hook so that deciding which form an action takes does not load the mutations.
/** Actions taken with at most a comment: one button (and a reason where the table requires one). */
export const SIMPLE_ACTIONS = [
  'RETURN',
  'APPRAISE',
  'SEND_FOR_OPINIONS',
  'PROPOSE',
  'RETURN_SELF_ASSESSMENT',
  'CONSOLIDATE_RESULT',
  'WITHDRAW',
  'SUSPEND',
  'RESUME',
] as const satisfies readonly KeyTaskAction[];
export type SimpleAction = (typeof SIMPLE_ACTIONS)[number];

export function isSimpleAction(action: KeyTaskAction): action is SimpleAction {
  return (SIMPLE_ACTIONS as readonly KeyTaskAction[]).includes(action);
}
