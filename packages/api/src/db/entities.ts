import { CycleDeadlineEntity, CycleEntity } from '../modules/cycle/cycle.entity.js';
import { OrgUnitEntity, OrgUnitSuccessorEntity } from '../modules/org-unit/org-unit.entity.js';

export const ENTITIES = [OrgUnitEntity, OrgUnitSuccessorEntity, CycleEntity, CycleDeadlineEntity];
