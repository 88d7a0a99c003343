import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns rows that PostgreSQL built as JSON (row_to_json, json_agg) back into entity instances, so
 * one statement can fetch a whole tree and the usual resolvers can read it. Column names map to
 * properties through the entity's metadata; timestamps become Dates.
 */
export function entitiesFromJson<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, rows: unknown): T[] {
  if (!Array.isArray(rows)) return [];
  const metadata = db.getMetadata(entity);
  return rows.map((row: Record<string, unknown>) => {
    const instance = metadata.create() as T;
    for (const column of metadata.columns) {
      const raw = row[column.databaseName];
      if (raw === undefined) continue;
      const value =
        raw !== null && (column.type === 'timestamptz' || column.type === 'timestamp') ? new Date(raw as string) : raw;
      const transformer = Array.isArray(column.transformer) ? undefined : column.transformer;
      (instance as Record<string, unknown>)[column.propertyName] = transformer ? transformer.from(value) : value;
    }
    return instance;
  });
}

export function entityFromJson<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  row: unknown,
): T | null {
  return row === null || row === undefined ? null : (entitiesFromJson(db, entity, [row])[0] ?? null);
}
