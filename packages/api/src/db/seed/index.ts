import type { DataSource, EntityManager } from 'typeorm';
import { loadDemoAccounts } from './demo-accounts.js';
import { loadDemoCycles } from './demo-cycles.js';
import { loadDemoKeyTasks } from './demo/index.js';
import { loadDemoNotificationContacts } from './demo-notification-contacts.js';
import { loadReferenceUnits, parseUnitList } from './reference-units.js';

interface SeedStep {
  /** Recorded in `seed_run` once applied, so each step runs once per database. */
  readonly name: string;
  readonly demo: boolean;
  run(db: EntityManager): Promise<void>;
}

const STEPS: readonly SeedStep[] = [
  {
    name: 'reference/khanh-hoa-units@1',
    demo: false,
    run: (db) => loadReferenceUnits(db, parseUnitList()),
  },
  { name: 'demo/cycles@1', demo: true, run: loadDemoCycles },
  { name: 'demo/key-tasks@1', demo: true, run: loadDemoKeyTasks },
  { name: 'demo/accounts@1', demo: true, run: loadDemoAccounts },
  { name: 'demo/notification-contacts@1', demo: true, run: loadDemoNotificationContacts },
];

/** Applies the seed steps not yet recorded, each in its own transaction. Returns what ran. */
export async function runSeeds(dataSource: DataSource, options: { demo: boolean }): Promise<string[]> {
  const applied: string[] = [];
  for (const step of STEPS) {
    if (step.demo && !options.demo) continue;
    const ran = await dataSource.transaction(async (db) => {
      // The lock makes two API processes starting together seed once.
      await db.query(`LOCK TABLE seed_run IN EXCLUSIVE MODE`);
      const done: unknown[] = await db.query(`SELECT 1 FROM seed_run WHERE name = $1`, [step.name]);
      if (done.length > 0) return false;
      await step.run(db);
      await db.query(`INSERT INTO seed_run (name) VALUES ($1)`, [step.name]);
      return true;
    });
    if (ran) applied.push(step.name);
  }
  return applied;
}
