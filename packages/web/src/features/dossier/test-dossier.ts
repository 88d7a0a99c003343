import type { CadreDossierQuery } from '../../gql/graphql';
import type { WithTypename } from './test-typename';

type Dossier = WithTypename<NonNullable<CadreDossierQuery['cadreDossier']>>;
type Task = Dossier['tasks'][number];

const agency = { __typename: 'OrgUnit', id: 'T3JnVW5pdDox', name: 'Ban Tổ chức Tỉnh ủy' };

const registered = {
  __typename: 'TaskVersion',
  version: 1,
  title: 'Số hóa hồ sơ cán bộ',
  description: 'Số hóa hồ sơ cán bộ thuộc diện Ban Thường vụ quản lý.',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  outputs: [{ __typename: 'TaskVersionOutput', name: 'Hồ sơ được số hóa', unit: 'hồ sơ', target: 1000, dueOn: null }],
};

/** A concluded task with one approved amendment, as the API returns it; override what a test is about. */
export function dossierTask(overrides: Partial<Task> = {}): Task {
  return {
    __typename: 'KeyTask',
    id: 'S2V5VGFzazox',
    ordinal: 1,
    title: 'Số hóa hồ sơ cán bộ',
    description: 'Số hóa hồ sơ cán bộ thuộc diện Ban Thường vụ quản lý.',
    spillOverNote: '',
    state: 'CONCLUDED',
    stateReason: null,
    version: 2,
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    multiYear: false,
    submittedAt: '2024-10-20T03:00:00.000Z',
    submittedLate: false,
    selfOutcome: 'EXCEEDED',
    appraisedOutcome: 'COMPLETED_ON_TIME',
    concludedOutcome: 'COMPLETED_ON_TIME',
    focalAgency: agency,
    position: { __typename: 'Position', title: 'Trưởng Ban Tổ chức Tỉnh ủy', unit: agency },
    alignments: [],
    outputs: [
      {
        __typename: 'OutputProduct',
        ordinal: 1,
        name: 'Hồ sơ được số hóa',
        unit: 'hồ sơ',
        target: 1200,
        actual: 1260,
        actualReportedAt: '2025-12-20T02:00:00.000Z',
        dueOn: null,
      },
    ],
    registeredVersion: registered,
    assignedVersion: registered,
    changeRequests: [],
    milestones: [
      {
        __typename: 'Milestone',
        periodKind: 'QUARTER',
        periodLabel: 'Quý I/2025',
        dueOn: '2025-03-31',
        doneOn: '2025-04-05',
        expectedOutput: '300 hồ sơ',
        status: 'DONE_LATE',
      },
    ],
    progressReports: [],
    evidence: [],
    appraisals: [
      {
        __typename: 'Appraisal',
        stage: 'RESULT',
        verdict: 'ACCEPTED',
        proposedOutcome: 'COMPLETED_ON_TIME',
        comment: 'Hoàn thành đúng tiến độ; sản phẩm vượt chỉ tiêu.',
        authorLabel: 'Lê Văn Thẩm, Phó Trưởng Ban',
        createdAt: '2026-01-10T02:00:00.000Z',
        late: false,
        agency,
      },
    ],
    opinions: [
      {
        __typename: 'Opinion',
        stage: 'RESULT',
        verdict: 'AGREE_WITH_COMMENTS',
        proposedOutcome: null,
        text: 'Thống nhất; đề nghị bổ sung minh chứng quý IV.',
        authorLabel: 'Phạm Thị Mưu, Chánh Văn phòng',
        submittedAt: '2026-01-20T09:30:00.000Z',
        late: true,
        agency: { __typename: 'OrgUnit', id: 'T3JnVW5pdDoy', name: 'Văn phòng Tỉnh ủy' },
      },
    ],
    selfAssessments: [],
    auditTrail: [],
    ...overrides,
  };
}

/** A dossier of one cadre for 2025, rated HTT with a score; override what a test is about. */
export function testDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    __typename: 'CadreDossier',
    asOf: '2026-02-01',
    scaleVersion: '366-QĐ/TW:2025',
    cycle: { __typename: 'Cycle', id: 'Q3ljbGU6Mw', year: 2025, phase: 'CLOSED' },
    cadre: {
      __typename: 'Cadre',
      id: 'Q2FkcmU6MQ',
      fullName: 'Bùi Anh Thắng',
      code: 'CB0001',
      birthYear: 1975,
      positions: [
        {
          __typename: 'Position',
          title: 'Trưởng Ban Tổ chức Tỉnh ủy',
          startsOn: '2021-05-01',
          endsOn: null,
          rotated: false,
          subjectGroup: 'STANDING_COMMITTEE_MEMBER',
          unit: agency,
        },
      ],
    },
    measures: {
      __typename: 'Measures',
      assessableTasks: 1,
      completedTasks: 1,
      onTimeTasks: 1,
      lateTasks: 0,
      exceededTasks: 0,
      completionRate: 1,
      lateShare: 0,
      exceededShare: 0,
      outputAchievement: 1.05,
      milestonesDue: 1,
      milestonesOnTime: 0,
      milestoneOnTimeRate: 0,
    },
    ratingConditions: [
      {
        __typename: 'LevelConditions',
        level: 'GOOD',
        allMet: true,
        conditions: [
          {
            __typename: 'RatingCondition',
            code: 'SCORE_AT_LEAST',
            label: 'Đạt từ 70 điểm trở lên (thang 100 điểm)',
            labelEn: 'Score of at least 70 out of 100',
            met: true,
          },
        ],
      },
      {
        __typename: 'LevelConditions',
        level: 'EXCELLENT',
        allMet: false,
        conditions: [
          {
            __typename: 'RatingCondition',
            code: 'SCORE_AT_LEAST',
            label: 'Đạt từ 90 điểm trở lên (thang 100 điểm)',
            labelEn: 'Score of at least 90 out of 100',
            met: false,
          },
          {
            __typename: 'RatingCondition',
            code: 'MIN_EXCEEDED_SHARE',
            label: 'Ít nhất 30% nhiệm vụ hoàn thành vượt mức',
            labelEn: 'At least 30% of tasks exceeded',
            met: null,
          },
        ],
      },
    ],
    conclusion: {
      __typename: 'Conclusion',
      concludedOn: '2026-01-28',
      deciderLabel: 'Nguyễn Văn Quyết, Phó Bí thư Thường trực',
      documentNumber: '15-TB/TU',
      summary: 'Hoàn thành tốt các nhiệm vụ trọng tâm năm 2025.',
    },
    rating: {
      __typename: 'QualityRating',
      level: 'GOOD',
      score: 84.5,
      decidedOn: '2026-01-30',
      deciderLabel: 'Nguyễn Văn Quyết, Phó Bí thư Thường trực',
      note: '',
      scaleVersion: '366-QĐ/TW:2025',
    },
    auditTrail: [],
    tasks: [dossierTask()],
    ...overrides,
  };
}
