import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { useCaseContext, type RequestContext } from '../../graphql/context.js';
import { payloadType, toPayload, type PayloadValue } from '../../graphql/payload.js';
import type { CycleEntity } from '../cycle/cycle.entity.js';
import { CycleType } from '../cycle/cycle.type.js';

const CycleOpenDataPayload = payloadType(
  'CycleOpenDataPayload',
  'cycle',
  CycleType,
  'Result of opening or closing a cycle’s open data.',
);

@Resolver(() => CycleType)
export class OpenDataResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the cycle’s completion figures by locality and sector are open to the public (dữ liệu mở) at /open-data/{year}/completion.json and .csv. Off until Ban Tổ chức opens it.',
  })
  openData(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.openData.isOpen(cycle.year);
  }

  @Mutation(() => CycleOpenDataPayload, {
    description:
      'Open (or close) a cycle’s completion figures to the public, without names and with cells under 5 cadres withheld. Ban Tổ chức only; audited.',
  })
  async cycleOpenDataSet(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle.' }) cycleYear: number,
    @Arg('open', () => Boolean, { description: 'True to publish, false to withdraw.' }) open: boolean,
  ): Promise<PayloadValue<CycleEntity>> {
    const result = await ctx.services.openData.setOpen(useCaseContext(ctx), cycleYear, open);
    if (!result.ok) return toPayload(result);
    return toPayload({ ok: true, value: (await ctx.services.cycles.findByYear(cycleYear))! });
  }
}
