import type { ViewTableLine } from '@nvtt/shared';
import type { FigureRow } from '../dashboard/shape';

// The view's table is shaped in packages/shared, where the API's export (/exports/analysis.xlsx|csv)
// shapes the same rows.
export { viewExportTable as exportTable, viewTableLines as tableLines } from '@nvtt/shared';

/** One line of the analysis table, as shown and as exported. */
export type TableLine = ViewTableLine<FigureRow>;
