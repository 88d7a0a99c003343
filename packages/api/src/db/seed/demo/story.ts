import type { CycleStage, KeyTaskOutcome } from '@nvtt/shared';
import { DEMO_TODAY, addDays, dayBetween, endOfMonth, laterDay, officeTime } from './calendar.js';
import type { Prng } from './prng.js';
import type { DemoRows } from './rows.js';
import {
  REGISTRATION_OPINIONS,
  RETURN_REASONS,
  better,
  descriptionOf,
  plannedOutputs,
  type PlannedOutput,
} from './task-content.js';
import { Timeline } from './timeline.js';
import { persistTask } from './story-persist.js';
import { MAIN_PATH, furthest, type Agency, type Fate, type TaskPlan } from './story-types.js';

export type { Agency, DemoCycle, Fate, TaskPlan } from './story-types.js';

/** Writes one task and its whole recorded life: registration, implementation and evaluation. */
class TaskStory {
  private readonly taskId: number;
  private readonly year: number;
  private readonly title: string;
  private readonly startsOn: string;
  private readonly endsOn: string;
  private readonly timeline: Timeline;
  private readonly outputs: PlannedOutput[];
  private day: string;
  private submittedAt: Date | null = null;
  private submittedLate = false;
  private assigned = false;
  private version = 1;
  private planDay: string;
  private selfOutcome: KeyTaskOutcome | null = null;
  private appraisedOutcome: KeyTaskOutcome | null = null;
  private concludedOutcome: KeyTaskOutcome | null = null;

  constructor(
    private readonly rng: Prng,
    private readonly rows: DemoRows,
    private readonly plan: TaskPlan,
  ) {
    this.taskId = rows.reserve('key_task');
    this.year = plan.cycle.year;
    this.title = plan.template.title.replace('{unit}', plan.unitName);
    this.startsOn = `${this.year}-01-01`;
    this.endsOn = plan.endsMidYear ? `${this.year}-${rng.pick(['06-30', '09-30'])}` : `${this.year}-12-31`;
    this.timeline = new Timeline(plan.cycle.deadlines, {
      CADRE: plan.cadreLabel,
      FOCAL: plan.focal.reviewer,
      ADVISORY: '',
      CONSOLIDATOR: plan.consolidator.reviewer,
      DECIDER: plan.decider.reviewer,
    });
    this.outputs = plannedOutputs(rng, plan.template.outputs, this.year, this.endsOn, plan.outcome);
    this.day = `${this.year - 1}-10-05`;
    this.planDay = `${this.year}-01-31`;
  }

  write(): number {
    this.register();
    this.review();
    this.decide();
    this.implement();
    this.amend();
    this.evaluate();
    this.persist();
    return this.taskId;
  }

  private reaches(step: Fate): boolean {
    return MAIN_PATH.indexOf(step) <= MAIN_PATH.indexOf(furthest(this.plan.fate));
  }

  private deadline(stage: CycleStage): string {
    return this.plan.cycle.deadlines[stage] ?? `${this.year}-12-31`;
  }

  private at(day: string): Date {
    return officeTime(this.rng, day);
  }

  private get snapshot() {
    return {
      version: 1,
      title: this.title,
      description: descriptionOf(this.title),
      startsOn: this.startsOn,
      endsOn: this.endsOn,
      outputs: this.outputs.map(({ actualRatio: _, ...output }) => output),
    };
  }

  /** Draft and submission; some late, some returned by the focal agency and submitted again. */
  private register(): void {
    const { rng, timeline } = this;
    const registerBy = this.deadline('REGISTER');
    this.day = rng.chance(0.12)
      ? dayBetween(rng, addDays(registerBy, 1), addDays(registerBy, 12))
      : dayBetween(rng, `${this.year - 1}-10-05`, registerBy);
    timeline.note('CREATE', this.at(addDays(this.day, -rng.int(2, 10))), this.plan.cadreLabel);
    if (!this.reaches('SUBMITTED')) return;
    this.submit();
    if (this.plan.fate === 'RETURNED' || (this.reaches('APPRAISED') && rng.chance(0.15))) {
      this.day = dayBetween(rng, addDays(this.day, 3), addDays(this.day, 12));
      const reason = rng.pick(RETURN_REASONS);
      const at = this.at(this.day);
      const late = timeline.act('RETURN', 'FOCAL', at, { comment: reason });
      this.appraisal('REGISTRATION', 'RETURNED', null, reason, at, late);
      if (this.plan.fate === 'RETURNED') return;
      this.day = addDays(this.day, rng.int(2, 7));
      timeline.note('UPDATE', this.at(this.day), this.plan.cadreLabel);
      this.submit();
    }
    if (this.plan.fate === 'WITHDRAWN') {
      timeline.act('WITHDRAW', 'CADRE', this.at(addDays(this.day, rng.int(1, 10))), {
        comment: 'Cán bộ đề nghị rút để thay bằng nhiệm vụ phù hợp hơn.',
      });
    }
  }

  private submit(): void {
    this.submittedAt = this.at(this.day);
    this.submittedLate = this.timeline.act('SUBMIT', 'CADRE', this.submittedAt);
  }

  /** Appraisal, consultation of the advisory agencies, and the proposal to the Standing Committee. */
  private review(): void {
    const { rng, timeline, plan } = this;
    if (plan.fate === 'WITHDRAWN' || !this.reaches('APPRAISED')) return;
    this.day = laterDay(addDays(this.day, rng.int(2, 10)), `${this.year - 1}-11-01`);
    const comment = 'Đạt yêu cầu về sản phẩm đầu ra và căn cứ.';
    const appraisedAt = this.at(this.day);
    this.appraisal(
      'REGISTRATION',
      'ACCEPTED',
      null,
      comment,
      appraisedAt,
      timeline.act('APPRAISE', 'FOCAL', appraisedAt, { comment }),
    );
    if (!this.reaches('IN_CONSULTATION')) return;
    this.day = addDays(this.day, rng.int(1, 6));
    timeline.act('SEND_FOR_OPINIONS', 'CONSOLIDATOR', this.at(this.day));
    const advisers = plan.cycle.advisoryAtRegistration.filter(() => rng.chance(0.6)).slice(0, 3);
    for (const adviser of plan.fate === 'IN_CONSULTATION' ? advisers.slice(0, 1) : advisers) {
      const at = this.at(addDays(this.day, rng.int(1, 8)));
      const text = rng.pick(REGISTRATION_OPINIONS);
      const late = timeline.act('GIVE_OPINION', 'ADVISORY', at, { comment: text, actor: adviser.reviewer });
      this.opinion(
        'REGISTRATION',
        adviser,
        text.startsWith('Đề nghị') ? 'AGREE_WITH_COMMENTS' : 'AGREE',
        null,
        text,
        at,
        late,
      );
    }
    if (!this.reaches('PROPOSED')) return;
    const proposeDay = laterDay(addDays(this.day, rng.int(3, 8)), `${this.year - 1}-12-12`);
    this.day = proposeDay > `${this.year - 1}-12-20` ? `${this.year - 1}-12-20` : proposeDay;
    timeline.act('PROPOSE', 'CONSOLIDATOR', this.at(this.day));
  }

  /** The Standing Committee's notice: assigned (and frozen) or rejected. */
  private decide(): void {
    const { plan, timeline } = this;
    const decisionAt = this.at(plan.cycle.decisionDay);
    if (plan.fate === 'REJECTED') {
      timeline.act('REJECT', 'DECIDER', decisionAt, {
        comment: 'Không giao: trùng với nhiệm vụ chung của cấp ủy.',
        document: plan.cycle.decisionNumber,
      });
    } else if (this.reaches('ASSIGNED')) {
      timeline.act('ASSIGN', 'DECIDER', decisionAt, { document: plan.cycle.decisionNumber });
      this.assigned = true;
    }
    if (plan.cycle.decisionId !== null && (plan.fate === 'REJECTED' || this.assigned)) {
      this.rows.add('assignment_decision_task', {
        decision_id: plan.cycle.decisionId,
        key_task_id: this.taskId,
        result: plan.fate === 'REJECTED' ? 'REJECTED' : 'ASSIGNED',
      });
    }
  }

  /** The plan's milestones, done on time or late as the outcome suggests, and progress reports. */
  private implement(): void {
    const { rng, timeline, plan, year } = this;
    if (!this.assigned || !this.reaches('PLANNED')) return;
    const planBy = this.deadline('PLAN');
    this.planDay = rng.chance(0.15)
      ? dayBetween(rng, addDays(planBy, 1), addDays(planBy, 15))
      : dayBetween(rng, `${year}-01-05`, planBy);
    timeline.act('FILE_PLAN', 'CADRE', this.at(this.planDay));
    const dues = rng.chance(0.25)
      ? Array.from({ length: 12 }, (_, index) => ({
          label: `Tháng ${index + 1}/${year}`,
          kind: 'MONTH',
          due: endOfMonth(year, index + 1),
        }))
      : [1, 2, 3, 4].map((quarter) => ({
          label: `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`,
          kind: 'QUARTER',
          due: endOfMonth(year, quarter * 3),
        }));
    const inPlan = dues.filter((entry) => entry.due <= this.endsOn);
    const onTimeRate =
      plan.outcome === 'EXCEEDED' || plan.outcome === 'COMPLETED_ON_TIME'
        ? 0.92
        : plan.outcome === 'COMPLETED_LATE'
          ? 0.55
          : 0.4;
    const progressing = this.reaches('IN_PROGRESS');
    for (const [index, entry] of inPlan.entries()) {
      const lateDone = !rng.chance(onTimeRate);
      const skipped = lateDone && rng.chance(0.3);
      const doneOn =
        entry.due <= DEMO_TODAY && progressing && !skipped
          ? addDays(entry.due, lateDone ? rng.int(3, 40) : -rng.int(0, 10))
          : null;
      const done = doneOn !== null && doneOn <= DEMO_TODAY ? doneOn : null;
      const milestoneId = this.rows.add('milestone', {
        key_task_id: this.taskId,
        period_kind: entry.kind,
        period_label: entry.label,
        due_on: entry.due,
        expected_output: `${this.outputs[0]!.name}: hoàn thành ${Math.round(((index + 1) / inPlan.length) * 100)}% kế hoạch`,
        done_on: done,
      });
      if (!progressing) continue;
      const reported = done ?? (entry.due < DEMO_TODAY ? addDays(entry.due, 3) : null);
      // A report never precedes the plan it reports on.
      const reportDay = reported === null ? null : laterDay(reported, addDays(this.planDay, 1));
      if (reportDay === null || reportDay > DEMO_TODAY) continue;
      const note = done ? 'Hoàn thành mốc theo kế hoạch.' : 'Chậm so với kế hoạch, đang khắc phục.';
      const at = this.at(reportDay);
      timeline.act('REPORT_PROGRESS', 'CADRE', at, { comment: note });
      this.rows.add('progress_report', {
        key_task_id: this.taskId,
        milestone_id: milestoneId,
        reported_at: at,
        status: done ? 'DONE' : 'DELAYED',
        percent_complete: Math.round(((index + 1) / inPlan.length) * 100),
        note,
        late: reportDay > entry.due,
        author_label: plan.cadreLabel,
      });
    }
    if (progressing && timeline.state === 'PLANNED') {
      timeline.act('REPORT_PROGRESS', 'CADRE', this.at(laterDay(`${year}-02-25`, addDays(this.planDay, 1))), {
        comment: 'Đã triển khai kế hoạch.',
      });
    }
  }

  /** A few change requests: approved ones raise the version; some stay pending this year. */
  private amend(): void {
    const { rng, timeline, plan, year } = this;
    if ((timeline.state !== 'IN_PROGRESS' && timeline.state !== 'PLANNED') || !rng.chance(0.08)) return;
    const requestedAt = this.at(laterDay(`${year}-0${rng.int(4, 8)}-1${rng.int(0, 9)}`, addDays(this.planDay, 1)));
    const reason = 'Điều chỉnh chỉ tiêu do thay đổi nguồn vốn.';
    timeline.act('REQUEST_CHANGE', 'CADRE', requestedAt, { comment: reason });
    const pending = year >= 2026 && rng.chance(0.5);
    const decidedAt = pending ? null : new Date(requestedAt.getTime() + rng.int(10, 30) * 86_400_000);
    const documentNumber = decidedAt ? `${rng.int(300, 480)}-TB/TU` : null;
    if (decidedAt && documentNumber) {
      timeline.act('DECIDE_CHANGE', 'DECIDER', decidedAt, { document: documentNumber });
      this.version = 2;
    }
    this.rows.add('change_request', {
      key_task_id: this.taskId,
      requested_at: requestedAt,
      requester_label: plan.cadreLabel,
      reason,
      proposed: {
        ...this.snapshot,
        version: 2,
        title: `${this.title} (điều chỉnh)`,
        multiYear: plan.parentTaskId !== null,
        spillOverNote: '',
        referenceTexts: [''],
        alignments: [{ source: plan.template.source, area: plan.template.area }],
      },
      status: pending ? 'PENDING' : 'APPROVED',
      decided_at: decidedAt,
      decider_label: decidedAt ? plan.decider.reviewer : null,
      document_number: documentNumber,
      resulting_version: decidedAt ? 2 : null,
    });
  }

  /** Suspension, self-assessment, appraisal and opinions on results, consolidation, conclusion. */
  private evaluate(): void {
    const { rng, timeline, plan, year } = this;
    if (plan.fate === 'SUSPENDED' || plan.fate === 'CONCLUDED_PARTIAL') {
      timeline.act(
        'SUSPEND',
        'DECIDER',
        this.at(laterDay(`${year}-07-05`, timeline.last.at.toISOString().slice(0, 10))),
        {
          comment: 'Tạm dừng do sắp xếp tổ chức bộ máy, điều động cán bộ.',
        },
      );
    }
    const early = this.endsOn < `${year}-12-31`;
    if (plan.fate !== 'CONCLUDED_PARTIAL' && this.reaches('SELF_ASSESSED')) {
      const assessBy = this.deadline('SELF_ASSESS');
      const on = rng.chance(0.08)
        ? addDays(assessBy, rng.int(1, 10))
        : dayBetween(
            rng,
            addDays(laterDay(this.endsOn, `${year}-06-30`), -5),
            early ? addDays(this.endsOn, 20) : assessBy,
          );
      const at = this.at(laterDay(on, timeline.last.at.toISOString().slice(0, 10)));
      this.selfOutcome = rng.chance(0.25) ? better(plan.outcome) : plan.outcome;
      const late = timeline.act('SELF_ASSESS', 'CADRE', at);
      this.rows.add('self_assessment', {
        key_task_id: this.taskId,
        outcome: this.selfOutcome,
        summary: `Kết quả: ${this.outputs.map((output) => output.name.toLowerCase()).join('; ')} theo báo cáo kèm theo.`,
        submitted_at: at,
        late,
      });
    }
    if (plan.fate !== 'CONCLUDED_PARTIAL' && this.reaches('RESULT_APPRAISED')) {
      const from = early ? addDays(this.endsOn, 25) : `${year + 1}-01-03`;
      const at = this.at(dayBetween(rng, from, early ? addDays(this.endsOn, 40) : `${year + 1}-01-18`));
      this.appraisedOutcome = rng.chance(0.85) ? plan.outcome : this.selfOutcome;
      const comment = 'Đối chiếu sản phẩm đầu ra và minh chứng.';
      this.appraisal(
        'RESULT',
        'ACCEPTED',
        this.appraisedOutcome,
        comment,
        at,
        timeline.act('APPRAISE_RESULT', 'FOCAL', at, { comment }),
      );
      for (const adviser of plan.cycle.advisoryAtResults.filter(() => rng.chance(0.5)).slice(0, 2)) {
        const opinionAt = new Date(at.getTime() + rng.int(2, 8) * 86_400_000);
        const text = 'Thống nhất với kết quả thẩm định của cơ quan đầu mối.';
        const late = timeline.act('GIVE_RESULT_OPINION', 'ADVISORY', opinionAt, {
          comment: text,
          actor: adviser.reviewer,
        });
        this.opinion('RESULT', adviser, 'AGREE', plan.outcome, text, opinionAt, late);
      }
    }
    if (plan.fate !== 'CONCLUDED_PARTIAL' && this.reaches('RESULT_CONSULTED')) {
      timeline.act(
        'CONSOLIDATE_RESULT',
        'CONSOLIDATOR',
        this.at(early ? addDays(this.endsOn, 50) : `${year + 1}-01-2${rng.int(6, 9)}`),
      );
    }
    if (plan.fate === 'CONCLUDED' || plan.fate === 'CONCLUDED_PARTIAL') {
      this.concludedOutcome = plan.fate === 'CONCLUDED_PARTIAL' ? 'EXEMPT_OBJECTIVE' : plan.outcome;
      timeline.act('CONCLUDE', 'DECIDER', this.at(`${year + 1}-02-1${rng.int(0, 9)}`), {
        document: `${year - 2000 + 100}-KL/TU`,
      });
    }
  }

  private persist(): void {
    persistTask(this.rng, this.rows, {
      taskId: this.taskId,
      plan: this.plan,
      timeline: this.timeline,
      outputs: this.outputs,
      title: this.title,
      startsOn: this.startsOn,
      endsOn: this.endsOn,
      version: this.version,
      submittedAt: this.submittedAt,
      submittedLate: this.submittedLate,
      snapshot: this.snapshot,
      assigned: this.assigned,
      selfOutcome: this.selfOutcome,
      appraisedOutcome: this.appraisedOutcome,
      concludedOutcome: this.concludedOutcome,
    });
  }

  private appraisal(
    stage: 'REGISTRATION' | 'RESULT',
    verdict: string,
    outcome: KeyTaskOutcome | null,
    comment: string,
    at: Date,
    late: boolean,
  ): void {
    this.rows.add('appraisal', {
      key_task_id: this.taskId,
      stage,
      agency_unit_id: this.plan.focal.id,
      author_label: this.plan.focal.reviewer,
      verdict,
      proposed_outcome: outcome,
      comment,
      created_at: at,
      late,
    });
  }

  private opinion(
    stage: 'REGISTRATION' | 'RESULT',
    agency: Agency,
    verdict: string,
    outcome: KeyTaskOutcome | null,
    text: string,
    at: Date,
    late: boolean,
  ): void {
    this.rows.add('opinion', {
      key_task_id: this.taskId,
      stage,
      agency_unit_id: agency.id,
      author_label: agency.reviewer,
      verdict,
      proposed_outcome: stage === 'RESULT' ? outcome : null,
      text,
      submitted_at: at,
      late,
    });
  }
}

/** Writes one task with its whole life, every step checked against the transition table. */
export function writeTask(rng: Prng, rows: DemoRows, plan: TaskPlan): number {
  return new TaskStory(rng, rows, plan).write();
}
