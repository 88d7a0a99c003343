/** The operations as our API's GraphQL (packages/api/schema.graphql), as the dashboard would send them. */

const ROW_FIGURES = `cycleYear code label code2 label2 cadres tasks registered registeredOnTime assigned assessable
  completed onTime late exceeded partial notCompleted exempt selfAboveConcluded appraisedAboveConcluded
  milestonesDue milestonesOnTime completionRate milestoneOnTimeRate`;

export const API_COMPARISON = `
  query Comparison($years: [Int!]!, $dimension: AnalyticsDimension!, $by: AnalyticsDimension) {
    comparison(cycleYears: $years, dimension: $dimension, by: $by) { ${ROW_FIGURES} }
  }`;

const TASK_FIELDS = `id title state concludedOutcome cadre { fullName code }
  milestones { dueOn doneOn status } opinions { stage verdict text agency { name } }`;

/** The drill-down behind a locality cell (what `tasksCounted` runs for it): a page of tasks. */
export const API_DRILL_DOWN = `
  query DrillDown($year: Int!, $unit: ID!, $first: Int!) {
    keyTasks(filter: {cycleYear: $year, unit: $unit}, first: $first) {
      pageInfo { hasNextPage endCursor }
      nodes { ${TASK_FIELDS} }
    }
  }`;

/** The drill-down behind a locality cell as the dashboard opens it: a page of cadres, each with the tasks counted. */
export const API_CADRE_DRILL_DOWN = `
  query CadreDrillDown($year: Int!, $unit: ID!, $first: Int!) {
    drillDown(cycleYear: $year, dimension: LOCALITY, unit: $unit, first: $first) {
      pageInfo { hasNextPage endCursor }
      nodes {
        cadre { fullName code }
        tasks { id title state concludedOutcome milestones { dueOn doneOn status } opinions { stage verdict text agency { name } } }
      }
    }
  }`;

export const API_DOSSIER = `
  query Dossier($cadre: ID!, $year: Int!) {
    cadreDossier(cadre: $cadre, cycleYear: $year) {
      cadre { fullName code positions { title } }
      cycle { year }
      tasks {
        ${TASK_FIELDS}
        outputs { name target actual }
        appraisals { verdict stage }
        selfAssessments { outcome }
      }
      measures { completionRate milestoneOnTimeRate milestonesDue milestonesOnTime }
      ratingConditions { level allMet }
      conclusion { documentNumber }
      rating { level score }
    }
  }`;

export const API_REPORT = `
  mutation Report($task: ID!, $input: ProgressInput!) {
    milestoneReport(keyTask: $task, input: $input) { progressReport { status } userErrors { code message } }
  }`;
