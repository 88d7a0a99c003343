import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { ProgressReportEntity } from '../milestone/milestone.entity.js';
import { ProgressReportType } from '../milestone/milestone.type.js';
import type { EvidenceEntity } from './evidence.entity.js';
import { EvidenceType } from './evidence.type.js';

/**
 * A progress report's milestone and its evidence. Both read the task's rows through the per-request
 * loaders, so a list of reports costs one query per kind, whatever its length.
 */
@Resolver(() => ProgressReportType)
export class ProgressReportEvidenceResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The milestone reported on, by its position in the plan (from 1); null for the task as a whole.',
  })
  async milestoneNumber(@Root() report: ProgressReportEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (report.milestoneId === null) return null;
    const milestones = await ctx.loaders.keyTasks.milestonesByTask.load(report.keyTaskId);
    const index = milestones.findIndex((milestone) => milestone.id === report.milestoneId);
    return index < 0 ? null : index + 1;
  }

  @FieldResolver(() => [EvidenceType], {
    description: 'Evidence attached to this report, as a milestone report (minh chứng), oldest first.',
  })
  async evidence(@Root() report: ProgressReportEntity, @Ctx() ctx: RequestContext): Promise<EvidenceEntity[]> {
    const evidence = await ctx.loaders.keyTasks.evidenceByTask.load(report.keyTaskId);
    return evidence.filter((item) => item.progressReportId === report.id);
  }
}
