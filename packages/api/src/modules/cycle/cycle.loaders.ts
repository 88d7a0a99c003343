import DataLoader from 'dataloader';
import type { CycleDeadlineEntity, CycleEntity } from './cycle.entity.js';
import type { CycleService } from './cycle.service.js';

export function createCycleLoaders(service: CycleService) {
  return {
    byId: new DataLoader<number, CycleEntity | null>((ids) => service.findByIds(ids)),
    deadlinesByCycleId: new DataLoader<number, CycleDeadlineEntity[]>((ids) => service.deadlinesOf(ids)),
  };
}

export type CycleLoaders = ReturnType<typeof createCycleLoaders>;
