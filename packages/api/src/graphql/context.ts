import { provinceDateOf, type LocalDate } from '@nvtt/shared';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { mayWrite } from '../auth/actor.js';
import { AuthService } from '../auth/auth.service.js';
import { TokenService } from '../auth/token.service.js';
import { AccountService } from '../auth/account.service.js';
import type { HttpExchange } from '../auth/http-auth.js';
import { taskScopeOf, type TaskScope } from '../auth/scope.js';
import type { Logger } from '../logger.js';
import { AnalyticsService } from '../modules/analytics/analytics.service.js';
import { OpenDataService } from '../modules/open-data/open-data.service.js';
import { CoverageService } from '../modules/analytics/coverage.service.js';
import { FunnelService } from '../modules/analytics/funnel.service.js';
import { DrillDownService } from '../modules/analytics/drill-down.service.js';
import { SavedViewService } from '../modules/saved-view/index.js';
import { NotificationService } from '../modules/notification/index.js';
import { RatingDistributionService } from '../modules/analytics/rating.service.js';
import { createCycleLoaders, type CycleLoaders } from '../modules/cycle/cycle.loaders.js';
import { CycleAdminService } from '../modules/cycle/cycle-admin.service.js';
import { CycleService } from '../modules/cycle/cycle.service.js';
import { DecisionService } from '../modules/decision/decision.service.js';
import { DossierService } from '../modules/evaluation/dossier.service.js';
import { EvaluationService } from '../modules/evaluation/evaluation.service.js';
import { EvidenceService } from '../modules/evidence/evidence.service.js';
import { EvidenceFileService } from '../modules/evidence/evidence-file.service.js';
import { CadreService } from '../modules/cadre/cadre.service.js';
import { KeyTaskQueryService } from '../modules/key-task/key-task-query.service.js';
import { createKeyTaskLoaders, type KeyTaskLoaders } from '../modules/key-task/key-task.loaders.js';
import { RegistrationService } from '../modules/key-task/registration.service.js';
import { SimpleActionsService } from '../modules/key-task/simple-actions.service.js';
import { PlanService } from '../modules/milestone/plan.service.js';
import { OpinionService } from '../modules/opinion/opinion.service.js';
import { createOrgUnitLoaders, type OrgUnitLoaders } from '../modules/org-unit/org-unit.loaders.js';
import { OrgUnitService } from '../modules/org-unit/org-unit.service.js';
import type { UseCaseContext } from '../workflow/use-case.js';
import { WebhookService } from '../modules/change-feed/webhook.service.js';

/** Use cases, one instance per process; they hold no per-request state. */
export function createServices(db: DataSource) {
  const keyTasks = new KeyTaskQueryService(db);
  return {
    db,
    auth: new AuthService(db),
    tokens: new TokenService(db),
    accounts: new AccountService(db),
    orgUnits: new OrgUnitService(db),
    analytics: new AnalyticsService(db),
    coverage: new CoverageService(db),
    funnel: new FunnelService(db),
    ratings: new RatingDistributionService(db),
    savedViews: new SavedViewService(db),
    notifications: new NotificationService(db),
    cycles: new CycleService(db),
    cycleAdmin: new CycleAdminService(db),
    cadres: new CadreService(db),
    keyTasks,
    drillDown: new DrillDownService(db, keyTasks),
    registration: new RegistrationService(db),
    simpleActions: new SimpleActionsService(db),
    opinions: new OpinionService(db),
    decisions: new DecisionService(db),
    plans: new PlanService(db),
    evaluation: new EvaluationService(db),
    dossiers: new DossierService(db),
    evidence: new EvidenceService(db),
    openData: new OpenDataService(db, new AnalyticsService(db)),
    evidenceFiles: new EvidenceFileService(db),
    webhooks: new WebhookService(db),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Everything a resolver may use while answering one request. */
export interface RequestContext {
  readonly requestId: string;
  /** The request's clock: rules get `now` from here, never from `Date.now()`. */
  readonly now: Date;
  /** `now` as a calendar date in the province, computed once (a page asks it of every milestone). */
  readonly today: LocalDate;
  /** Who is asking; null for an anonymous request. */
  readonly actor: Actor | null;
  /** Which tasks, cadres and dossiers the actor may read by name. */
  readonly scope: TaskScope;
  readonly services: Services;
  readonly loaders: {
    readonly orgUnits: OrgUnitLoaders;
    readonly cycles: CycleLoaders;
    readonly keyTasks: KeyTaskLoaders;
  };
  readonly logger: Logger;
  /** The HTTP exchange (address, session cookie); absent when executing outside HTTP. */
  readonly http: HttpExchange | null;
}

export function createRequestContext(
  services: Services,
  logger: Logger,
  actor: Actor | null,
  requestId?: string,
  http: HttpExchange | null = null,
): RequestContext {
  const id = requestId ?? randomUUID();
  const now = new Date();
  const orgUnits = createOrgUnitLoaders(services.orgUnits);
  const keyTasks = createKeyTaskLoaders(services.db, taskScopeOf(actor), orgUnits);
  return {
    requestId: id,
    now,
    today: provinceDateOf(now),
    actor,
    scope: taskScopeOf(actor),
    services,
    // Loaders cache per request only, so no one sees another request's data.
    loaders: { orgUnits, cycles: createCycleLoaders(services.cycles), keyTasks },
    logger: logger.child({ requestId: id }),
    http,
  };
}

/** The use-case context of a signed-in request; anonymous callers are refused before any work. */
export function useCaseContext(ctx: RequestContext): UseCaseContext {
  if (ctx.actor === null) {
    throw new GraphQLError('Bạn cần đăng nhập. (Sign-in required.)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (!mayWrite(ctx.actor)) {
    throw new GraphQLError('Khóa API này không có quyền ghi. (This token may not write.)', {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
  return { actor: ctx.actor, now: ctx.now, requestId: ctx.requestId };
}

/** Refuses anonymous reads: everything here is personnel data of the province. */
export function requireSignedIn(ctx: RequestContext): Actor {
  if (ctx.actor === null) {
    throw new GraphQLError('Bạn cần đăng nhập. (Sign-in required.)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return ctx.actor;
}
