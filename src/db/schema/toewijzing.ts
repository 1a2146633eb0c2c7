/**
 * The toewijzingen the gemeente issued (its own 301s), one row per ToegewezenProduct per message: a
 * later 301 with the same ToewijzingNummer (RedenWijziging) adds a version; `actueel` marks the one
 * in force (latest Toewijzingsdatum + Toewijzingstijd).
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bericht } from './bericht.js';
import { timestamps } from './columns.js';

export const toewijzing = pgTable(
  'toewijzing',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    berichtId: bigint('bericht_id', { mode: 'number' })
      .notNull()
      .references(() => bericht.id),
    standaard: text('standaard').notNull(),
    gemeente: text('gemeente').notNull(),
    agb: text('agb').notNull(),
    bsn: text('bsn').notNull(),
    toewijzingNummer: bigint('toewijzing_nummer', { mode: 'number' }).notNull(),
    referentieAanbieder: text('referentie_aanbieder'),
    productcategorie: text('productcategorie'),
    productcode: text('productcode'),
    toewijzingsdatum: date('toewijzingsdatum', { mode: 'string' }).notNull(),
    toewijzingstijd: text('toewijzingstijd').notNull(),
    ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
    einddatum: date('einddatum', { mode: 'string' }),
    redenWijziging: text('reden_wijziging'),
    volume: bigint('volume', { mode: 'number' }),
    eenheid: text('eenheid'),
    frequentie: text('frequentie'),
    /** Eurocents. */
    budget: bigint('budget', { mode: 'number' }),
    /** Position in its message, for findings: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]`. */
    pad: text('pad').notNull(),
    actueel: boolean('actueel').notNull().default(true),
    /** `gereed` (may be sent), `tegengehouden` (held back by a control), `verzonden`. */
    status: text('status').notNull(),
    geboortedatum: date('geboortedatum', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('toewijzing_versie_uq').on(t.standaard, t.gemeente, t.toewijzingNummer, t.berichtId),
    index('toewijzing_actueel_idx').on(t.standaard, t.gemeente, t.toewijzingNummer).where(sql`actueel`),
    index('toewijzing_client_idx').on(t.bsn),
    index('toewijzing_agb_idx').on(t.agb, t.gemeente),
  ],
);

export type ToewijzingRij = typeof toewijzing.$inferSelect;
