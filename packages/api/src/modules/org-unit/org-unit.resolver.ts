import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isWithinValidity } from '@nvtt/shared';
import type { RequestContext } from '../../graphql/context.js';
import { idOfType, pageRequest, toGlobalId, type ConnectionResult } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { OrgUnitEntity } from './org-unit.entity.js';
import { OrgUnitFilter } from './org-unit.inputs.js';
import { decodeOrgUnitCursor, type OrgUnitQuery } from './org-unit.service.js';
import { OrgUnitConnection, OrgUnitType } from './org-unit.type.js';

const NO_UNIT = -1;

function toQuery(filter: OrgUnitFilter | null | undefined): OrgUnitQuery {
  if (!filter) return {};
  return {
    ...(filter.kind ? { kinds: filter.kind } : {}),
    ...(filter.sector ? { sectors: filter.sector } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.validAt ? { validAt: filter.validAt } : {}),
    ...(filter.parent ? { parentId: idOfType(filter.parent, 'OrgUnit') ?? NO_UNIT } : {}),
    ...(typeof filter.isRoot === 'boolean' ? { isRoot: filter.isRoot } : {}),
    ...(filter.search ? { search: filter.search } : {}),
  };
}

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  @Query(() => OrgUnitConnection, {
    description: 'Organisation units (cơ quan, đơn vị, địa phương), by name in Vietnamese order.',
  })
  orgUnits(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrgUnitFilter, {
      nullable: true,
      description: 'Which units: kind, sector, parent, role, validity date, words in the name; all when omitted.',
    })
    filter?: OrgUnitFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
  ): Promise<ConnectionResult<OrgUnitEntity>> {
    return ctx.services.orgUnits.list(toQuery(filter), pageRequest(first, after, decodeOrgUnitCursor));
  }

  @Query(() => OrgUnitType, { nullable: true, description: 'One unit by its id; null when there is none.' })
  async orgUnit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The unit’s id (OrgUnit.id).' }) id: string,
  ): Promise<OrgUnitEntity | null> {
    const unitId = idOfType(id, 'OrgUnit');
    return unitId === null ? null : ctx.loaders.orgUnits.byId.load(unitId);
  }

  @Query(() => OrgUnitType, { nullable: true, description: 'One unit by its code (mã đơn vị), e.g. "BTCTU".' })
  orgUnitByCode(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'The unit’s code (mã đơn vị), as in the province’s list.' }) code: string,
  ): Promise<OrgUnitEntity | null> {
    return ctx.services.orgUnits.findByCode(code);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() unit: OrgUnitEntity): string {
    return toGlobalId('OrgUnit', unit.id);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The unit above this one (cơ quan cấp trên).' })
  async parent(@Root() unit: OrgUnitEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity | null> {
    return unit.parentId === null ? null : ctx.loaders.orgUnits.byId.load(unit.parentId);
  }

  @FieldResolver(() => [OrgUnitType], { description: 'Units directly below this one, by name.' })
  async children(
    @Root() unit: OrgUnitEntity,
    @Ctx() ctx: RequestContext,
    @Arg('validAt', () => LocalDateScalar, { nullable: true, description: 'Only children in force on this date.' })
    validAt?: string | null,
  ): Promise<OrgUnitEntity[]> {
    const children = await ctx.loaders.orgUnits.childrenByParentId.load(unit.id);
    return validAt ? children.filter((child) => isWithinValidity(validAt, child.validFrom, child.validTo)) : children;
  }

  @FieldResolver(() => OrgUnitType, {
    nullable: true,
    description:
      'For a commune-level unit: the former district it mostly lies in (huyện cũ), to compare 2023–2025 with 2026.',
  })
  async legacyDistrict(@Root() unit: OrgUnitEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity | null> {
    return unit.legacyDistrictId === null ? null : ctx.loaders.orgUnits.byId.load(unit.legacyDistrictId);
  }

  @FieldResolver(() => [OrgUnitType], { description: 'Units that took over from this one (đơn vị kế thừa).' })
  successors(@Root() unit: OrgUnitEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity[]> {
    return ctx.loaders.orgUnits.successorsById.load(unit.id);
  }

  @FieldResolver(() => [OrgUnitType], { description: 'Units this one took over from (đơn vị tiền thân).' })
  predecessors(@Root() unit: OrgUnitEntity, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity[]> {
    return ctx.loaders.orgUnits.predecessorsById.load(unit.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the unit is in force on a date.' })
  isValidAt(
    @Root() unit: OrgUnitEntity,
    @Arg('date', () => LocalDateScalar, { description: 'The day to check (yyyy-mm-dd).' }) date: string,
  ): boolean {
    return isWithinValidity(date, unit.validFrom, unit.validTo);
  }
}
