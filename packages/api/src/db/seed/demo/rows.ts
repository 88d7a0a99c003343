/** Rows of the demo data set, per table, with the ids the generator chose. */
export type Row = Record<string, string | number | boolean | null | Date | object>;

export class DemoRows {
  readonly tables = new Map<string, Row[]>();
  private readonly nextIds = new Map<string, number>();

  constructor(startIds: Readonly<Record<string, number>>) {
    for (const [table, id] of Object.entries(startIds)) this.nextIds.set(table, id);
  }

  /** Takes the next id of a table now, for a row added later with `addWithId`. */
  reserve(table: string): number {
    const next = this.nextIds.get(table);
    if (next === undefined) throw new Error(`demo rows: ${table} has no id sequence`);
    this.nextIds.set(table, next + 1);
    return next;
  }

  addWithId(table: string, id: number, row: Row): void {
    const rows = this.tables.get(table) ?? [];
    rows.push({ id, ...row });
    this.tables.set(table, rows);
  }

  /** Adds a row; tables given a start id get the next id, which is returned. */
  add(table: string, row: Row): number {
    const next = this.nextIds.get(table);
    const withId = next === undefined ? row : { id: next, ...row };
    if (next !== undefined) this.nextIds.set(table, next + 1);
    const rows = this.tables.get(table) ?? [];
    rows.push(withId);
    this.tables.set(table, rows);
    return next ?? 0;
  }
}
