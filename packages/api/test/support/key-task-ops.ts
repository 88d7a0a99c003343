import { expect } from 'vitest';
import type { Actor } from '../../src/auth/actor.js';
import { TASK_FIELDS } from './fixtures.js';
import type { TestApp } from './test-app.js';

export interface Task {
  id: string;
  state: string;
  version: number;
  submittedLate: boolean;
  title: string;
  ordinal: number;
  availableActions: string[];
  stateReason: string | null;
  selfOutcome: string | null;
  appraisedOutcome: string | null;
  concludedOutcome: string | null;
}

export interface UserErrors {
  userErrors: Array<{ code: string; message: string; rule: string | null; field: string[] | null }>;
}

export type TaskPayload = UserErrors & { keyTask: Task | null };

const ERRORS = 'userErrors { code message rule field }';

export const createTask = (year: number) =>
  `mutation($input: KeyTaskDraftInput!) { keyTaskCreate(cycleYear: ${year}, input: $input) { keyTask { ${TASK_FIELDS} } ${ERRORS} } }`;
export const UPDATE = `mutation($id: ID!, $input: KeyTaskDraftInput!) { keyTaskUpdate(id: $id, input: $input) { keyTask { ${TASK_FIELDS} } ${ERRORS} } }`;

/** A task mutation taking `$id` and, when `argument` is given, a `$comment` passed as that argument. */
export const taskAction = (name: string, argument?: 'comment' | 'reason') =>
  argument
    ? `mutation($id: ID!, $comment: String) { ${name}(id: $id, ${argument}: $comment) { keyTask { ${TASK_FIELDS} } ${ERRORS} } }`
    : `mutation($id: ID!) { ${name}(id: $id) { keyTask { ${TASK_FIELDS} } ${ERRORS} } }`;

export const SUBMIT = taskAction('keyTaskSubmit');
export const RETURN = taskAction('keyTaskReturn', 'comment');
export const APPRAISE = taskAction('keyTaskAppraise', 'comment');
export const SEND = taskAction('keyTaskSendForOpinions');
export const PROPOSE = taskAction('keyTaskPropose');
export const OPINION = `mutation($task: ID!, $input: OpinionInput!) { opinionSubmit(keyTask: $task, input: $input) { opinion { verdict text authorLabel agency { code } stage } userErrors { code message } } }`;

const TOUCHABLE = [
  'key_task',
  'cycle',
  'cycle_deadline',
  'milestone',
  'output_product',
  'alignment',
  'audit_event',
  'opinion',
  'appraisal',
  'assignment_decision',
  'assignment_decision_task',
  'change_request',
  'progress_report',
  'self_assessment',
  'conclusion',
  'quality_rating',
  'deadline_extension',
  'focal_agency_rule',
  'evidence',
];
const FOOTPRINT_SQL = `SELECT ${TOUCHABLE.map(
  (table) => `(SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM ${table}) AS ${table}`,
).join(', ')}`;

/** Mutation helpers bound to a test app: run one, or prove a refused one changed nothing. */
export function operations(appOf: () => TestApp) {
  async function mutate<T>(query: string, variables: Record<string, unknown>, actor?: Actor): Promise<T> {
    const response = await appOf().graphql<Record<string, T>>(query, variables, actor);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0]!;
  }

  /**
   * A fingerprint of every table a refused action could have touched: row count and the sum of the
   * rows' xmin. Any committed insert, update or delete changes it; a rolled-back one does not.
   */
  function footprint(): Promise<unknown> {
    return appOf().dataSource.query(FOOTPRINT_SQL);
  }

  async function expectRefused(
    query: string,
    variables: Record<string, unknown>,
    actor: Actor | undefined,
    code: string,
  ) {
    const before = await footprint();
    const payload = await mutate<UserErrors>(query, variables, actor);
    expect(payload.userErrors.map((error) => error.code)).toContain(code);
    expect(await footprint()).toEqual(before);
    return payload;
  }

  return { mutate, expectRefused };
}
