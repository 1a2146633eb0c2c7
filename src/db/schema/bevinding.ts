/** A finding on a message: the one shape (`rule`, `retourcode`, `path`, `message`) stored. */
import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bericht } from './bericht.js';

export const bevinding = pgTable(
  'bevinding',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    berichtId: bigint('bericht_id', { mode: 'number' })
      .notNull()
      .references(() => bericht.id),
    /** `xml`, `xsd`, `regels`, `controle`. */
    fase: text('fase').notNull(),
    regel: text('regel').notNull(),
    retourcode: text('retourcode'),
    pad: text('pad').notNull(),
    regelnummer: integer('regelnummer'),
    melding: text('melding').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bevinding_bericht_idx').on(t.berichtId),
    index('bevinding_regel_idx').on(t.regel, t.retourcode),
    // The backoffice's rejections queue: messages answered with retourcodes, newest first.
    index('bevinding_retourcode_idx').on(t.berichtId).where(sql`retourcode is not null`),
  ],
);
