import type { WfTaskDetailFragment } from '../../../gql/graphql';

/** A task as the API returns it, for component tests; override what a test is about. */
export function testTask(overrides: Partial<WfTaskDetailFragment> = {}): WfTaskDetailFragment {
  return {
    id: 'S2V5VGFzazox',
    ordinal: 1,
    title: 'Số hóa hồ sơ cán bộ',
    state: 'SUBMITTED',
    version: 1,
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    submittedAt: '2026-10-20T03:00:00.000Z',
    submittedLate: false,
    stateReason: null,
    availableActions: [],
    description: 'Số hóa toàn bộ hồ sơ cán bộ thuộc diện Ban Thường vụ quản lý.',
    spillOverNote: '',
    multiYear: false,
    selfOutcome: null,
    appraisedOutcome: null,
    concludedOutcome: null,
    viewerCanAddEvidence: false,
    viewerCanVerifyEvidence: false,
    cycle: {
      id: 'Q3ljbGU6NQ',
      year: 2027,
      phase: 'REGISTRATION',
      rules: { tasksPerCadre: 3, maxDurationMonths: 12, progressReportDay: 25 },
      deadlines: [{ stage: 'APPRAISE_REGISTRATION', dueOn: '2026-11-15' }],
    },
    cadre: { id: 'Q2FkcmU6MQ', fullName: 'Bùi Anh Thắng', code: 'CB0001' },
    focalAgency: { id: 'T3JnVW5pdDox', name: 'Ban Tổ chức Tỉnh ủy' },
    position: {
      title: 'Trưởng Ban Tổ chức Tỉnh ủy',
      unit: { id: 'T3JnVW5pdDox', name: 'Ban Tổ chức Tỉnh ủy' },
    },
    outputs: [
      {
        ordinal: 1,
        name: 'Hồ sơ được số hóa',
        unit: 'hồ sơ',
        target: 1200,
        actual: null,
        dueOn: null,
      },
    ],
    alignments: [{ source: 'NQ09_TW_2022', area: null, referenceText: '' }],
    milestones: [],
    progressReports: [],
    appraisals: [],
    opinions: [],
    selfAssessments: [],
    changeRequests: [],
    evidence: [],
    ruleViolations: [],
    auditTrail: [],
    ...overrides,
  };
}

/** A milestone report (task-wide when `milestoneNumber` is null) as the task's fragment carries it. */
export const testReport = (id: number, milestoneNumber: number | null, note: string) => ({
  id,
  milestoneNumber,
  reportedAt: '2027-06-28T07:30:00.000Z',
  authorLabel: 'Bùi Anh Thắng',
  status: 'DONE' as const,
  percentComplete: 100,
  note,
  late: false,
  outputValues: [],
});
