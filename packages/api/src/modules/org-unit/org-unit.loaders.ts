import DataLoader from 'dataloader';
import type { OrgUnitEntity } from './org-unit.entity.js';
import type { OrgUnitService } from './org-unit.service.js';

/** Per-request batching of unit look-ups, so a tree or a list costs a few statements, not N. */
export function createOrgUnitLoaders(service: OrgUnitService) {
  return {
    byId: new DataLoader<number, OrgUnitEntity | null>((ids) => service.findByIds(ids)),
    childrenByParentId: new DataLoader<number, OrgUnitEntity[]>((ids) => service.childrenOf(ids)),
    successorsById: new DataLoader<number, OrgUnitEntity[]>((ids) => service.successorsOf(ids)),
    predecessorsById: new DataLoader<number, OrgUnitEntity[]>((ids) => service.predecessorsOf(ids)),
  };
}

export type OrgUnitLoaders = ReturnType<typeof createOrgUnitLoaders>;
