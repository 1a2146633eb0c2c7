/** Every KPI refresh, for the record: for which peildatum, when, how long, how many rows, by whom, and how it ended. */
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const kpiRefresh = pgTable(
  'kpi_refresh',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    peildatum: date('peildatum', { mode: 'string' }).notNull(),
    /** `cli:<user>`, `nachtelijk`, `api:<wie>`. */
    door: text('door').notNull(),
    gestartOp: timestamp('gestart_op', { withTimezone: true }).notNull().defaultNow(),
    klaarOp: timestamp('klaar_op', { withTimezone: true }),
    duurMs: integer('duur_ms'),
    /** `bezig`, `klaar` (its snapshot is there), `mislukt`, `vervangen` (a later refresh of the same peildatum), `opgeruimd` (removed by retention). */
    status: text('status').notNull(),
    /** Snapshot rows written, in total and per table. */
    rijen: integer('rijen'),
    rijenPerTabel: jsonb('rijen_per_tabel'),
    /** Facts read: trajecten and prestaties in scope. */
    trajecten: integer('trajecten'),
    prestaties: bigint('prestaties', { mode: 'number' }),
    /** Snapshots of other peildata removed by the retention rule. */
    opgeruimd: integer('opgeruimd'),
    fout: text('fout'),
  },
  (t) => [index('kpi_refresh_peildatum_idx').on(t.peildatum, t.gestartOp)],
);
