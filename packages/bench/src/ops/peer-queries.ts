/**
 * The operations as PostGraphile v4 queries (filter and aggregates plugins, no custom SQL).
 * PostGraphile cannot group by a column of a related table (the unit of a task's post), so the
 * comparisons walk units → posts → tasks and return per-post counts (grouped aggregates) that the
 * client adds up; null group keys are refused by the plugin, so outcomes are grouped over the
 * concluded tasks only. Figures that compare two columns (a milestone done by its due date, an
 * assessment better than the conclusion) cannot be expressed without custom SQL and are left out.
 */

/** Per post: tasks by state, registrations by lateness, conclusions by outcome, milestones due. */
const POST_COUNTS = (condition: string, extraGroup: string, taskFields: string) => `
  cadreId
  tasks: keyTasksByPositionId(${condition}) {
    groupedAggregates(groupBy: [${extraGroup}STATE]) { keys distinctCount { id } }
  }
  registered: keyTasksByPositionId(${condition.replace('filter: {', 'filter: {submittedAt: {isNull: false}, ')}) {
    groupedAggregates(groupBy: [${extraGroup}SUBMITTED_LATE]) { keys distinctCount { id } }
  }
  concluded: keyTasksByPositionId(${condition.replace('filter: {', 'filter: {concludedOutcome: {isNull: false}, ')}) {
    groupedAggregates(groupBy: [${extraGroup}CONCLUDED_OUTCOME]) { keys distinctCount { id } }
  }
  counted: keyTasksByPositionId(${condition.replace(
    'filter: {',
    'filter: {or: [{concludedOutcome: {isNull: true}}, {concludedOutcome: {notEqualTo: "EXEMPT_OBJECTIVE"}}], ',
  )}) {
    nodes { ${taskFields} milestonesByKeyTaskId(filter: {dueOn: {lessThanOrEqualTo: $asOf}}) { totalCount } }
  }`;

const ONE_CYCLE = 'filter: {cycleId: {equalTo: $cycle}}';
const SOME_CYCLES = 'filter: {cycleId: {in: $cycles}}';

export const PEER_LOCALITY = `
  query Locality($cycle: Int!, $asOf: Date!) {
    allOrgUnits(filter: {positionsByUnitId: {some: {keyTasksByPositionId: {some: {cycleId: {equalTo: $cycle}}}}}}) {
      nodes {
        id code name
        positionsByUnitId(filter: {keyTasksByPositionId: {some: {cycleId: {equalTo: $cycle}}}}) {
          nodes { ${POST_COUNTS(ONE_CYCLE, '', '')} }
        }
      }
    }
  }`;

export const PEER_TREND = `
  query Trend($cycles: [Int!]!, $asOf: Date!) {
    allOrgUnits(filter: {positionsByUnitId: {some: {keyTasksByPositionId: {some: {cycleId: {in: $cycles}}}}}}) {
      nodes {
        id code name kind
        orgUnitByLegacyDistrictId { id code name }
        positionsByUnitId(filter: {keyTasksByPositionId: {some: {cycleId: {in: $cycles}}}}) {
          nodes { ${POST_COUNTS(SOME_CYCLES, 'CYCLE_ID, ', 'cycleId')} }
        }
      }
    }
  }`;

/** The matrix needs each task's goal areas: a plain nested query, counted by the client. */
export const PEER_MATRIX = `
  query Matrix($cycle: Int!, $asOf: Date!) {
    allOrgUnits(filter: {positionsByUnitId: {some: {keyTasksByPositionId: {some: {cycleId: {equalTo: $cycle}}}}}}) {
      nodes {
        id code name
        positionsByUnitId(filter: {keyTasksByPositionId: {some: {cycleId: {equalTo: $cycle}}}}) {
          nodes {
            cadreId
            keyTasksByPositionId(condition: {cycleId: $cycle}) {
              nodes {
                state submittedAt submittedLate concludedOutcome
                alignmentsByKeyTaskId { nodes { area } }
                milestonesByKeyTaskId(filter: {dueOn: {lessThanOrEqualTo: $asOf}}) { totalCount }
              }
            }
          }
        }
      }
    }
  }`;

export const PEER_DRILL_DOWN = `
  query DrillDown($cycle: Int!, $unit: Int!, $first: Int!) {
    allKeyTasks(first: $first, orderBy: ID_ASC, condition: {cycleId: $cycle},
                filter: {positionByPositionId: {unitId: {equalTo: $unit}}}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id title state concludedOutcome
        cadreByCadreId { fullName code }
        milestonesByKeyTaskId(orderBy: [DUE_ON_ASC, ID_ASC]) { nodes { dueOn doneOn } }
        opinionsByKeyTaskId(orderBy: [SUBMITTED_AT_ASC, ID_ASC]) {
          nodes { stage verdict text orgUnitByAgencyUnitId { name } }
        }
      }
    }
  }`;

/** Cadres with a task of the cycle in the unit's posts, by name, each with those tasks. */
export const PEER_CADRE_DRILL_DOWN = `
  query CadreDrillDown($cycle: Int!, $unit: Int!, $first: Int!) {
    allCadres(first: $first, orderBy: [FULL_NAME_ASC, ID_ASC],
              filter: {keyTasksByCadreId: {some: {cycleId: {equalTo: $cycle}, positionByPositionId: {unitId: {equalTo: $unit}}}}}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        fullName code
        keyTasksByCadreId(orderBy: ORDINAL_ASC, condition: {cycleId: $cycle},
                          filter: {positionByPositionId: {unitId: {equalTo: $unit}}}) {
          nodes {
            id title state concludedOutcome
            milestonesByKeyTaskId(orderBy: [DUE_ON_ASC, ID_ASC]) { nodes { dueOn doneOn } }
            opinionsByKeyTaskId(orderBy: [SUBMITTED_AT_ASC, ID_ASC]) {
              nodes { stage verdict text orgUnitByAgencyUnitId { name } }
            }
          }
        }
      }
    }
  }`;

export const PEER_DOSSIER = `
  query Dossier($cadre: Int!, $cycle: Int!) {
    cadreById(id: $cadre) {
      fullName code
      positionsByCadreId(orderBy: [STARTS_ON_DESC, ID_ASC]) { nodes { title } }
      keyTasksByCadreId(condition: {cycleId: $cycle}, orderBy: ORDINAL_ASC) {
        nodes {
          id title state concludedOutcome
          outputProductsByKeyTaskId(orderBy: ORDINAL_ASC) { nodes { name target actual } }
          milestonesByKeyTaskId(orderBy: [DUE_ON_ASC, ID_ASC]) { nodes { dueOn doneOn } }
          opinionsByKeyTaskId(orderBy: [SUBMITTED_AT_ASC, ID_ASC]) {
            nodes { stage verdict text orgUnitByAgencyUnitId { name } }
          }
          appraisalsByKeyTaskId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { verdict stage } }
          selfAssessmentsByKeyTaskId { nodes { outcome } }
        }
      }
      conclusionsByCadreId(condition: {cycleId: $cycle}) { nodes { documentNumber } }
      qualityRatingsByCadreId(condition: {cycleId: $cycle}) { nodes { level score } }
    }
  }`;

/** PostGraphile's CRUD mutations: the report row and the milestone's date (no lock, state check or audit). */
export const PEER_REPORT = `
  mutation Report($task: Int!, $milestone: Int!, $at: Datetime!, $today: Date!, $label: String!) {
    createProgressReport(input: {progressReport: {keyTaskId: $task, milestoneId: $milestone, reportedAt: $at,
                                 status: "DONE", note: "", late: false, authorLabel: $label}}) {
      progressReport { id }
    }
    updateMilestoneById(input: {id: $milestone, milestonePatch: {doneOn: $today}}) { milestone { id doneOn } }
  }`;
