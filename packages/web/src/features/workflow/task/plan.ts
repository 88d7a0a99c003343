import { daysInMonth, formatLocalDate, localDate, parseDisplayDate, type LocalDate } from '@nvtt/shared';
import { z } from 'zod/mini';
import type { MilestoneInput, MilestonePeriodKind } from '../../../gql/graphql';

export interface MilestoneRow {
  periodKind: MilestonePeriodKind;
  periodLabel: string;
  dueOn: string;
  expectedOutput: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * One milestone per month (or quarter) the task runs into, due on the period's last day but never
 * after the task ends. The period labels are data, written as the province's records write them
 * ("Tháng 3/2026", "Quý II/2026"), whatever the UI language.
 */
export function periodMilestones(startsOn: LocalDate, endsOn: LocalDate, kind: 'MONTH' | 'QUARTER'): MilestoneRow[] {
  if (endsOn < startsOn) return [];
  const rows: MilestoneRow[] = [];
  let [year, month] = startsOn.split('-').map(Number) as [number, number];
  if (kind === 'QUARTER') month = Math.floor((month - 1) / 3) * 3 + 1;
  for (let guard = 0; guard < 120; guard += 1) {
    const lastMonth = kind === 'MONTH' ? month : month + 2;
    const periodEnd = localDate(year, lastMonth, daysInMonth(year, lastMonth));
    const due = periodEnd > endsOn ? endsOn : periodEnd;
    rows.push({
      periodKind: kind,
      periodLabel: kind === 'MONTH' ? `Tháng ${month}/${year}` : `Quý ${ROMAN[Math.floor((month - 1) / 3)]!}/${year}`,
      dueOn: formatLocalDate(due),
      expectedOutput: '',
    });
    if (periodEnd >= endsOn) break;
    month += kind === 'MONTH' ? 1 : 3;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return rows;
}

export interface PlanMessages {
  readonly required: string;
  readonly dateInvalid: string;
  readonly needOne: string;
}

/** The plan form: at least one milestone, each with a period, a dd/mm/yyyy date and an expected output. */
export function planSchema(messages: PlanMessages) {
  const row = z.object({
    periodKind: z.enum(['MONTH', 'QUARTER', 'YEAR']),
    periodLabel: z.string().check(z.trim(), z.minLength(1, { error: messages.required })),
    dueOn: z.string().check(z.refine((text) => parseDisplayDate(text) !== null, { error: messages.dateInvalid })),
    expectedOutput: z.string().check(z.trim(), z.minLength(1, { error: messages.required })),
  });
  return z.object({ milestones: z.array(row).check(z.minLength(1, { error: messages.needOne })) });
}

export function milestoneInputs(rows: readonly MilestoneRow[]): MilestoneInput[] {
  return rows.map((row) => ({
    periodKind: row.periodKind,
    periodLabel: row.periodLabel.trim(),
    dueOn: parseDisplayDate(row.dueOn)!,
    expectedOutput: row.expectedOutput.trim(),
  }));
}
