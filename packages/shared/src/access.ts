import type { Vocabulary } from './label.js';

/** The roles of the access policy (docs/access.md lists what each may see and do). */
export const ACCESS_ROLES = {
  CADRE: { vi: 'Cán bộ', en: 'Cadre' },
  FOCAL_REVIEWER: { vi: 'Cơ quan đầu mối', en: 'Focal-agency reviewer' },
  ADVISORY_REVIEWER: { vi: 'Cơ quan tham mưu', en: 'Advisory reviewer' },
  CONSOLIDATOR: { vi: 'Ban Tổ chức Tỉnh ủy', en: 'Organisation Commission', abbr: 'BTC' },
  DECIDER: { vi: 'Thường trực, Ban Thường vụ Tỉnh ủy', en: 'Standing Committee', abbr: 'BTV' },
  VIEWER: { vi: 'Xem số liệu tổng hợp', en: 'Viewer (aggregates only)' },
  ADMIN: { vi: 'Quản trị tài khoản', en: 'Account administrator' },
} as const satisfies Vocabulary<string>;
export type AccessRole = keyof typeof ACCESS_ROLES;

/** What an access role may read of key tasks and cadres. */
export type TaskVisibility = 'ALL' | 'OWN' | 'ROUTED_TO_AGENCY' | 'SENT_FOR_OPINION' | 'NONE';

export interface RolePolicy {
  /** Which tasks (and their cadres, dossiers) the role sees by name. */
  readonly tasks: TaskVisibility;
  /** Whether the role sees aggregate figures (counts, rates) of everything. */
  readonly aggregates: boolean;
  /** Whether the role manages accounts. */
  readonly accounts: boolean;
}

/**
 * The access policy, one row per role. Writes follow the transition table (who may take which
 * action); this table says what each role may read.
 */
export const ACCESS_POLICY: Readonly<Record<AccessRole, RolePolicy>> = {
  CADRE: { tasks: 'OWN', aggregates: false, accounts: false },
  FOCAL_REVIEWER: { tasks: 'ROUTED_TO_AGENCY', aggregates: false, accounts: false },
  ADVISORY_REVIEWER: { tasks: 'SENT_FOR_OPINION', aggregates: false, accounts: false },
  CONSOLIDATOR: { tasks: 'ALL', aggregates: true, accounts: false },
  DECIDER: { tasks: 'ALL', aggregates: true, accounts: false },
  VIEWER: { tasks: 'NONE', aggregates: true, accounts: false },
  ADMIN: { tasks: 'NONE', aggregates: false, accounts: true },
};

/** States in which a task has been sent to the advisory agencies, at registration or on results. */
export const SENT_FOR_OPINION_STATES = [
  'IN_CONSULTATION',
  'PROPOSED',
  'ASSIGNED',
  'REJECTED',
  'PLANNED',
  'IN_PROGRESS',
  'SELF_ASSESSED',
  'RESULT_APPRAISED',
  'RESULT_CONSULTED',
  'CONCLUDED',
  'SUSPENDED',
] as const;

/** Scopes an API token can carry (a tool gets only what it needs). */
export const TOKEN_SCOPES = {
  AGGREGATES: { vi: 'Chỉ số liệu tổng hợp', en: 'Aggregates only' },
  DOSSIERS: {
    vi: 'Đọc nhiệm vụ, hồ sơ trong phạm vi của người cấp',
    en: 'Read tasks and dossiers within the owner’s scope',
  },
  WRITE: { vi: 'Thực hiện thao tác thay người cấp', en: 'Act on behalf of the owner' },
  INTROSPECTION: { vi: 'Đọc lược đồ GraphQL', en: 'Read the GraphQL schema' },
} as const satisfies Vocabulary<string>;
export type TokenScope = keyof typeof TOKEN_SCOPES;

/** Session and sign-in limits (OWASP ASVS levels for an internal system with personnel data). */
export const SESSION_POLICY = {
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  /** Failed sign-ins allowed per account, and per address, within the window. */
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  failureWindowMinutes: 15,
  minPasswordLength: 12,
} as const;

/** The access roles a user holds, from the cadre they are, their agency roles and global roles. */
export function accessRolesOf(user: {
  readonly isCadre: boolean;
  readonly unitRoles: readonly ('FOCAL' | 'ADVISORY' | 'CONSOLIDATOR' | 'DECIDER')[];
  readonly globalRoles: readonly ('VIEWER' | 'ADMIN')[];
}): AccessRole[] {
  const roles: AccessRole[] = [];
  if (user.isCadre) roles.push('CADRE');
  if (user.unitRoles.includes('FOCAL')) roles.push('FOCAL_REVIEWER');
  if (user.unitRoles.includes('ADVISORY')) roles.push('ADVISORY_REVIEWER');
  if (user.unitRoles.includes('CONSOLIDATOR')) roles.push('CONSOLIDATOR');
  if (user.unitRoles.includes('DECIDER')) roles.push('DECIDER');
  for (const role of user.globalRoles) roles.push(role);
  return roles;
}

/**
 * Whether roles see any task, and so any cadre, by name: a figure leads to its list of cadres only
 * for them (a viewer of aggregates has no list to open).
 */
export function seesTasksByName(roles: readonly AccessRole[]): boolean {
  return roles.some((role) => ACCESS_POLICY[role].tasks !== 'NONE');
}
