/**
 * GGK envelopes (StUF ggk0210 Di01) received: zender + referentienummer is unique in the chain
 * (error IB216 otherwise), and the answer to an envelope is found again by its referentienummer.
 */
import { bigint, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { batch } from './batch.js';
import { timestamps } from './columns.js';

export const ggkEnvelop = pgTable(
  'ggk_envelop',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** `stuurgegevens/zender/organisatie` of the Di01 (an AGB code, `VECOZO`, ...). */
    zender: text('zender').notNull(),
    /** `stuurgegevens/referentienummer` of the Di01 (a UUID). */
    referentienummer: text('referentienummer').notNull(),
    /** The API channel it came in through. */
    kanaal: text('kanaal').notNull(),
    /** `stuurgegevens/functie`: the message type the envelope says it carries (`JW323`). */
    functie: text('functie').notNull(),
    /** The referentienummer of our answer (Du01, Bv03 or Fo01): the same every time it is asked for. */
    antwoordReferentie: text('antwoord_referentie').notNull(),
    /** Set once the delivery is stored; empty while it is being stored (a claim). */
    batchId: bigint('batch_id', { mode: 'number' }).references(() => batch.id),
    berichtId: bigint('bericht_id', { mode: 'number' }),
    /** When the claim was made (a claim never completed is taken over after a while). */
    geclaimdOp: timestamp('geclaimd_op', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [uniqueIndex('ggk_envelop_zender_ref_uq').on(t.zender, t.referentienummer)],
);
