import { EXEMPT_OUTCOMES, KEY_TASK_OUTCOMES, QUALITY_RATING_LEVELS, type KeyTaskOutcome } from './evaluation.js';
import { codesOf } from './label.js';
import { localDate } from './time.js';
import { EXAMPLE_YEAR, code, codes, percent, section, table, yesNo } from './markdown.js';
import {
  computeMeasures,
  DEFAULT_RATING_SCHEME_CODE,
  RATING_SCHEMES,
  ratingConditions,
  type RatingScheme,
  type RatingSchemeCode,
} from './rating.js';

/** The evaluation part of docs/workflow.md: outcomes, measures, rating levels and schemes. */

/** How one task with `outcome` counts in the measures, read from computeMeasures itself. */
function outcomeCounts(outcome: KeyTaskOutcome): ReturnType<typeof computeMeasures> {
  return computeMeasures([{ outcome, outputs: [], milestones: [] }], localDate(EXAMPLE_YEAR, 12, 31));
}

function outcomesWhere(counts: (measures: ReturnType<typeof computeMeasures>) => number): string {
  return codes(codesOf(KEY_TASK_OUTCOMES).filter((outcome) => counts(outcomeCounts(outcome)) > 0));
}

export function outcomesSection(): string {
  const rows = codesOf(KEY_TASK_OUTCOMES).map((outcome) => {
    const counts = outcomeCounts(outcome);
    return [
      code(outcome),
      KEY_TASK_OUTCOMES[outcome].vi,
      KEY_TASK_OUTCOMES[outcome].en,
      EXEMPT_OUTCOMES.includes(outcome) ? 'no (exempt)' : 'yes',
      yesNo(counts.completedTasks > 0),
      yesNo(counts.onTimeTasks > 0),
      yesNo(counts.lateTasks > 0),
      yesNo(counts.exceededTasks > 0),
    ];
  });
  return section(
    '## Outcomes, measures and ratings',
    'Three layers are kept apart: the outcome of each task, the measures computed from the data, and the ' +
      'official rating that the decision body enters.',
    '### Outcome of a task',
    'Self-assessed, appraised and concluded outcomes are all kept. An exempt outcome is left out of every ' +
      'denominator.',
    table(['Outcome', 'Vietnamese', 'English', 'In denominators', 'Completed', 'On time', 'Late', 'Exceeded'], rows),
  );
}

export function measuresSection(): string {
  return section(
    '### Measures',
    'Computed for a cadre’s tasks as of a date. Exempt tasks count nowhere. A rate whose denominator is 0 ' +
      'has no value (it is shown empty, not as 0%).',
    [
      `- **Assessable tasks**: tasks with an outcome that is not exempt (${codes(EXEMPT_OUTCOMES)}); the ` +
        'denominator of every task rate. Tasks without an outcome yet are not counted.',
      `- **Completion rate** (tỷ lệ hoàn thành): completed tasks (${outcomesWhere((m) => m.completedTasks)}) ÷ ` +
        'assessable tasks.',
      `- **Late share** (tỷ lệ chậm tiến độ): late tasks (${outcomesWhere((m) => m.lateTasks)}) ÷ assessable tasks.`,
      `- **Exceeded share** (tỷ lệ vượt mức): exceeded tasks (${outcomesWhere((m) => m.exceededTasks)}) ÷ ` +
        'assessable tasks.',
      '- **Output achievement** (mức đạt chỉ tiêu sản phẩm đầu ra): the mean of actual ÷ target over the outputs ' +
        'that have a target above 0 and an actual value, including tasks without an outcome yet; not capped, so ' +
        '120% is possible.',
      '- **Milestone on-time rate** (tỷ lệ mốc tiến độ đúng hạn): milestones done on or before their due date ÷ ' +
        'milestones fallen due by the date of the measures: due before it, or due on it and done (a milestone has ' +
        'the whole of its due day, so one due that day and not done yet is not counted as missed).',
    ].join('\n'),
  );
}

export function ratingLevelsSection(): string {
  const rows = codesOf(QUALITY_RATING_LEVELS).map((level) => [
    code(level),
    QUALITY_RATING_LEVELS[level].abbr,
    QUALITY_RATING_LEVELS[level].vi,
    QUALITY_RATING_LEVELS[level].en,
  ]);
  return section(
    '### Rating levels',
    'The official year-end rating (xếp loại chất lượng) has four levels. **The rating is never computed**: the ' +
      'system shows the measures and, for each level, the conditions it needs and whether they are met; the ' +
      'decision body (BTV) decides and enters the level.',
    table(['Level', 'Abbr.', 'Vietnamese', 'English'], rows),
  );
}

/** The score range of each level; a score is read as "at least the level's band". */
function scoreBand(scheme: RatingScheme, level: keyof typeof QUALITY_RATING_LEVELS): string {
  const { EXCELLENT, GOOD, COMPLETED } = scheme.bands;
  switch (level) {
    case 'EXCELLENT':
      return `${EXCELLENT}–100`;
    case 'GOOD':
      return `${GOOD} to under ${EXCELLENT}`;
    case 'COMPLETED':
      return `${COMPLETED} to under ${GOOD}`;
    case 'NOT_COMPLETED':
      return `under ${COMPLETED}`;
  }
}

function schemeSection(schemeCode: RatingSchemeCode): string {
  const scheme = RATING_SCHEMES[schemeCode];
  const levels = ratingConditions(computeMeasures([], localDate(EXAMPLE_YEAR, 12, 31)), scheme, null);
  const rows = levels.map(({ level, conditions }) => [
    QUALITY_RATING_LEVELS[level].abbr,
    scoreBand(scheme, level),
    conditions.map((condition) => condition.label.en).join('; '),
    conditions.map((condition) => condition.label.vi).join('; '),
  ]);
  const quota =
    scheme.excellentQuotaOfGood === null
      ? 'No HTXS quota.'
      : `HTXS quota: at most ${percent(scheme.excellentQuotaOfGood)} of the number rated HTT in a comparable ` +
        `group (rounded down). Going over it is a warning for BTC, never a block.`;
  const isDefault = schemeCode === DEFAULT_RATING_SCHEME_CODE ? ' (default)' : '';
  return section(
    `#### ${code(schemeCode)}${isDefault}`,
    `${scheme.label.en}. ${scheme.label.vi}. Scale version ${code(scheme.scaleVersion)}.`,
    table(['Level', 'Score', 'Conditions', 'Điều kiện'], rows),
    quota,
  );
}

export function ratingSchemesSection(): string {
  return section(
    '### Rating schemes',
    'A cycle stores the rating scheme it uses, with its scale version, so past years stay interpretable after ' +
      'the national or provincial rules change. Scores are on a 100-point scale; a score is read as "at least ' +
      'the level’s band", so several levels can have all their conditions met, and the decision body chooses.',
    ...(Object.keys(RATING_SCHEMES) as RatingSchemeCode[]).map(schemeSection),
  );
}
