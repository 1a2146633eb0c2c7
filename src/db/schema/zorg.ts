/**
 * Start and stop of care as the aanbieder reported them (305 StartProduct, 307 StopProduct), one row
 * per product line. StatusAanlevering 3 deletes an earlier line with the same key: the earlier row is
 * then marked `verwijderd`, never removed.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { bericht } from './bericht.js';
import { timestamps } from './columns.js';

const zorgregel = () => ({
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  berichtId: bigint('bericht_id', { mode: 'number' })
    .notNull()
    .references(() => bericht.id),
  standaard: text('standaard').notNull(),
  gemeente: text('gemeente').notNull(),
  agb: text('agb').notNull(),
  bsn: text('bsn').notNull(),
  toewijzingNummer: bigint('toewijzing_nummer', { mode: 'number' }),
  productcategorie: text('productcategorie'),
  productcode: text('productcode'),
  toewijzingIngangsdatum: date('toewijzing_ingangsdatum', { mode: 'string' }),
  begindatum: date('begindatum', { mode: 'string' }).notNull(),
  statusAanlevering: text('status_aanlevering').notNull(),
  /** `toegekend` (accepted: a fact) or `afgewezen` (rejected with retourcodes: not a fact). */
  beoordeling: text('beoordeling').notNull(),
  retourcodes: text('retourcodes').array().notNull().default(sql`'{}'`),
  /** Deleted by a later line with StatusAanlevering 3. */
  verwijderd: boolean('verwijderd').notNull().default(false),
  pad: text('pad').notNull(),
  ...timestamps,
});

export const startProduct = pgTable('start_product', zorgregel(), (t) => [
  index('start_product_sleutel_idx').on(t.standaard, t.gemeente, t.agb, t.bsn, t.toewijzingNummer),
  index('start_product_bericht_idx').on(t.berichtId),
  // The backoffice's rejections queue: rejected start lines, newest first.
  index('start_product_bsn_idx').on(t.bsn),
  index('start_product_afkeur_idx').on(t.berichtId, t.id).where(sql`beoordeling = 'afgewezen'`),
]);

export const stopProduct = pgTable(
  'stop_product',
  {
    ...zorgregel(),
    redenBeeindiging: text('reden_beeindiging').notNull(),
    einddatum: date('einddatum', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('stop_product_sleutel_idx').on(t.standaard, t.gemeente, t.agb, t.bsn, t.toewijzingNummer),
    index('stop_product_bericht_idx').on(t.berichtId),
    index('stop_product_bsn_idx').on(t.bsn),
    index('stop_product_afkeur_idx').on(t.berichtId, t.id).where(sql`beoordeling = 'afgewezen'`),
  ],
);

export type StartProductRij = typeof startProduct.$inferSelect;
export type StopProductRij = typeof stopProduct.$inferSelect;
