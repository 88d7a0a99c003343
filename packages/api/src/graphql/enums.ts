import {
  CYCLE_PHASES,
  STAGE_ACTORS,
  CYCLE_STAGES,
  ORG_UNIT_KINDS,
  SECTORS,
  SUBJECT_GROUPS,
  UNIT_ROLES,
  codesOf,
  enumObjectOf,
  type Vocabulary,
} from '@nvtt/shared';
import { registerEnumType } from 'type-graphql';

/** Registers a shared vocabulary as a GraphQL enum, each value described in English (Vietnamese). */
export function registerVocabulary<Code extends string>(
  vocabulary: Vocabulary<Code>,
  name: string,
  description: string,
): Readonly<{ [K in Code]: K }> {
  const enumObject = enumObjectOf(vocabulary);
  const valuesConfig: Partial<Record<Code, { description: string }>> = {};
  for (const code of codesOf(vocabulary)) {
    const label = vocabulary[code];
    const abbr = label.abbr ? `, ${label.abbr}` : '';
    valuesConfig[code] = { description: `${label.en} (${label.vi}${abbr})` };
  }
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}

export const OrgUnitKindEnum = registerVocabulary(
  ORG_UNIT_KINDS,
  'OrgUnitKind',
  'Kind of organisation unit (loại cơ quan, đơn vị, địa phương).',
);
export const SectorEnum = registerVocabulary(SECTORS, 'Sector', 'Field a unit works in (khối).');
export const UnitRoleEnum = registerVocabulary(
  UNIT_ROLES,
  'UnitRole',
  'What a unit may do in the key-task cycle (vai trò trong quy trình).',
);
export const SubjectGroupEnum = registerVocabulary(
  SUBJECT_GROUPS,
  'SubjectGroup',
  'Why a cadre is subject to Regulation 622 (nhóm đối tượng).',
);
export const CycleStageEnum = registerVocabulary(
  CYCLE_STAGES,
  'CycleStage',
  'Stage of a yearly cycle, each with a deadline (giai đoạn).',
);
export const StageActorEnum = registerVocabulary(STAGE_ACTORS, 'StageActor', 'Who acts at a stage (chủ thể).');
export const CyclePhaseEnum = registerVocabulary(
  CYCLE_PHASES,
  'CyclePhase',
  'Where a cycle is in its year (trạng thái kỳ).',
);
