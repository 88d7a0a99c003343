/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A role of the access policy (vai trò truy cập); see docs/access.md. */
export type AccessRole =
  /** Account administrator (Quản trị tài khoản) */
  | 'ADMIN'
  /** Advisory reviewer (Cơ quan tham mưu) */
  | 'ADVISORY_REVIEWER'
  /** Cadre (Cán bộ) */
  | 'CADRE'
  /** Organisation Commission (Ban Tổ chức Tỉnh ủy, BTC) */
  | 'CONSOLIDATOR'
  /** Standing Committee (Thường trực, Ban Thường vụ Tỉnh ủy, BTV) */
  | 'DECIDER'
  /** Focal-agency reviewer (Cơ quan đầu mối) */
  | 'FOCAL_REVIEWER'
  /** Viewer (aggregates only) (Xem số liệu tổng hợp) */
  | 'VIEWER';

/** Changes to an account; fields left out stay as they are. */
export type AccountInputType = {
  /** The cadre this account is (cán bộ); null to unlink. */
  cadre?: string | null | undefined;
  /** The cadre this account is, by personnel code (mã cán bộ), e.g. "CB0051". */
  cadreCode?: string | null | undefined;
  /** Disable or enable sign-in; disabling ends the account’s sessions. */
  disabled?: boolean | null | undefined;
  /** Name and post. */
  displayName?: string | null | undefined;
  /** Roles not tied to a unit (replaces them). */
  globalRoles?: Array<GlobalRole> | null | undefined;
  /** Agencies and roles (replaces them). */
  memberships?: Array<AccountMembershipInput> | null | undefined;
  /** true to unlink the cadre. */
  unlinkCadre?: boolean | null | undefined;
};

/** An agency and role for an account. */
export type AccountMembershipInput = {
  /** The role; the unit must have it. */
  role: UnitRole;
  /** The unit. */
  unit: string;
};

/** A role not tied to a unit. */
export type GlobalRole =
  /** Manages accounts (quản trị tài khoản). */
  | 'ADMIN'
  /** Sees aggregates only (chỉ xem số liệu tổng hợp). */
  | 'VIEWER';

/** Filters for `orgUnits`; all given conditions must hold. */
export type OrgUnitFilter = {
  /** true: only units without a parent (tree roots). */
  isRoot?: boolean | null | undefined;
  /** Any of these kinds. */
  kind?: Array<OrgUnitKind> | null | undefined;
  /** Direct children of this unit. */
  parent?: string | null | undefined;
  /** Units having this role. */
  role?: UnitRole | null | undefined;
  /** Words found in the name, abbreviation or code, with or without diacritics ("khanh hoa" finds "Khánh Hòa"). */
  search?: string | null | undefined;
  /** Any of these sectors (khối). */
  sector?: Array<Sector> | null | undefined;
  /** Units in force on this date (e.g. 2026-01-01 for the new communes). */
  validAt?: string | null | undefined;
};

/** Kind of organisation unit (loại cơ quan, đơn vị, địa phương). */
export type OrgUnitKind =
  /** Agency (Cơ quan) */
  | 'AGENCY'
  /** Bloc party committee (Đảng ủy khối) */
  | 'BLOC_PARTY_COMMITTEE'
  /** Commune (Xã) */
  | 'COMMUNE'
  /** Department (Sở, ngành) */
  | 'DEPARTMENT'
  /** District (before 07/2025) (Huyện, thị xã, thành phố (cũ)) */
  | 'DISTRICT'
  /** Fatherland Front (Mặt trận Tổ quốc, MTTQ) */
  | 'FATHERLAND_FRONT'
  /** Management board (Ban quản lý) */
  | 'MANAGEMENT_BOARD'
  /** Mass organisation (Tổ chức chính trị - xã hội) */
  | 'MASS_ORGANIZATION'
  /** Party affairs board (Ban cán sự đảng) */
  | 'PARTY_AFFAIRS_BOARD'
  /** Party commission (Ban, Ủy ban của Tỉnh ủy) */
  | 'PARTY_COMMISSION'
  /** Subordinate party committee (Đảng ủy trực thuộc Tỉnh ủy) */
  | 'PARTY_COMMITTEE'
  /** Party delegation (Đảng đoàn) */
  | 'PARTY_DELEGATION'
  /** Party Committee Office (Văn phòng Tỉnh ủy, VPTU) */
  | 'PARTY_OFFICE'
  /** Permanent Board (Thường trực Tỉnh ủy, TTTU) */
  | 'PARTY_PERMANENT_BOARD'
  /** Political school (Trường Chính trị) */
  | 'PARTY_SCHOOL'
  /** Provincial Party Standing Committee (Ban Thường vụ Tỉnh ủy, BTV) */
  | 'PARTY_STANDING_COMMITTEE'
  /** People's Committee (Ủy ban nhân dân, UBND) */
  | 'PEOPLES_COMMITTEE'
  /** People's Council (Hội đồng nhân dân, HĐND) */
  | 'PEOPLES_COUNCIL'
  /** Provincial Party Committee (Tỉnh ủy) */
  | 'PROVINCIAL_PARTY_COMMITTEE'
  /** Special zone (Đặc khu) */
  | 'SPECIAL_ZONE'
  /** Ward (Phường) */
  | 'WARD';

/** Field a unit works in (khối). */
export type Sector =
  /** Elected councils (Khối dân cử (HĐND)) */
  | 'COUNCIL'
  /** Defence and security (Quốc phòng – an ninh) */
  | 'DEFENSE_SECURITY'
  /** Economy (Khối kinh tế) */
  | 'ECONOMY'
  /** Front and mass organisations (Mặt trận và đoàn thể) */
  | 'FRONT_MASS_ORG'
  /** Government (Khối chính quyền) */
  | 'GOVERNMENT'
  /** Localities (Địa phương) */
  | 'LOCALITY'
  /** Party (Khối Đảng) */
  | 'PARTY';

/** What an API token may do (phạm vi của khóa API). */
export type TokenScope =
  /** Aggregates only (Chỉ số liệu tổng hợp) */
  | 'AGGREGATES'
  /** Read tasks and dossiers within the owner’s scope (Đọc nhiệm vụ, hồ sơ trong phạm vi của người cấp) */
  | 'DOSSIERS'
  /** Read the GraphQL schema (Đọc lược đồ GraphQL) */
  | 'INTROSPECTION'
  /** Act on behalf of the owner (Thực hiện thao tác thay người cấp) */
  | 'WRITE';

/** What a unit may do in the key-task cycle (vai trò trong quy trình). */
export type UnitRole =
  /** Advisory agency (Cơ quan tham mưu, giúp việc Tỉnh ủy) */
  | 'ADVISORY'
  /** Consolidator (Cơ quan tổng hợp (Ban Tổ chức Tỉnh ủy), BTC) */
  | 'CONSOLIDATOR'
  /** Decision body (Cơ quan quyết định (Thường trực, BTV), BTV) */
  | 'DECIDER'
  /** Focal agency (Cơ quan đầu mối) */
  | 'FOCAL';

/** Why a mutation did not change anything. */
export type UserErrorCode =
  /** Your role may not take this action on this object (không có quyền). */
  | 'ACTOR_NOT_ALLOWED'
  /** This action needs a reason or comment (cần ghi lý do). */
  | 'COMMENT_REQUIRED'
  /** The change conflicts with an existing record (trùng lặp). */
  | 'CONFLICT'
  /** This action needs an official document number and date (cần số văn bản). */
  | 'DOCUMENT_REQUIRED'
  /** Wrong username or password (sai thông tin đăng nhập). */
  | 'INVALID_CREDENTIALS'
  /** A field is missing, too long or malformed (dữ liệu không hợp lệ). */
  | 'INVALID_INPUT'
  /** No such object, or it is not visible to you (không tìm thấy). */
  | 'NOT_FOUND'
  /** A rule of the regulation is not met; see `rule` (vi phạm quy định). */
  | 'RULE_VIOLATION'
  /** Someone changed the object since you loaded it; reload (dữ liệu đã thay đổi). */
  | 'STALE_VERSION'
  /** Too many failed sign-ins; wait and try again (tạm khóa đăng nhập). */
  | 'THROTTLED'
  /** The object is not in a state that allows this action (sai trạng thái). */
  | 'WRONG_STATE';

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { viewer: { id: string, displayName: string, accessRoles: Array<AccessRole>, tokenScopes: Array<TokenScope> | null, memberships: Array<{ role: UnitRole, unit: { id: string, name: string } }> } | null, apiTokens: Array<{ id: number, name: string, prefix: string, scopes: Array<TokenScope>, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type PasswordChangeMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type PasswordChangeMutation = { passwordChange: { done: boolean | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null }> } };

export type ApiTokenCreateMutationVariables = Exact<{
  name: string;
  scopes: Array<TokenScope> | TokenScope;
  days: number;
}>;


export type ApiTokenCreateMutation = { apiTokenCreate: { token: string | null, apiToken: { id: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null }> } };

export type ApiTokenRevokeMutationVariables = Exact<{
  id: number;
}>;


export type ApiTokenRevokeMutation = { apiTokenRevoke: { apiToken: { id: number, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type SessionRevokeAllMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionRevokeAllMutation = { sessionRevokeAll: { done: boolean | null } };

export type AccountsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: Array<{ id: string, username: string, displayName: string, globalRoles: Array<GlobalRole>, disabled: boolean, lastSignInAt: string | null, cadreCode: string | null, memberships: Array<{ role: UnitRole, unit: { id: string, name: string } }> }> };

export type AccountCreateMutationVariables = Exact<{
  username: string;
  password: string;
  input: AccountInputType;
}>;


export type AccountCreateMutation = { accountCreate: { account: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null }> } };

export type AccountUpdateMutationVariables = Exact<{
  id: string;
  input: AccountInputType;
}>;


export type AccountUpdateMutation = { accountUpdate: { account: { id: string, disabled: boolean } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type PasswordResetMutationVariables = Exact<{
  id: string;
  next: string;
}>;


export type PasswordResetMutation = { passwordReset: { done: boolean | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type AccountFormChoicesQueryVariables = Exact<{
  validAt: string;
}>;


export type AccountFormChoicesQuery = { orgUnits: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> }, advisory: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> }, consolidators: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> }, deciders: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> } };

export type OrgUnitSummaryFragment = { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null };

export type OrgUnitTreeQueryVariables = Exact<{
  validAt?: string | null | undefined;
}>;


export type OrgUnitTreeQuery = { orgUnits: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, legacyDistrict: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, children: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }> }> }> } };

export type OrgUnitListQueryVariables = Exact<{
  filter?: OrgUnitFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OrgUnitListQuery = { orgUnits: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, parent: { id: string, code: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrgUnitDetailQueryVariables = Exact<{
  code: string;
}>;


export type OrgUnitDetailQuery = { orgUnitByCode: { roles: Array<UnitRole>, id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, parent: { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null } | null, children: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }>, legacyDistrict: { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null } | null, predecessors: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }>, successors: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, accessRoles: Array<AccessRole> } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { sessionSignIn: { viewer: { id: string, displayName: string, accessRoles: Array<AccessRole> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { sessionSignOut: boolean };

export const OrgUnitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitSummaryFragment, unknown>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accessRoles"}},{"kind":"Field","name":{"kind":"Name","value":"tokenScopes"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const PasswordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"next"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"next"},"value":{"kind":"Variable","name":{"kind":"Name","value":"next"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordChangeMutation, PasswordChangeMutationVariables>;
export const ApiTokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TokenScope"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const SessionRevokeAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRevokeAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionRevokeAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<SessionRevokeAllMutation, SessionRevokeAllMutationVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"globalRoles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"cadreCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const AccountCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountInputType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountInputType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]} as unknown as DocumentNode<AccountUpdateMutation, AccountUpdateMutationVariables>;
export const PasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"next"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"next"},"value":{"kind":"Variable","name":{"kind":"Name","value":"next"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]} as unknown as DocumentNode<PasswordResetMutation, PasswordResetMutationVariables>;
export const AccountFormChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountFormChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FOCAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"advisory"},"name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"ADVISORY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"consolidators"},"name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CONSOLIDATOR"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deciders"},"name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"DECIDER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<AccountFormChoicesQuery, AccountFormChoicesQueryVariables>;
export const OrgUnitTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isRoot"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"legacyDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitTreeQuery, OrgUnitTreeQueryVariables>;
export const OrgUnitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitListQuery, OrgUnitListQueryVariables>;
export const OrgUnitDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnitByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legacyDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgUnitSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accessRoles"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"accessRoles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionSignOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;