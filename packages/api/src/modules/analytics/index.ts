import { AnalyticsResolver } from './analytics.resolver.js';
import { AreaCoverageFieldResolver, CoverageResolver } from './coverage.resolver.js';
import { DrillDownResolver } from './drill-down.resolver.js';
import { FunnelResolver, FunnelStepResolver, StageBacklogResolver } from './funnel.resolver.js';
import { RatingResolver } from './rating.resolver.js';

/** The analytics resolvers, registered together in the schema. */
export const ANALYTICS_RESOLVERS = [
  AnalyticsResolver,
  CoverageResolver,
  AreaCoverageFieldResolver,
  FunnelResolver,
  FunnelStepResolver,
  StageBacklogResolver,
  RatingResolver,
  DrillDownResolver,
] as const;
