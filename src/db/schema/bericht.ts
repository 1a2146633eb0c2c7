/**
 * Every message received or sent, raw bytes first, before any parsing: nothing is ever lost. What
 * the stages learn (type, header keys, status, stage reached) is filled in afterwards.
 */
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { batch } from './batch.js';
import { bytea } from './bytea.js';
import { timestamps } from './columns.js';


export const bericht = pgTable(
  'bericht',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: bigint('batch_id', { mode: 'number' }).references(() => batch.id),
    /** `in` (received) or `uit` (our own: 301s, retours). */
    richting: text('richting').notNull(),
    raw: bytea('raw').notNull(),
    sha256: text('sha256').notNull(),
    grootte: integer('grootte').notNull(),
    /** Name of the file (or zip entry) it arrived as. */
    bestandsnaam: text('bestandsnaam'),
    ontvangenOp: timestamp('ontvangen_op', { withTimezone: true }).notNull().defaultNow(),
    berichttype: text('berichttype'),
    standaard: text('standaard'),
    release: text('release'),
    afzender: text('afzender'),
    ontvanger: text('ontvanger'),
    identificatie: text('identificatie'),
    dagtekening: date('dagtekening', { mode: 'string' }),
    /** See `BerichtStatus` in src/db/status.ts. */
    status: text('status').notNull(),
    /** The last stage completed: see `Fase` in src/db/status.ts. */
    fase: text('fase').notNull(),
    /** For a retour (306, 308, 325, 319, ...): the message it answers. For a 302: our 301. */
    antwoordOp: bigint('antwoord_op', { mode: 'number' }),
    /** A message whose BerichtIdentificatie an earlier message of the same sender and type already used (TR056). */
    dubbelVan: bigint('dubbel_van', { mode: 'number' }),
    /** Where our own outgoing message was written (outbox), once written. */
    outboxPad: text('outbox_pad'),
    ...timestamps,
  },
  (t) => [
    // A byte-identical re-delivery is recognised by its hash and not stored twice.
    uniqueIndex('bericht_in_sha256_uq').on(t.sha256).where(sql`richting = 'in'`),
    // TR056: Identificatie is unique per sender and message type.
    uniqueIndex('bericht_tr056_uq')
      .on(t.afzender, t.berichttype, t.identificatie)
      .where(sql`identificatie is not null and dubbel_van is null`),
    // One outgoing message of each type and Identificatie per message it answers. The Identificatie is
    // derived from the message answered (src/pipeline/retour.ts): one 316 per 315, one 319 per
    // ReferentieAanbieder answered; making them again finds the ones made before.
    uniqueIndex('bericht_antwoord_uq')
      .on(t.antwoordOp, t.berichttype, t.identificatie)
      .where(sql`antwoord_op is not null and richting = 'uit'`),
    index('bericht_batch_idx').on(t.batchId),
    // The deliveries still waiting for validation or control (WACHT_OP_VALIDATIE or WACHT_OP_CONTROLE,
    // the same expression): every control job asks which earlier ones there are; small, as they pass.
    index('bericht_wacht_idx')
      .on(t.batchId)
      .where(sql`richting = 'in' and ((fase = 'opgeslagen') or (fase = 'gevalideerd' and status = 'gevalideerd'))`),
    // Also /metrics: messages per status and fase counted from the index alone (richting filters in it).
    index('bericht_status_idx').on(t.status, t.fase, t.richting),
    index('bericht_type_dag_idx').on(t.berichttype, t.dagtekening),
    // The backoffice's rejections queue (messages rejected or waiting as a whole), newest first.
    index('bericht_afkeur_idx')
      .on(t.id)
      .where(sql`richting = 'in' and status in ('afgekeurd', 'technisch-afgekeurd', 'tegengehouden', 'in-onderzoek', 'afgehandeld')`),
    // Berichtenverkeer: volumes per day.
    index('bericht_ontvangen_idx').on(t.ontvangenOp),
  ],
);
