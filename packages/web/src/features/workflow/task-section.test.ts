import { describe, expect, it } from 'vitest';
import type { AccessRole } from '../../gql/graphql';
import { taskSection } from './task-section';

const task = { cadre: { id: 'Cadre:1' }, focalAgency: { id: 'OrgUnit:7' } };
const viewer = (accessRoles: AccessRole[], extra: { cadre?: string; focal?: string } = {}) => ({
  accessRoles,
  cadre: extra.cadre ? { id: extra.cadre } : null,
  memberships: extra.focal ? [{ role: 'FOCAL', unit: { id: extra.focal } }] : [],
});

describe('the nav section a task page belongs to', () => {
  it('is "my tasks" for the task’s own cadre, even one who also reviews', () => {
    expect(taskSection(task, viewer(['CADRE'], { cadre: 'Cadre:1' }))).toBe('myTasks');
    expect(taskSection(task, viewer(['CADRE', 'FOCAL_REVIEWER'], { cadre: 'Cadre:1', focal: 'OrgUnit:7' }))).toBe(
      'myTasks',
    );
  });

  it('is the inbox for the task’s focal agency and the advisory body', () => {
    expect(taskSection(task, viewer(['FOCAL_REVIEWER'], { focal: 'OrgUnit:7' }))).toBe('inbox');
    expect(taskSection(task, viewer(['ADVISORY_REVIEWER']))).toBe('inbox');
  });

  it('is the board for Ban Tổ chức when another agency is the focal one, the decisions for the Standing Committee', () => {
    expect(taskSection(task, viewer(['FOCAL_REVIEWER', 'CONSOLIDATOR'], { focal: 'OrgUnit:2' }))).toBe('consolidation');
    expect(taskSection(task, viewer(['FOCAL_REVIEWER', 'CONSOLIDATOR'], { focal: 'OrgUnit:7' }))).toBe('inbox');
    expect(taskSection(task, viewer(['DECIDER']))).toBe('decisions');
  });

  it('is none for a viewer without a workflow screen, or another cadre', () => {
    expect(taskSection(task, viewer(['VIEWER']))).toBeNull();
    expect(taskSection(task, viewer(['CADRE'], { cadre: 'Cadre:2' }))).toBeNull();
  });
});
