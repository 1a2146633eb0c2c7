/** A delivery: one HTTP upload, one file from the drop folder, one `iwj ingest` run, one GGK envelope. */
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import { timestamps } from './columns.js';

export const batch = pgTable(
  'batch',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** `http`, `map`, `cli`, `ggk`. */
    bron: text('bron').notNull(),
    /** The sending channel (API key name) or folder. */
    kanaal: text('kanaal'),
    bestandsnaam: text('bestandsnaam'),
    ontvangenOp: timestamp('ontvangen_op', { withTimezone: true }).notNull().defaultNow(),
    aantalBerichten: integer('aantal_berichten').notNull().default(0),
    /** Parts of the delivery that were refused before they became messages (bad zip entries, ...). */
    aantalGeweigerd: integer('aantal_geweigerd').notNull().default(0),
    /** When every message of the batch went through every stage (the completion signal). */
    verwerktOp: timestamp('verwerkt_op', { withTimezone: true }),
    /** The delivery as it arrived when it was a container (a zip): kept, so nothing is ever lost. */
    raw: bytea('raw'),
    ...timestamps,
  },
  (t) => [index('batch_ontvangen_op_idx').on(t.ontvangenOp)],
);

/** A part of a delivery refused before it became a message (unsafe zip entry, zip bomb, ...), with the reason. */
export const batchWeigering = pgTable(
  'batch_weigering',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: bigint('batch_id', { mode: 'number' })
      .notNull()
      .references(() => batch.id),
    naam: text('naam').notNull(),
    reden: text('reden').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('batch_weigering_batch_idx').on(t.batchId)],
);

/**
 * A message of a delivery that was byte-identical to one received before (so not stored again):
 * the link keeps "what was in this delivery" complete, so its outcome can be read back per batch.
 */
export const batchHerhaling = pgTable(
  'batch_herhaling',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: bigint('batch_id', { mode: 'number' })
      .notNull()
      .references(() => batch.id),
    /** The message as stored the first time. */
    berichtId: bigint('bericht_id', { mode: 'number' }).notNull(),
    /** The name it arrived under this time. */
    bestandsnaam: text('bestandsnaam').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('batch_herhaling_batch_idx').on(t.batchId)],
);
