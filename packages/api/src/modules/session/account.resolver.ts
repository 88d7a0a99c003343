import { type UnitRole } from '@nvtt/shared';
import { GraphQLError } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { AccountInput, AccountRow } from '../../auth/account.service.js';
import { useCaseContext, type RequestContext } from '../../graphql/context.js';
import { UnitRoleEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { idOfType, toGlobalId } from '../../graphql/relay.js';
import type { CadreEntity } from '../cadre/cadre.entity.js';
import { CadreType } from '../cadre/cadre.type.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';

const GlobalRoleEnum = { VIEWER: 'VIEWER', ADMIN: 'ADMIN' } as const;
registerEnumType(GlobalRoleEnum, {
  name: 'GlobalRole',
  description: 'A role not tied to a unit.',
  valuesConfig: {
    VIEWER: { description: 'Sees aggregates only (chỉ xem số liệu tổng hợp).' },
    ADMIN: { description: 'Manages accounts (quản trị tài khoản).' },
  },
});

@ObjectType('AccountMembership', { description: 'An agency an account acts for, and the role.' })
class AccountMembershipType {
  @Field(() => UnitRoleEnum, { description: 'The role.' })
  role: UnitRole;

  @Field(() => Boolean, {
    description: 'Whether the member heads the agency (thủ trưởng): overdue reminders escalate to heads.',
  })
  head: boolean;

  unitId: number;
}

@ObjectType('Account', { description: 'A sign-in account (tài khoản), as administrators see it.' })
export class AccountType {
  @Field(() => String, { description: 'Username (tên đăng nhập).' })
  username: string;

  @Field(() => String, { description: 'Name and post, as written into records.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Personnel code of the cadre this account is (mã cán bộ).' })
  cadreCode: string | null;

  @Field(() => [GlobalRoleEnum], { description: 'Roles not tied to a unit.' })
  globalRoles: Array<'VIEWER' | 'ADMIN'>;

  @Field(() => [AccountMembershipType], { description: 'Agencies the account acts for.' })
  memberships: AccountMembershipType[];

  @Field(() => Boolean, { description: 'Disabled accounts cannot sign in.' })
  disabled: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Where reminders are e-mailed (thư điện tử); null: in the app only.',
  })
  email: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it last signed in.' })
  lastSignInAt: Date | null;
}

@InputType({ description: 'An agency and role for an account.' })
class AccountMembershipInput {
  @Field(() => ID, { description: 'The unit.' })
  unit: string;

  @Field(() => UnitRoleEnum, { description: 'The role; the unit must have it.' })
  role: UnitRole;

  @Field(() => Boolean, { nullable: true, description: 'The member heads the agency (default false).' })
  head?: boolean | null;
}

@InputType({ description: 'Changes to an account; fields left out stay as they are.' })
class AccountInputType {
  @Field(() => String, { nullable: true, description: 'Name and post.' })
  displayName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The cadre this account is (cán bộ); null to unlink.' })
  cadre?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cadre this account is, by personnel code (mã cán bộ), e.g. "CB0051".',
  })
  cadreCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true to unlink the cadre.' })
  unlinkCadre?: boolean | null;

  @Field(() => [GlobalRoleEnum], { nullable: true, description: 'Roles not tied to a unit (replaces them).' })
  globalRoles?: Array<'VIEWER' | 'ADMIN'> | null;

  @Field(() => [AccountMembershipInput], { nullable: true, description: 'Agencies and roles (replaces them).' })
  memberships?: AccountMembershipInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Disable or enable sign-in; disabling ends the account’s sessions.',
  })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'E-mail address for reminders; "" removes it.' })
  email?: string | null;
}

const AccountPayload = payloadType(
  'AccountPayload',
  'account',
  AccountType,
  'Result of creating or changing an account.',
);

function toInput(input: AccountInputType): AccountInput {
  return {
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.unlinkCadre ? { cadreId: null } : input.cadre ? { cadreId: idOfType(input.cadre, 'Cadre') ?? -1 } : {}),
    ...(input.cadreCode ? { cadreCode: input.cadreCode } : {}),
    ...(input.globalRoles ? { globalRoles: input.globalRoles } : {}),
    ...(input.memberships
      ? {
          memberships: input.memberships.map((entry) => ({
            unitId: idOfType(entry.unit, 'OrgUnit') ?? -1,
            role: entry.role,
            head: entry.head ?? false,
          })),
        }
      : {}),
    ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
  };
}

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => [AccountType], { description: 'Accounts, by username, at most 200 (ADMIN).' })
  accounts(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of a username or display name; every account when omitted.',
    })
    search?: string | null,
  ): Promise<AccountRow[]> {
    const use = useCaseContext(ctx);
    if (!use.actor.globalRoles?.includes('ADMIN')) {
      throw new GraphQLError('Chỉ quản trị viên xem danh sách tài khoản. (Administrators only.)', {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    }
    return ctx.services.accounts.list(use, search ?? null);
  }

  @Mutation(() => AccountPayload, { description: 'Create an account (ADMIN).' })
  async accountCreate(
    @Ctx() ctx: RequestContext,
    @Arg('username', () => String, { description: 'The new account’s username (tên đăng nhập).' }) username: string,
    @Arg('password', () => String, { description: 'At least 12 characters; the user should change it.' })
    password: string,
    @Arg('input', () => AccountInputType, {
      description: 'The account’s display name, roles, memberships and linked cadre.',
    })
    input: AccountInputType,
  ) {
    return toPayload(await ctx.services.accounts.create(useCaseContext(ctx), username, password, toInput(input)));
  }

  @Mutation(() => AccountPayload, { description: 'Change an account: name, cadre, roles, agencies, disabled (ADMIN).' })
  async accountUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The account (Account.id).' }) id: string,
    @Arg('input', () => AccountInputType, { description: 'The account’s new name, roles and memberships.' })
    input: AccountInputType,
  ) {
    return toPayload(
      await ctx.services.accounts.update(useCaseContext(ctx), idOfType(id, 'User') ?? -1, toInput(input)),
    );
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() account: AccountRow): string {
    return toGlobalId('User', account.id);
  }

  @FieldResolver(() => CadreType, { nullable: true, description: 'The cadre this account is.' })
  cadre(@Root() account: AccountRow, @Ctx() ctx: RequestContext): Promise<CadreEntity | null> | null {
    return account.cadreId === null ? null : ctx.loaders.keyTasks.cadreById.load(account.cadreId);
  }
}

@Resolver(() => AccountMembershipType)
export class AccountMembershipFieldsResolver {
  @FieldResolver(() => OrgUnitType, { description: 'The agency.' })
  async unit(@Root() membership: AccountMembershipType, @Ctx() ctx: RequestContext): Promise<OrgUnitEntity> {
    return (await ctx.loaders.orgUnits.byId.load(membership.unitId))!;
  }
}
