import {
  checkTransition,
  isLate,
  stageOf,
  type CycleStage,
  type KeyTaskAction,
  type KeyTaskState,
  type StageActor,
} from '@nvtt/shared';

export interface TimelineEvent {
  readonly action: string;
  readonly at: Date;
  readonly actor: string;
  readonly from: KeyTaskState | null;
  readonly to: KeyTaskState | null;
  readonly comment: string | null;
  readonly document: string | null;
  readonly late: boolean;
}

/**
 * A task's recorded life as it is written: every step is checked against the shared transition
 * table and dated, with lateness judged by the same rule the API uses.
 */
export class Timeline {
  state: KeyTaskState = 'DRAFT';
  readonly events: TimelineEvent[] = [];

  constructor(
    private readonly deadlines: Readonly<Partial<Record<CycleStage, string | null>>>,
    private readonly labels: Readonly<Record<StageActor, string>>,
  ) {}

  /** Takes an action; returns whether it was late. Throws if the table does not allow it. */
  act(
    action: KeyTaskAction,
    role: StageActor,
    at: Date,
    extra: { comment?: string; document?: string; actor?: string } = {},
  ): boolean {
    const check = checkTransition(this.state, action, role);
    if (!check.ok) throw new Error(`demo story: ${action} by ${role} from ${this.state}: ${check.code}`);
    const stage = stageOf(action, role);
    const late = stage === null ? false : isLate(stage, at, this.deadlines, []);
    this.events.push({
      action,
      at,
      actor: extra.actor ?? this.labels[role],
      from: this.state,
      to: check.to,
      comment: extra.comment ?? null,
      document: extra.document ?? null,
      late,
    });
    this.state = check.to;
    return late;
  }

  /** Records an event outside the table (creation, edits of a draft). */
  note(action: 'CREATE' | 'UPDATE', at: Date, actor: string): void {
    this.events.push({
      action,
      at,
      actor,
      from: action === 'CREATE' ? null : this.state,
      to: this.state,
      comment: null,
      document: null,
      late: false,
    });
  }

  get last(): TimelineEvent {
    return this.events[this.events.length - 1]!;
  }
}
