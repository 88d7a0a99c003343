import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';
import { createCycleLoaders, type CycleLoaders } from '../modules/cycle/cycle.loaders.js';
import { CycleService } from '../modules/cycle/cycle.service.js';
import { createOrgUnitLoaders, type OrgUnitLoaders } from '../modules/org-unit/org-unit.loaders.js';
import { OrgUnitService } from '../modules/org-unit/org-unit.service.js';

/** Use cases, one instance per process; they hold no per-request state. */
export interface Services {
  readonly orgUnits: OrgUnitService;
  readonly cycles: CycleService;
}

export function createServices(db: DataSource): Services {
  return { orgUnits: new OrgUnitService(db), cycles: new CycleService(db) };
}

/** Everything a resolver may use while answering one request. */
export interface RequestContext {
  readonly requestId: string;
  /** The request's clock: rules get `now` from here, never from `Date.now()`. */
  readonly now: Date;
  readonly services: Services;
  readonly loaders: {
    readonly orgUnits: OrgUnitLoaders;
    readonly cycles: CycleLoaders;
  };
  readonly logger: Logger;
}

export function createRequestContext(services: Services, logger: Logger, requestId?: string): RequestContext {
  const id = requestId ?? randomUUID();
  return {
    requestId: id,
    now: new Date(),
    services,
    // Loaders cache per request only, so no one sees another request's data.
    loaders: {
      orgUnits: createOrgUnitLoaders(services.orgUnits),
      cycles: createCycleLoaders(services.cycles),
    },
    logger: logger.child({ requestId: id }),
  };
}
