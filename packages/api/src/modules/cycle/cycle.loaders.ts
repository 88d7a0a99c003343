import DataLoader from 'dataloader';
import type { AuditEventEntity } from '../audit/audit-event.entity.js';
import type {
  CycleDeadlineEntity,
  CycleEntity,
  DeadlineExtensionEntity,
  FocalAgencyRuleEntity,
} from './cycle.entity.js';
import type { CycleService } from './cycle.service.js';

export function createCycleLoaders(service: CycleService) {
  return {
    auditByCycleId: new DataLoader<number, AuditEventEntity[]>((ids) => service.auditOf(ids)),
    byId: new DataLoader<number, CycleEntity | null>((ids) => service.findByIds(ids)),
    deadlinesByCycleId: new DataLoader<number, CycleDeadlineEntity[]>((ids) => service.deadlinesOf(ids)),
    extensionsByCycleId: new DataLoader<number, DeadlineExtensionEntity[]>((ids) => service.extensionsOf(ids)),
    focalRoutesByCycleId: new DataLoader<number, FocalAgencyRuleEntity[]>((ids) => service.focalRoutesOf(ids)),
  };
}

export type CycleLoaders = ReturnType<typeof createCycleLoaders>;
