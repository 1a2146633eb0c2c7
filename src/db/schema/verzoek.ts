/**
 * Verzoeken om toewijzing (315) and om wijziging (317) an aanbieder sent, one row per
 * ReferentieAanbieder: a later 301 that honours one names it (TR379).
 */
import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';
import { bericht } from './bericht.js';
import { timestamps } from './columns.js';

export const verzoek = pgTable(
  'verzoek',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    berichtId: bigint('bericht_id', { mode: 'number' })
      .notNull()
      .references(() => bericht.id),
    standaard: text('standaard').notNull(),
    gemeente: text('gemeente').notNull(),
    agb: text('agb').notNull(),
    bsn: text('bsn').notNull(),
    referentieAanbieder: text('referentie_aanbieder').notNull(),
    /** `315` or `317`. */
    berichtsoort: text('berichtsoort').notNull(),
    /** `toegekend` (accepted: a fact) or `afgewezen`. */
    beoordeling: text('beoordeling').notNull(),
    pad: text('pad').notNull(),
    /**
     * The answer the pipeline gives on its own with a 319 antwoordbericht, when it gives one:
     * `afgewezen` (VerzoekAntwoord 1). Null: the gemeente answers (a 301, or a 319 of its own).
     */
    antwoord: text('antwoord'),
    /** RedenAfwijzingVerzoek (WJ759) of that answer: `8` = woonplaatsbeginsel. */
    redenAfwijzing: text('reden_afwijzing'),
    /** For reden 8: the CBS code of the gemeente responsible by the woonplaats register (Woonplaatsbeginsel/Gemeente). */
    verantwoordelijkeGemeente: text('verantwoordelijke_gemeente'),
    ...timestamps,
  },
  (t) => [index('verzoek_ref_idx').on(t.standaard, t.agb, t.referentieAanbieder), index('verzoek_bericht_idx').on(t.berichtId)],
);
