import type { DrillCadreTasksFragment } from '../../gql/graphql';
import type { WithTypename } from '../dossier/test-typename';

type Node = WithTypename<DrillCadreTasksFragment>;
type Task = Node['tasks'][number];

/** A task of a drill-down row as the API returns it; override what a test is about. */
export function drillTask(overrides: Partial<Task> = {}): Task {
  return {
    __typename: 'KeyTask',
    id: 'S2V5VGFzazox',
    ordinal: 1,
    title: 'Số hóa hồ sơ cán bộ',
    state: 'IN_PROGRESS',
    selfOutcome: null,
    appraisedOutcome: null,
    concludedOutcome: null,
    milestones: [],
    opinions: [],
    ...overrides,
  };
}

/** A cadre with the tasks a figure counted, as the API returns it. */
export function drillNode(id: string, fullName: string, tasks: Task[], unitName = 'Ban Tổ chức Tỉnh ủy'): Node {
  return {
    __typename: 'CadreTasks',
    cadre: {
      __typename: 'Cadre',
      id,
      fullName,
      code: `CB-${id}`,
      positions: [
        {
          __typename: 'Position',
          title: 'Trưởng ban',
          startsOn: '2020-01-01',
          endsOn: null,
          rotated: false,
          unit: { __typename: 'OrgUnit', id: `U-${id}`, name: unitName },
        },
      ],
    },
    tasks: tasks.map((task) => ({
      ...task,
      milestones: task.milestones.map((milestone) => ({ __typename: 'Milestone', ...milestone })),
      opinions: task.opinions.map((opinion) => ({ __typename: 'Opinion', ...opinion })),
    })),
  };
}
