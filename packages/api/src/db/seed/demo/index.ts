import {
  CYCLE_STAGES,
  DEFAULT_CYCLE_RULES,
  DEFAULT_RATING_SCHEME_CODE,
  EXEMPT_OUTCOMES,
  RATING_SCHEMES,
  codesOf,
  computeMeasures,
  defaultCycleDeadlines,
  foldForSearch,
  isWithinValidity,
  ratingConditions,
  type CycleStage,
  type KeyTaskOutcome,
  type QualityRatingLevel,
  type SubjectGroup,
} from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { parseUnitList, type UnitRecord } from '../reference-units.js';
import { bulkInsert, nextIdOf, syncIdentity } from './bulk-insert.js';
import { CATALOG, type TaskTemplate } from './catalog.js';
import { personName } from './names.js';
import { demoCadres, postForCycle, type DemoCadre, type DemoPosition } from './people.js';
import { Prng } from './prng.js';
import { DemoRows } from './rows.js';
import { writeTask, type Agency, type DemoCycle, type Fate } from './story.js';

const YEARS = [2023, 2024, 2025, 2026, 2027] as const;
const CLOSED_YEARS = new Set([2023, 2024, 2025]);

/** Focal agency per subject group: before the 2025 reform, and after it. */
function focalCodeFor(group: SubjectGroup, year: number): string {
  const afterReform = year >= 2026;
  switch (group) {
    case 'DEPARTMENT_DIRECTOR':
    case 'PEOPLES_COMMITTEE_CHAIR':
      return afterReform ? 'DU_UBND' : 'BCSD_UBND';
    case 'COUNCIL_CHAIR':
      return afterReform ? 'DU_CQD' : 'DD_HDND';
    case 'PROVINCIAL_AGENCY_HEAD':
      return afterReform ? 'DU_CQD' : 'BTCTU';
    case 'STANDING_COMMITTEE_MEMBER':
    case 'PROVINCIAL_COMMITTEE_MEMBER':
    case 'PARTY_SECRETARY':
    case 'ROTATED_CADRE':
      return 'BTCTU';
    default: {
      const unreachable: never = group;
      return unreachable;
    }
  }
}

function fateFor(rng: Prng, year: number, position: DemoPosition): Fate {
  if (CLOSED_YEARS.has(year)) {
    // 2025 tasks of district leaders were cut short by the abolition of districts on 1-7-2025.
    const partial = year === 2025 && position.unitCode.startsWith('D_') ? 30 : 6;
    return rng.weighted<Fate>([
      ['CONCLUDED', 86],
      ['REJECTED', 4],
      ['WITHDRAWN', 3],
      ['CONCLUDED_PARTIAL', partial],
    ]);
  }
  if (year === 2026) {
    return rng.weighted<Fate>([
      ['IN_PROGRESS', 66],
      ['PLANNED', 4],
      ['ASSIGNED', 3],
      ['REJECTED', 4],
      ['WITHDRAWN', 2],
      ['SUSPENDED', 3],
      ['SELF_ASSESSED', 6],
      ['RESULT_APPRAISED', 6],
      ['RESULT_CONSULTED', 6],
    ]);
  }
  return rng.weighted<Fate>([
    ['DRAFT', 8],
    ['SUBMITTED', 20],
    ['RETURNED', 10],
    ['APPRAISED', 27],
    ['IN_CONSULTATION', 30],
    ['PROPOSED', 5],
  ]);
}

/** Outcomes lean on a cadre's unit: a realistic spread across localities and sectors to compare. */
function outcomeFor(rng: Prng, skill: number): KeyTaskOutcome {
  if (rng.chance(0.04)) return 'EXEMPT_OBJECTIVE';
  const roll = rng.next() + skill;
  if (roll > 0.84) return 'EXCEEDED';
  if (roll > 0.3) return 'COMPLETED_ON_TIME';
  if (roll > 0.17) return 'COMPLETED_LATE';
  if (roll > 0.06) return 'PARTIALLY_COMPLETED';
  return 'NOT_COMPLETED';
}

function skillOf(rng: Prng, position: DemoPosition, units: ReadonlyMap<string, UnitRecord>): number {
  const unit = units.get(position.unitCode)!;
  const district = unit.kind === 'DISTRICT' ? unit.code : unit.legacyDistrict;
  const formerNinhThuan = district !== null && units.get(district)?.name.includes('Ninh Thuận') === true;
  const sectorBias = unit.sector === 'GOVERNMENT' ? 0.06 : unit.sector === 'FRONT_MASS_ORG' ? -0.04 : 0;
  return (rng.next() - 0.5) * 0.3 + sectorBias - (formerNinhThuan ? 0.1 : 0);
}

/** Picks the level the conditions support, as a decision body would, from the scheme's own rules. */
function ratingFor(
  rng: Prng,
  outcomes: readonly KeyTaskOutcome[],
  asOf: string,
): { level: QualityRatingLevel; score: number } {
  const measures = computeMeasures(
    outcomes.map((outcome) => ({ outcome, outputs: [], milestones: [] })),
    asOf,
  );
  const completion = measures.completionRate ?? 0.5;
  const score = Math.max(
    35,
    Math.min(98, Math.round(52 + 38 * completion + 10 * (measures.exceededShare ?? 0) + rng.int(-6, 6))),
  );
  const levels = ratingConditions(measures, RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE], score);
  const level = levels.find((entry) => entry.allMet === true)?.level ?? 'NOT_COMPLETED';
  return { level, score };
}

/**
 * The demo's key-task history for the province: 2023–2025 concluded and rated in the pre-reform
 * units, 2026 under way in the new communes, 2027 registrations under review. Deterministic.
 */
export async function loadDemoKeyTasks(db: EntityManager): Promise<void> {
  const rng = new Prng(622);
  const unitList = parseUnitList();
  const units = new Map(unitList.map((unit) => [unit.code, unit]));
  const unitIds = new Map<string, number>(
    (await db.query('SELECT code, id FROM org_unit')).map((row: { code: string; id: number }) => [row.code, row.id]),
  );
  const rows = new DemoRows({
    cadre: await nextIdOf(db, 'cadre'),
    position: await nextIdOf(db, 'position'),
    key_task: await nextIdOf(db, 'key_task'),
    milestone: await nextIdOf(db, 'milestone'),
    assignment_decision: await nextIdOf(db, 'assignment_decision'),
  });
  const usedNames = new Set<string>();
  const reviewer = (code: string, post: string) => ({
    id: unitIds.get(code)!,
    reviewer: `${personName(rng, usedNames)} — ${post}, ${units.get(code)!.name}`,
  });
  const agencies = new Map<string, Agency>();
  const agency = (code: string) => {
    if (!agencies.has(code))
      agencies.set(code, reviewer(code, code === 'BTV' || code === 'TTTU' ? 'Phó Bí thư Thường trực' : 'Chuyên viên'));
    return agencies.get(code)!;
  };

  // The 2027 cycle is under way: registrations in, consolidation before 10-12-2026.
  const [cycle2027] = await db.query(
    `INSERT INTO cycle (year, phase, tasks_per_cadre, max_duration_months, progress_report_day, rating_scheme)
     VALUES (2027, 'ASSIGNMENT', $1, $2, $3, $4) RETURNING id`,
    [
      DEFAULT_CYCLE_RULES.tasksPerCadre,
      DEFAULT_CYCLE_RULES.maxDurationMonths,
      DEFAULT_CYCLE_RULES.progressReportDay,
      JSON.stringify(RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE]),
    ],
  );
  const deadlines2027 = defaultCycleDeadlines(2027);
  for (const stage of codesOf(CYCLE_STAGES)) {
    await db.query('INSERT INTO cycle_deadline (cycle_id, stage, due_on) VALUES ($1, $2, $3)', [
      cycle2027.id,
      stage,
      deadlines2027[stage],
    ]);
  }
  const cycleRows: Array<{ id: number; year: number }> = await db.query(
    'SELECT id, year FROM cycle WHERE year = ANY($1)',
    [[...YEARS]],
  );
  const cycles = new Map<number, DemoCycle>();
  const advisoryAt = (day: string) =>
    unitList
      .filter(
        (unit) =>
          unit.roles.includes('ADVISORY') &&
          unit.code !== 'BTCTU' &&
          isWithinValidity(day, unit.validFrom, unit.validTo),
      )
      .map((unit) => agency(unit.code));
  for (const { id, year } of cycleRows) {
    const deadlineRows: Array<{ stage: CycleStage; due_on: string | null }> = await db.query(
      'SELECT stage, due_on FROM cycle_deadline WHERE cycle_id = $1',
      [id],
    );
    const decided = year <= 2026;
    const decisionDay = `${year - 1}-12-${rng.int(26, 29)}`;
    const decisionNumber = `${rng.int(90, 180)}-TB/TU`;
    const decisionId = decided
      ? rows.add('assignment_decision', {
          cycle_id: id,
          document_number: decisionNumber,
          signed_on: decisionDay,
          signer_label: agency('TTTU').reviewer,
          created_at: new Date(`${decisionDay}T15:00:00+07:00`),
        })
      : null;
    cycles.set(year, {
      id,
      year,
      deadlines: Object.fromEntries(deadlineRows.map((row) => [row.stage, row.due_on])),
      decisionId,
      decisionNumber,
      decisionDay,
      advisoryAtRegistration: advisoryAt(`${year - 1}-11-20`),
      advisoryAtResults: advisoryAt(`${year + 1}-01-20`),
    });
    for (const group of [
      'STANDING_COMMITTEE_MEMBER',
      'PROVINCIAL_COMMITTEE_MEMBER',
      'DEPARTMENT_DIRECTOR',
      'PROVINCIAL_AGENCY_HEAD',
      'PARTY_SECRETARY',
      'COUNCIL_CHAIR',
      'PEOPLES_COMMITTEE_CHAIR',
      'ROTATED_CADRE',
    ] as const) {
      await db.query('INSERT INTO focal_agency_rule (cycle_id, subject_group, focal_unit_id) VALUES ($1, $2, $3)', [
        id,
        group,
        unitIds.get(focalCodeFor(group, year)),
      ]);
    }
  }

  const cadres = demoCadres(rng, unitList);
  const positionIds = new Map<DemoPosition, number>();
  const cadreIds = new Map<DemoCadre, number>();
  for (const cadre of cadres) {
    const cadreId = rows.add('cadre', {
      code: cadre.code,
      full_name: cadre.fullName,
      birth_year: cadre.birthYear,
      search_text: foldForSearch(cadre.fullName),
    });
    cadreIds.set(cadre, cadreId);
    for (const post of cadre.positions) {
      positionIds.set(
        post,
        rows.add('position', {
          cadre_id: cadreId,
          unit_id: unitIds.get(post.unitCode)!,
          title: post.title,
          subject_group: post.subjectGroup,
          starts_on: post.startsOn,
          ends_on: post.endsOn,
          rotated: post.rotated,
        }),
      );
    }
  }

  const previous = new Map<string, { id: number; template: TaskTemplate }>();
  for (const year of YEARS) {
    const cycle = cycles.get(year)!;
    for (const cadre of cadres) {
      const post = postForCycle(cadre, year);
      if (!post) continue;
      const skill = skillOf(rng, post, units);
      const templates = [...CATALOG[post.family]].sort(() => rng.next() - 0.5).slice(0, 3);
      const outcomes: KeyTaskOutcome[] = [];
      for (const [index, picked] of templates.entries()) {
        const last = previous.get(`${cadre.code}:${year - 1}:${index + 1}`);
        const continues = last !== undefined && year >= 2024 && year <= 2026 && rng.chance(0.06);
        const template = continues ? last.template : picked;
        const fate = fateFor(rng, year, post);
        const outcome = outcomeFor(rng, skill);
        const id = writeTask(rng, rows, {
          cycle,
          cadreId: cadreIds.get(cadre)!,
          cadreLabel: `${cadre.fullName} — ${post.title}`,
          positionId: positionIds.get(post)!,
          focal: agency(focalCodeFor(post.subjectGroup, year)),
          consolidator: agency('BTCTU'),
          decider: agency('TTTU'),
          ordinal: index + 1,
          template,
          unitName: units.get(post.unitCode)!.name.replace(/\s*\(.*\)$/, ''),
          fate,
          outcome,
          parentTaskId: continues ? last.id : null,
          endsMidYear:
            year === 2026 && (fate === 'SELF_ASSESSED' || fate === 'RESULT_APPRAISED' || fate === 'RESULT_CONSULTED'),
        });
        previous.set(`${cadre.code}:${year}:${index + 1}`, { id, template });
        if (fate === 'CONCLUDED') outcomes.push(outcome);
        if (fate === 'CONCLUDED_PARTIAL') outcomes.push('EXEMPT_OBJECTIVE');
      }
      if (CLOSED_YEARS.has(year) && outcomes.length > 0) {
        const concludedOn = `${year + 1}-02-2${rng.int(0, 8)}`;
        rows.add('conclusion', {
          cycle_id: cycle.id,
          cadre_id: cadreIds.get(cadre)!,
          document_number: `${year - 2000 + 100}-KL/TU`,
          concluded_on: concludedOn,
          summary: outcomes.every((outcome) => !EXEMPT_OUTCOMES.includes(outcome) && outcome !== 'NOT_COMPLETED')
            ? 'Hoàn thành các nhiệm vụ trọng tâm được giao.'
            : 'Còn nhiệm vụ chưa hoàn thành hoặc không đánh giá do nguyên nhân khách quan.',
          decider_label: agency('TTTU').reviewer,
          created_at: new Date(`${concludedOn}T16:00:00+07:00`),
        });
        const rating = ratingFor(rng, outcomes, concludedOn);
        rows.add('quality_rating', {
          cycle_id: cycle.id,
          cadre_id: cadreIds.get(cadre)!,
          level: rating.level,
          scale_version: RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE].scaleVersion,
          score: rating.score,
          decided_on: concludedOn,
          decider_label: agency('TTTU').reviewer,
          note: '',
          created_at: new Date(`${concludedOn}T16:30:00+07:00`),
        });
      }
    }
  }

  // Parents before children, so every foreign key finds its row.
  for (const table of [
    'cadre',
    'position',
    'assignment_decision',
    'key_task',
    'output_product',
    'alignment',
    'milestone',
    'progress_report',
    'appraisal',
    'opinion',
    'assignment_decision_task',
    'change_request',
    'self_assessment',
    'conclusion',
    'quality_rating',
    'audit_event',
  ]) {
    await bulkInsert(db, table, rows.tables.get(table) ?? []);
  }
  for (const table of ['cadre', 'position', 'key_task', 'milestone', 'assignment_decision'])
    await syncIdentity(db, table);
}
