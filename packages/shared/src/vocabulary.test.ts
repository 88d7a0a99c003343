import { describe, expect, it } from 'vitest';
import {
  ALIGNMENT_AREAS,
  ALIGNMENT_SOURCES,
  CYCLE_PHASES,
  CYCLE_STAGES,
  KEY_TASK_OUTCOMES,
  KEY_TASK_ACTIONS,
  KEY_TASK_STATES,
  MILESTONE_STATUSES,
  NQ55_PILOT_AREAS,
  ORG_UNIT_KINDS,
  QUALITY_RATING_LEVELS,
  REGISTRATION_RULES,
  SECTORS,
  SUBJECT_GROUPS,
  UNIT_ROLES,
  codesOf,
  enumObjectOf,
  isCodeOf,
  type Label,
  type Vocabulary,
} from './index.js';

const vocabularies: Record<string, Vocabulary<string>> = {
  ORG_UNIT_KINDS,
  SECTORS,
  UNIT_ROLES,
  SUBJECT_GROUPS,
  ALIGNMENT_SOURCES,
  ALIGNMENT_AREAS,
  NQ55_PILOT_AREAS,
  KEY_TASK_OUTCOMES,
  QUALITY_RATING_LEVELS,
  KEY_TASK_STATES,
  CYCLE_STAGES,
  CYCLE_PHASES,
  KEY_TASK_ACTIONS,
  REGISTRATION_RULES,
  MILESTONE_STATUSES,
};

describe('domain vocabulary', () => {
  it.each(Object.entries(vocabularies))('%s has Vietnamese and English labels for every code', (_, vocabulary) => {
    for (const code of codesOf(vocabulary)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      const label: Label = vocabulary[code]!;
      expect(label.vi.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
      expect(label.vi).toBe(label.vi.normalize('NFC'));
    }
  });

  it('keeps the abbreviations users know', () => {
    expect(QUALITY_RATING_LEVELS.EXCELLENT.abbr).toBe('HTXS');
    expect(ORG_UNIT_KINDS.PEOPLES_COUNCIL.abbr).toBe('HĐND');
    expect(ORG_UNIT_KINDS.PEOPLES_COMMITTEE.abbr).toBe('UBND');
    expect(UNIT_ROLES.CONSOLIDATOR.abbr).toBe('BTC');
  });

  it('lists the domain sets completely', () => {
    expect(codesOf(QUALITY_RATING_LEVELS)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect(codesOf(KEY_TASK_OUTCOMES)).toHaveLength(6);
    expect(codesOf(ALIGNMENT_SOURCES)).toHaveLength(6);
    expect(codesOf(ALIGNMENT_AREAS)).toHaveLength(15);
    expect(codesOf(NQ55_PILOT_AREAS)).toHaveLength(5);
    expect(codesOf(KEY_TASK_ACTIONS)).toHaveLength(21);
  });

  it('builds enum objects and guards codes', () => {
    expect(enumObjectOf(SECTORS).LOCALITY).toBe('LOCALITY');
    expect(isCodeOf(SECTORS, 'PARTY')).toBe(true);
    expect(isCodeOf(SECTORS, 'toString')).toBe(false);
  });
});
