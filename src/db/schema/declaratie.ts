/**
 * Declaraties (323) and their prestaties, debet and credit, as facts; every decision on a prestatie
 * is kept (`beslissing`), the latest is the one in force and is mirrored on the prestatie row.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bericht } from './bericht.js';
import { timestamps } from './columns.js';

export const declaratie = pgTable(
  'declaratie',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    berichtId: bigint('bericht_id', { mode: 'number' })
      .notNull()
      .references(() => bericht.id),
    standaard: text('standaard').notNull(),
    gemeente: text('gemeente').notNull(),
    agb: text('agb').notNull(),
    declaratieNummer: text('declaratie_nummer').notNull(),
    periodeBegin: date('periode_begin', { mode: 'string' }).notNull(),
    periodeEind: date('periode_eind', { mode: 'string' }).notNull(),
    declaratieDagtekening: date('declaratie_dagtekening', { mode: 'string' }).notNull(),
    /** Eurocents, signed: credit negative. */
    totaalIngediend: bigint('totaal_ingediend', { mode: 'number' }).notNull(),
    /** Eurocents, signed; set when every prestatie is decided. */
    totaalToegekend: bigint('totaal_toegekend', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    // TR333: DeclaratieNummer unique per aanbieder per domain.
    uniqueIndex('declaratie_nummer_uq').on(t.standaard, t.agb, t.declaratieNummer),
    index('declaratie_bericht_idx').on(t.berichtId),
    index('declaratie_periode_idx').on(t.gemeente, t.agb, t.periodeBegin),
  ],
);

export const prestatie = pgTable(
  'prestatie',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    declaratieId: bigint('declaratie_id', { mode: 'number' })
      .notNull()
      .references(() => declaratie.id),
    berichtId: bigint('bericht_id', { mode: 'number' })
      .notNull()
      .references(() => bericht.id),
    standaard: text('standaard').notNull(),
    gemeente: text('gemeente').notNull(),
    agb: text('agb').notNull(),
    bsn: text('bsn').notNull(),
    referentieNummer: text('referentie_nummer').notNull(),
    vorigReferentieNummer: text('vorig_referentie_nummer'),
    toewijzingNummer: bigint('toewijzing_nummer', { mode: 'number' }).notNull(),
    productcategorie: text('productcategorie').notNull(),
    productcode: text('productcode').notNull(),
    periodeBegin: date('periode_begin', { mode: 'string' }).notNull(),
    periodeEind: date('periode_eind', { mode: 'string' }).notNull(),
    geleverdVolume: bigint('geleverd_volume', { mode: 'number' }).notNull(),
    eenheid: text('eenheid').notNull(),
    productTarief: bigint('product_tarief', { mode: 'number' }),
    /** Eurocents as sent (unsigned) and its D/C. */
    bedrag: bigint('bedrag', { mode: 'number' }).notNull(),
    debetCredit: text('debet_credit').notNull(),
    /** A second prestatie with a ReferentieNummer the aanbieder already used (TR314): kept, never a fact. */
    dubbel: boolean('dubbel').notNull().default(false),
    /** The decision in force: `toegekend`, `afgewezen`, `in-onderzoek`. */
    status: text('status').notNull(),
    retourcodes: text('retourcodes').array().notNull().default(sql`'{}'`),
    /** Eurocents, unsigned like `bedrag`: what is granted of it (0 when afgewezen). */
    toegekendBedrag: bigint('toegekend_bedrag', { mode: 'number' }).notNull().default(0),
    pad: text('pad').notNull(),
    ...timestamps,
  },
  (t) => [
    // TR314: ReferentieNummer unique per aanbieder per domain.
    uniqueIndex('prestatie_referentie_uq').on(t.standaard, t.agb, t.referentieNummer).where(sql`not dubbel`),
    index('prestatie_toewijzing_idx').on(t.standaard, t.gemeente, t.toewijzingNummer),
    index('prestatie_declaratie_idx').on(t.declaratieId),
    index('prestatie_status_idx').on(t.status),
    index('prestatie_periode_idx').on(t.gemeente, t.agb, t.periodeBegin),
    // The backoffice's rejections queue, newest first, in keyset pages (bericht, prestatie).
    // The client's timeline in the backoffice.
    index('prestatie_bsn_idx').on(t.bsn),
    index('prestatie_afkeur_idx').on(t.berichtId, t.id).where(sql`status in ('afgewezen', 'in-onderzoek')`),
    // ... filtered on, or sorted by, gemeente or aanbieder.
    index('prestatie_afkeur_gemeente_idx').on(t.gemeente, t.berichtId, t.id).where(sql`status in ('afgewezen', 'in-onderzoek')`),
    index('prestatie_afkeur_agb_idx').on(t.agb, t.berichtId, t.id).where(sql`status in ('afgewezen', 'in-onderzoek')`),
  ],
);

export const beslissing = pgTable(
  'beslissing',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    prestatieId: bigint('prestatie_id', { mode: 'number' })
      .notNull()
      .references(() => prestatie.id),
    status: text('status').notNull(),
    retourcodes: text('retourcodes').array().notNull().default(sql`'{}'`),
    toegekendBedrag: bigint('toegekend_bedrag', { mode: 'number' }).notNull(),
    /** `systeem`, or the account that decided. */
    door: text('door').notNull(),
    reden: text('reden'),
    /** A decision taken after the 325 was sent is a correction, not a change of the 325. */
    correctie: boolean('correctie').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('beslissing_prestatie_idx').on(t.prestatieId)],
);

export type DeclaratieRij = typeof declaratie.$inferSelect;
export type PrestatieRij = typeof prestatie.$inferSelect;
