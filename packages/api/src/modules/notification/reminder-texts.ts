import {
  CYCLE_STAGES,
  STAGE_ACTORS,
  formatLocalDate,
  type CycleStage,
  type DeadlineReminder,
  type LocalDate,
  type NotificationKind,
  type StageActor,
} from '@nvtt/shared';

/** A notification's words, Vietnamese first (what the e-mail and the centre show), then English. */
export interface NotificationText {
  readonly kind: NotificationKind;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly bodyVi: string;
  readonly bodyEn: string;
}

export interface WaitFacts {
  readonly year: number;
  readonly stage: CycleStage;
  readonly actor: StageActor;
  readonly dueOn: LocalDate;
  readonly tasks: number;
}

/** "Kỳ 2027" — the cycle a reminder is about (a cycle's registration runs the year before). */
function cycleVi(year: number): string {
  return `kỳ ${year}`;
}

export function deadlineText(wait: WaitFacts, reminder: DeadlineReminder): NotificationText {
  const stage = CYCLE_STAGES[wait.stage];
  const date = formatLocalDate(wait.dueOn);
  const tasksVi = `${wait.tasks} nhiệm vụ (${cycleVi(wait.year)})`;
  const tasksEn = `${wait.tasks} key task${wait.tasks === 1 ? '' : 's'} (${wait.year} cycle)`;
  switch (reminder.kind) {
    case 'DEADLINE_SOON': {
      const leftVi = reminder.daysLeft === 0 ? 'hạn là hôm nay' : `còn ${reminder.daysLeft} ngày`;
      const leftEn = reminder.daysLeft === 0 ? 'due today' : `${reminder.daysLeft} day(s) left`;
      return {
        kind: 'DEADLINE_SOON',
        titleVi: `Sắp đến hạn: ${stage.vi} — ${date}`,
        titleEn: `Deadline approaching: ${stage.en} — ${date}`,
        bodyVi: `${tasksVi} đang chờ đồng chí thực hiện bước “${stage.vi}”. Hạn: ${date} (${leftVi}).`,
        bodyEn: `${tasksEn} wait for you at “${stage.en}”. Deadline: ${date} (${leftEn}).`,
      };
    }
    case 'OVERDUE':
      return {
        kind: 'OVERDUE',
        titleVi: `Quá hạn: ${stage.vi} — ${date}`,
        titleEn: `Overdue: ${stage.en} — ${date}`,
        bodyVi: `${tasksVi} đang chờ đồng chí thực hiện bước “${stage.vi}” đã quá hạn ${date} (${reminder.daysLate} ngày). Việc nộp muộn vẫn được nhận và ghi nhận là chậm.`,
        bodyEn: `${tasksEn} waiting for you at “${stage.en}” passed the ${date} deadline (${reminder.daysLate} day(s) ago). Late work is still accepted and marked late.`,
      };
    default: {
      const unreachable: never = reminder;
      return unreachable;
    }
  }
}

export function escalationText(wait: WaitFacts, unitName: string, daysLate: number): NotificationText {
  const stage = CYCLE_STAGES[wait.stage];
  const actor = STAGE_ACTORS[wait.actor];
  const date = formatLocalDate(wait.dueOn);
  const whoVi = wait.actor === 'CADRE' ? `cán bộ do ${unitName} theo dõi` : `${actor.vi} (${unitName})`;
  const whoEn = wait.actor === 'CADRE' ? `cadres followed by ${unitName}` : `${actor.en} (${unitName})`;
  return {
    kind: 'ESCALATION',
    titleVi: `Quá hạn ${daysLate} ngày: ${stage.vi} — ${unitName}`,
    titleEn: `${daysLate} day(s) overdue: ${stage.en} — ${unitName}`,
    bodyVi: `${wait.tasks} nhiệm vụ (${cycleVi(wait.year)}) chờ ${whoVi} thực hiện bước “${stage.vi}” đã quá hạn ${date} ${daysLate} ngày. Đề nghị đồng chí chỉ đạo hoàn thành.`,
    bodyEn: `${wait.tasks} key task(s) (${wait.year} cycle) waiting for ${whoEn} at “${stage.en}” are ${daysLate} day(s) past the ${date} deadline. Please see that they are completed.`,
  };
}

export interface MilestoneFacts {
  readonly dueOn: LocalDate;
  readonly periodLabel: string;
  readonly taskTitle: string;
}

export function milestoneText(milestone: MilestoneFacts, daysLate: number): NotificationText {
  const date = formatLocalDate(milestone.dueOn);
  return {
    kind: 'MILESTONE_OVERDUE',
    titleVi: `Mốc ${milestone.periodLabel} quá hạn: ${milestone.taskTitle}`,
    titleEn: `Milestone ${milestone.periodLabel} overdue: ${milestone.taskTitle}`,
    bodyVi: `Mốc tiến độ ${milestone.periodLabel} của nhiệm vụ “${milestone.taskTitle}” đến hạn ${date} chưa hoàn thành (quá ${daysLate} ngày). Đề nghị đồng chí cập nhật tiến độ.`,
    bodyEn: `Milestone ${milestone.periodLabel} of “${milestone.taskTitle}”, due ${date}, is not done (${daysLate} day(s) late). Please report progress.`,
  };
}

export interface MilestoneGroupFacts {
  readonly dueOn: LocalDate;
  readonly unitName: string;
  readonly milestones: number;
  readonly cadres: number;
  /** Up to a few cadres' names, for the text. */
  readonly cadreNames: readonly string[];
}

/** To a focal agency's head: the milestones of one due date still not done, all cadres together. */
export function milestoneEscalationText(group: MilestoneGroupFacts, daysLate: number): NotificationText {
  const date = formatLocalDate(group.dueOn);
  const names = group.cadreNames.join(', ') + (group.cadres > group.cadreNames.length ? ', …' : '');
  return {
    kind: 'MILESTONE_ESCALATION',
    titleVi: `${group.milestones} mốc tiến độ đến hạn ${date} chưa hoàn thành — ${group.unitName}`,
    titleEn: `${group.milestones} milestone(s) due ${date} not done — ${group.unitName}`,
    bodyVi: `${group.milestones} mốc tiến độ của ${group.cadres} cán bộ do ${group.unitName} theo dõi (${names}) đến hạn ${date} chưa hoàn thành, đã quá ${daysLate} ngày. Đề nghị đồng chí chỉ đạo.`,
    bodyEn: `${group.milestones} milestone(s) of ${group.cadres} cadre(s) followed by ${group.unitName} (${names}), due ${date}, are ${daysLate} day(s) overdue. Please follow up.`,
  };
}
