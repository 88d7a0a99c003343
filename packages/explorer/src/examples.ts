import type { Boot } from './boot';
import compareLocalities from './examples/compare-localities.graphql?raw';
import cadreDossier from './examples/cadre-dossier.graphql?raw';
import drillDown from './examples/drill-down.graphql?raw';
import findCadre from './examples/find-cadre.graphql?raw';
import lateAtStage from './examples/late-at-stage.graphql?raw';

export interface ExampleTab {
  readonly query: string;
  readonly variables: string;
}

const json = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);

/** The analysts' questions as ready-to-run tabs, their variables filled from the live data. */
export function exampleTabs(boot: Boot): ExampleTab[] {
  return [
    { query: compareLocalities, variables: json({ cycleYear: boot.closedYear }) },
    { query: findCadre, variables: json({ search: '' }) },
    {
      query: cadreDossier,
      variables: json({ cadre: boot.sampleCadreId ?? 'paste an id from FindCadre', cycleYear: boot.closedYear }),
    },
    { query: lateAtStage, variables: json({ cycleYear: boot.currentYear }) },
    { query: drillDown, variables: json({ cycleYear: boot.closedYear, after: null }) },
  ];
}
