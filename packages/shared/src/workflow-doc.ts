import {
  CYCLE_STAGE_DEFAULTS,
  CYCLE_STAGES,
  DEFAULT_CYCLE_RULES,
  defaultCycleDeadlines,
  stageActors,
  type CycleRules,
  type CycleStage,
  type StageActor,
} from './cycle.js';
import { KEY_TASK_STATES, type KeyTaskState } from './key-task.js';
import { codesOf, type Label } from './label.js';
import { UNIT_ROLES } from './org-unit.js';
import { durationInMonths, REGISTRATION_RULES, type RegistrationRuleCode } from './registration-rules.js';
import { SUBJECT_GROUPS } from './subject-group.js';
import { formatLocalDate, localDate } from './time.js';
import { EXAMPLE_YEAR, code, codes, section, table, yesNo } from './markdown.js';
import { measuresSection, outcomesSection, ratingLevelsSection, ratingSchemesSection } from './workflow-doc-ratings.js';
import {
  KEY_TASK_ACTIONS,
  KEY_TASK_TRANSITIONS,
  stageOf,
  statesBefore,
  TERMINAL_STATES,
  type KeyTaskAction,
} from './workflow.js';

/**
 * docs/workflow.md, generated from the rules themselves so the page cannot drift from them.
 * `pnpm docs:workflow` writes it; workflow-doc.test.ts fails when the file on disk is stale.
 * Everything here is deterministic (no clock), and the Markdown is already in Prettier's shape
 * (aligned tables, one blank line between blocks) so `prettier --check docs` leaves it alone.
 */

/** Who acts in the workflow: the cadre, and the four roles a unit may hold (UNIT_ROLES). */
const ACTORS: Readonly<Record<StageActor, Label>> = {
  CADRE: { vi: 'Cán bộ lãnh đạo, quản lý', en: 'Cadre' },
  ...UNIT_ROLES,
};

// ---------------------------------------------------------------------------------------------
// Markdown helpers

/** How the diagram and tables name an actor: the abbreviation users know, else a short name. */
function actorName(actor: StageActor): string {
  const label: Label = ACTORS[actor];
  return label.abbr ?? label.en.toLowerCase();
}

function actorsOf(action: KeyTaskAction): StageActor[] {
  return Object.keys(KEY_TASK_TRANSITIONS[action].allowed) as StageActor[];
}

/** The actors who may take `action` on a task in `state`. */
function actorsFrom(action: KeyTaskAction, state: KeyTaskState): StageActor[] {
  return actorsOf(action).filter((actor) => KEY_TASK_TRANSITIONS[action].allowed[actor]?.includes(state) ?? false);
}

/** "cadre: `DRAFT`, `RETURNED`; BTC: …" */
function whoFrom(action: KeyTaskAction): string {
  return actorsOf(action)
    .map((actor) => `${actorName(actor)}: ${codes(KEY_TASK_TRANSITIONS[action].allowed[actor] ?? [])}`)
    .join('; ');
}

/** The stage whose deadline applies, per actor when they differ. */
function lateAfter(action: KeyTaskAction): string {
  const byStage = new Map<CycleStage | null, StageActor[]>();
  for (const actor of actorsOf(action)) {
    const stage = stageOf(action, actor);
    byStage.set(stage, [...(byStage.get(stage) ?? []), actor]);
  }
  const stageText = (stage: CycleStage | null): string => (stage === null ? 'none' : code(stage));
  if (byStage.size === 1) return stageText([...byStage.keys()][0]!);
  return [...byStage].map(([stage, actors]) => `${stageText(stage)} (${actors.map(actorName).join(', ')})`).join('; ');
}

/** "30/10 of N−1": a default deadline relative to the cycle's year N. */
function relativeDeadline(stage: CycleStage): string {
  const rule = CYCLE_STAGE_DEFAULTS[stage];
  if (rule === null) return 'no fixed date (with the annual review)';
  const day = `${String(rule.day).padStart(2, '0')}/${String(rule.month).padStart(2, '0')}`;
  const year = rule.yearOffset === 0 ? 'N' : rule.yearOffset < 0 ? `N−${-rule.yearOffset}` : `N+${rule.yearOffset}`;
  return `${day} of ${year}`;
}

// ---------------------------------------------------------------------------------------------
// Sections

function introSection(): string {
  return section(
    '<!-- Generated from packages/shared by `pnpm docs:workflow` (packages/shared/src/workflow-doc.ts). Do not edit by hand. -->',
    '# Key task workflow (quy trình nhiệm vụ trọng tâm)',
    `A **key task** (nhiệm vụ trọng tâm) is one of the ${DEFAULT_CYCLE_RULES.tasksPerCadre} tasks that a leader or ` +
      'manager of Khánh Hòa province (cán bộ lãnh đạo, quản lý) registers for year N under Regulation 622-QĐ/TU: ' +
      'important, within their functions and measured by concrete output products. A focal agency (cơ quan đầu mối) ' +
      'appraises it, Ban Tổ chức Tỉnh ủy (BTC) consolidates the opinions of the advisory agencies, the Standing ' +
      'Committee (Thường trực, BTV) assigns it before the year starts; the cadre carries it out during N and ' +
      'self-assesses it at the end of N, and the evaluation is one of the inputs of the cadre’s annual rating.',
    'This page is **generated** from the rules in `packages/shared` (the transition table, the cycle calendar, ' +
      'the registration rules, outcomes and rating schemes) by `pnpm docs:workflow`, and a test ' +
      '(`packages/shared/src/workflow-doc.test.ts`) fails when it is out of date. Change the rules in the code, ' +
      'then regenerate the page; do not edit it by hand.',
  );
}

/** One arrow per action and state it may be taken from, labelled with the actors allowed there. */
function diagramArrows(): string[] {
  return codesOf(KEY_TASK_ACTIONS).flatMap((action) => {
    const to = KEY_TASK_TRANSITIONS[action].to;
    if (to === null) return [];
    return statesBefore(action).map(
      (from) => `    ${from} --> ${to} : ${action} (${actorsFrom(action, from).map(actorName).join(', ')})`,
    );
  });
}

/** The states no action leads to: where a task's life starts. */
function initialStates(): KeyTaskState[] {
  const targets = new Set(Object.values(KEY_TASK_TRANSITIONS).map((rule) => rule.to));
  return codesOf(KEY_TASK_STATES).filter((state) => !targets.has(state));
}

function diagramSection(): string {
  const lines = [
    '```mermaid',
    'stateDiagram-v2',
    ...codesOf(KEY_TASK_STATES).map((state) => `    ${state} : ${KEY_TASK_STATES[state].vi}`),
    ...initialStates().map((state) => `    [*] --> ${state}`),
    ...diagramArrows(),
    ...TERMINAL_STATES.map((state) => `    ${state} --> [*]`),
    '```',
  ];
  const stateRows = codesOf(KEY_TASK_STATES).map((state) => [
    code(state),
    KEY_TASK_STATES[state].vi,
    KEY_TASK_STATES[state].en,
    yesNo(TERMINAL_STATES.includes(state)),
  ]);
  const unchanged = codesOf(KEY_TASK_ACTIONS).filter((action) => KEY_TASK_TRANSITIONS[action].to === null);
  const unchangedRows = unchanged.map((action) => [
    code(action),
    KEY_TASK_ACTIONS[action].vi,
    KEY_TASK_ACTIONS[action].en,
    whoFrom(action),
  ]);
  return section(
    '## A key task’s life',
    'Each arrow is one action taken from one state, labelled with the action code and who may take it from ' +
      'there (cadre, focal agency, advisory agency, BTC, BTV: see [Actors](#actors-and-subject-groups)). ' +
      '`[*]` marks where a task starts and the terminal states it never leaves.',
    lines.join('\n'),
    table(['State', 'Vietnamese', 'English', 'Terminal'], stateRows),
    'Actions that leave the state unchanged are recorded on the task (an opinion, a change request, the ' +
      'decision on it) without moving it, so the diagram does not draw them:',
    table(['Action', 'Vietnamese', 'English', 'Who: from which states'], unchangedRows),
  );
}

function actionsSection(): string {
  const rows = codesOf(KEY_TASK_ACTIONS).map((action) => {
    const rule = KEY_TASK_TRANSITIONS[action];
    return [
      code(action),
      KEY_TASK_ACTIONS[action].vi,
      KEY_TASK_ACTIONS[action].en,
      whoFrom(action),
      rule.to === null ? 'unchanged' : code(rule.to),
      lateAfter(action),
      yesNo(rule.requiresComment),
      yesNo(rule.requiresDocument),
    ];
  });
  return section(
    '## Actions',
    'Every action, who may take it and from which states, the state it leads to, and the stage whose deadline ' +
      'marks it late ("none": no cycle deadline applies). A comment is a written reason kept for the dossier; ' +
      'an official document is a document number and date (e.g. the BTV decision). The API enforces this ' +
      'table and the dashboard offers only the actions it allows.',
    table(
      ['Action', 'Vietnamese', 'English', 'Who: from which states', 'Leads to', 'Late after', 'Comment', 'Document'],
      rows,
    ),
  );
}

function calendarSection(): string {
  const example = defaultCycleDeadlines(EXAMPLE_YEAR);
  const rows = codesOf(CYCLE_STAGES).map((stage) => {
    const deadline = example[stage];
    return [
      code(stage),
      CYCLE_STAGES[stage].vi,
      stageActors(stage).map(actorName).join(', '),
      relativeDeadline(stage),
      CYCLE_STAGE_DEFAULTS[stage]?.basis ?? '—',
      deadline === null ? '—' : formatLocalDate(deadline),
    ];
  });
  const reportDay = DEFAULT_CYCLE_RULES.progressReportDay;
  return section(
    '## The cycle calendar',
    `The tasks of year N are registered and assigned at the end of N−1, carried out in N and evaluated at the end ` +
      `of N. Each stage has a default deadline: **RULE** when Regulation 622-QĐ/TU fixes it, **DEFAULT** when it ` +
      `is our reading where the text is silent. The last column is the example of the ${EXAMPLE_YEAR} cycle.`,
    table(['Stage', 'Vietnamese', 'Actors', 'Default deadline', 'Basis', `Cycle ${EXAMPLE_YEAR}`], rows),
    `Progress reports (${code('REPORT_PROGRESS')}) have no stage deadline: they are due every month by day ` +
      `${reportDay} (the last day of a shorter month).`,
    [
      '- Deadlines are per-cycle data: Ban Tổ chức (BTC) can change them for a cycle without a code change.',
      '- A deadline flags late work, it never refuses it: whatever is sent after the deadline is accepted and ' +
        'marked late.',
      '- BTC can extend a deadline for one cadre or one agency; the extension is kept with its reason, and only ' +
        'ever gives more time.',
    ].join('\n'),
  );
}

/** The cycle rule that sets the number a registration rule checks. */
const RULE_PARAMETERS: Readonly<Partial<Record<RegistrationRuleCode, keyof CycleRules>>> = {
  TASK_COUNT: 'tasksPerCadre',
  DURATION_TOO_LONG: 'maxDurationMonths',
};

function registrationSection(): string {
  const rows = codesOf(REGISTRATION_RULES).map((rule) => {
    const parameter = RULE_PARAMETERS[rule];
    return [
      code(rule),
      REGISTRATION_RULES[rule].vi,
      REGISTRATION_RULES[rule].en,
      parameter === undefined ? '—' : `${code(parameter)} = ${DEFAULT_CYCLE_RULES[parameter]}`,
    ];
  });
  const [start, end, nextYear] = [
    localDate(EXAMPLE_YEAR, 1, 1),
    localDate(EXAMPLE_YEAR, 12, 31),
    localDate(EXAMPLE_YEAR + 1, 1, 1),
  ];
  return section(
    '## Registration rules',
    'Checked before a cadre submits and again at appraisal, with a message per rule. The numbers are the ' +
      'cycle’s rules (defaults below), which BTC may change for a new cycle.',
    table(['Rule', 'Vietnamese', 'English', 'Default'], rows),
    `A task’s duration counts the calendar months it runs into, both days included: ` +
      `${formatLocalDate(start)} → ${formatLocalDate(end)} is ${durationInMonths(start, end)} months, ` +
      `${formatLocalDate(start)} → ${formatLocalDate(nextYear)} is ${durationInMonths(start, nextYear)}.`,
  );
}

function actorsSection(): string {
  const actorRows = (Object.keys(ACTORS) as StageActor[]).map((actor) => [
    code(actor),
    actorName(actor),
    ACTORS[actor].vi,
    ACTORS[actor].en,
  ]);
  const groupRows = codesOf(SUBJECT_GROUPS).map((group) => [
    code(group),
    SUBJECT_GROUPS[group].vi,
    SUBJECT_GROUPS[group].en,
  ]);
  return section(
    '## Actors and subject groups',
    'Who acts in the workflow: the cadre, and a unit in one of its roles (unit roles). Which focal agency ' +
      'handles which subject group is a per-cycle rule table.',
    table(['Actor', 'Named here', 'Vietnamese', 'English'], actorRows),
    'Subject groups (nhóm đối tượng): why a cadre is subject to Regulation 622-QĐ/TU.',
    table(['Subject group', 'Vietnamese', 'English'], groupRows),
  );
}

/** The whole Markdown of docs/workflow.md. */
export function renderWorkflowDoc(): string {
  const sections = [
    introSection(),
    diagramSection(),
    actionsSection(),
    calendarSection(),
    registrationSection(),
    outcomesSection(),
    measuresSection(),
    ratingLevelsSection(),
    ratingSchemesSection(),
    actorsSection(),
  ];
  return `${sections.join('\n\n')}\n`;
}
