import { useMutation } from '@apollo/client/react';
import { type WfUserErrorFragment } from '../../../gql/graphql';
import type { SimpleAction } from './simple-actions';
import {
  WfAppraiseDocument,
  WfProposeDocument,
  WfResultConsolidateDocument,
  WfResumeDocument,
  WfReturnDocument,
  WfSelfAssessmentReturnDocument,
  WfSendForOpinionsDocument,
  WfSuspendDocument,
  WfWithdrawDocument,
} from '../graphql/review.documents';

export { SIMPLE_ACTIONS, isSimpleAction, type SimpleAction } from './simple-actions';

/** Runs one simple action on a task; answers the API's refusals (empty when done). */
export function useSimpleAction(): {
  run: (action: SimpleAction, id: string, comment: string | null, refetch?: boolean) => Promise<WfUserErrorFragment[]>;
  loading: boolean;
} {
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [returnTask, r1] = useMutation(WfReturnDocument, options);
  const [appraise, r2] = useMutation(WfAppraiseDocument, options);
  const [send, r3] = useMutation(WfSendForOpinionsDocument, options);
  const [propose, r4] = useMutation(WfProposeDocument, options);
  const [returnSelf, r5] = useMutation(WfSelfAssessmentReturnDocument, options);
  const [consolidate, r6] = useMutation(WfResultConsolidateDocument, options);
  const [withdraw, r7] = useMutation(WfWithdrawDocument, options);
  const [suspend, r8] = useMutation(WfSuspendDocument, options);
  const [resume, r9] = useMutation(WfResumeDocument, options);
  const loading = [r1, r2, r3, r4, r5, r6, r7, r8, r9].some((state) => state.loading);

  /** `refetch: false` for one of many in a row; the caller refreshes the screen once at the end. */
  async function run(
    action: SimpleAction,
    id: string,
    comment: string | null,
    refetch = true,
  ): Promise<WfUserErrorFragment[]> {
    const options = refetch ? {} : { refetchQueries: [], awaitRefetchQueries: false };
    switch (action) {
      case 'RETURN':
        return (await returnTask({ variables: { id, comment }, ...options })).data?.keyTaskReturn.userErrors ?? [];
      case 'APPRAISE':
        return (await appraise({ variables: { id, comment }, ...options })).data?.keyTaskAppraise.userErrors ?? [];
      case 'SEND_FOR_OPINIONS':
        return (await send({ variables: { id }, ...options })).data?.keyTaskSendForOpinions.userErrors ?? [];
      case 'PROPOSE':
        return (await propose({ variables: { id }, ...options })).data?.keyTaskPropose.userErrors ?? [];
      case 'RETURN_SELF_ASSESSMENT':
        return (
          (await returnSelf({ variables: { id, comment }, ...options })).data?.selfAssessmentReturn.userErrors ?? []
        );
      case 'CONSOLIDATE_RESULT':
        return (await consolidate({ variables: { id, comment }, ...options })).data?.resultConsolidate.userErrors ?? [];
      case 'WITHDRAW':
        return (
          (await withdraw({ variables: { id, reason: comment }, ...options })).data?.keyTaskWithdraw.userErrors ?? []
        );
      case 'SUSPEND':
        return (
          (await suspend({ variables: { id, reason: comment }, ...options })).data?.keyTaskSuspend.userErrors ?? []
        );
      case 'RESUME':
        return (await resume({ variables: { id, reason: comment }, ...options })).data?.keyTaskResume.userErrors ?? [];
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }
  return { run, loading };
}
