/**
 * The KPI snapshots: what a refresh computed as of one peildatum, kept so trends can be shown (one
 * snapshot per peildatum; refreshing a peildatum again replaces its snapshot). Each table holds the
 * figure's pre-aggregate at the finest grain — the cell (gemeente, aanbieder, segment, perceel,
 * productcategorie, productcode) — in a form that adds up exactly to any coarser slice: counts,
 * sums in eurocents, and distributions as day histograms (`dagen`, `aantal`) from which means and
 * percentiles of any slice follow exactly. The maths on top is in `src/kpi/`; the refresh SQL in
 * `src/db/repositories/kpi.ts`.
 *
 * Cell columns are never null: `productcode` is '' for a toewijzing of a whole categorie, `segment`
 * and `perceel` are 'onbekend' when no contract covers the product.
 */
import { bigint, date, index, integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';

const cel = () => ({
  peildatum: date('peildatum', { mode: 'string' }).notNull(),
  /** The refresh that wrote the row (`kpi_refresh.id`). */
  refreshId: bigint('refresh_id', { mode: 'number' }).notNull(),
  gemeente: text('gemeente').notNull(),
  agb: text('agb').notNull(),
  segment: text('segment').notNull(),
  perceel: text('perceel').notNull(),
  productcategorie: text('productcategorie').notNull(),
  productcode: text('productcode').notNull(),
});

/** Wachttijd of the trajecten that started in the peildatum's year up to the peildatum: a day histogram. */
export const kpiWachttijd = pgTable(
  'kpi_wachttijd',
  {
    ...cel(),
    /** Begindatum (305) − wachtstart (max of the first Toewijzingsdatum and the Ingangsdatum); negative: started before it. */
    dagen: integer('dagen').notNull(),
    aantal: integer('aantal').notNull(),
  },
  (t) => [index('kpi_wachttijd_peildatum_idx').on(t.peildatum)],
);

/** The wachtlijst at the peildatum: trajecten with a toewijzing in force and no start, by days waited. */
export const kpiWachtlijst = pgTable(
  'kpi_wachtlijst',
  {
    ...cel(),
    dagen: integer('dagen').notNull(),
    aantal: integer('aantal').notNull(),
  },
  (t) => [index('kpi_wachtlijst_peildatum_idx').on(t.peildatum)],
);

/**
 * The longest waits at the peildatum, the top 25 per cell (so the longest N ≤ 25 of any slice are
 * here). Identifies the toewijzing by its number, never by client data.
 */
export const kpiWachtlijstLangst = pgTable(
  'kpi_wachtlijst_langst',
  {
    ...cel(),
    standaard: text('standaard').notNull(),
    toewijzingNummer: bigint('toewijzing_nummer', { mode: 'number' }).notNull(),
    wachtSinds: date('wacht_sinds', { mode: 'string' }).notNull(),
    dagen: integer('dagen').notNull(),
  },
  (t) => [index('kpi_wachtlijst_langst_peildatum_idx').on(t.peildatum)],
);

/**
 * Doorlooptijd: `afgesloten` trajecten (ended in the peildatum's year up to the peildatum; from the
 * first Begindatum to the end, both days included) by RedenBeeindiging, and the age of `lopend` ones
 * at the peildatum (reden ''). Kept per whole week (`weken` = ⌈dagen / 7⌉) with the exact sum of
 * days, so means stay exact to the day and the snapshot stays small (durations spread over years).
 */
export const kpiDoorlooptijd = pgTable(
  'kpi_doorlooptijd',
  {
    ...cel(),
    /** `afgesloten` or `lopend`. */
    soort: text('soort').notNull(),
    /** `iJw` or `iWmo`: a RedenBeeindiging code means different things in each. */
    standaard: text('standaard').notNull(),
    redenBeeindiging: text('reden_beeindiging').notNull(),
    weken: integer('weken').notNull(),
    aantal: integer('aantal').notNull(),
    somDagen: bigint('som_dagen', { mode: 'number' }).notNull(),
  },
  (t) => [index('kpi_doorlooptijd_peildatum_idx').on(t.peildatum)],
);

/** Instroom (first starts) and uitstroom (ends) per month of the peildatum's year, with how ends relate to the toewijzing's Einddatum. */
export const kpiStroom = pgTable(
  'kpi_stroom',
  {
    ...cel(),
    /** First day of the month. */
    maand: date('maand', { mode: 'string' }).notNull(),
    instroom: integer('instroom').notNull(),
    uitstroom: integer('uitstroom').notNull(),
    /** Ended before the toewijzing's Einddatum (afschaling signal). */
    eindeVoor: integer('einde_voor').notNull(),
    /** Ended on it. */
    eindeOp: integer('einde_op').notNull(),
    /** Ended after it (care beyond the toewijzing: opschaling signal). */
    eindeNa: integer('einde_na').notNull(),
    /** The toewijzing has no Einddatum. */
    eindeOpen: integer('einde_open').notNull(),
  },
  (t) => [index('kpi_stroom_peildatum_idx').on(t.peildatum)],
);

/** Care days in the peildatum's year up to the peildatum, and the trajecten that had any. */
export const kpiBezetting = pgTable(
  'kpi_bezetting',
  {
    ...cel(),
    jaar: integer('jaar').notNull(),
    trajecten: integer('trajecten').notNull(),
    zorgdagen: bigint('zorgdagen', { mode: 'number' }).notNull(),
  },
  (t) => [index('kpi_bezetting_peildatum_idx').on(t.peildatum)],
);

/** Realisation per month (ProductPeriode's month) of the peildatum's year and the year before, in signed eurocents. */
export const kpiBudgetMaand = pgTable(
  'kpi_budget_maand',
  {
    ...cel(),
    jaar: integer('jaar').notNull(),
    maand: integer('maand').notNull(),
    /** Toegekend, credit negative. */
    toegekend: bigint('toegekend', { mode: 'number' }).notNull(),
    /** Ingediend and still in onderzoek, credit negative. */
    inOnderzoek: bigint('in_onderzoek', { mode: 'number' }).notNull(),
    prestaties: integer('prestaties').notNull(),
  },
  (t) => [index('kpi_budget_maand_peildatum_idx').on(t.peildatum)],
);

/** The budgetafspraken of the peildatum's year as they stood at the refresh (registers change). */
export const kpiBudgetafspraak = pgTable(
  'kpi_budgetafspraak',
  {
    peildatum: date('peildatum', { mode: 'string' }).notNull(),
    refreshId: bigint('refresh_id', { mode: 'number' }).notNull(),
    agb: text('agb').notNull(),
    gemeente: text('gemeente').notNull(),
    segment: text('segment').notNull(),
    jaar: integer('jaar').notNull(),
    soort: text('soort').notNull(),
    bedrag: bigint('bedrag', { mode: 'number' }).notNull(),
    bandbreedte: numeric('bandbreedte', { precision: 5, scale: 2 }),
    voorschot: bigint('voorschot', { mode: 'number' }),
    plekken: numeric('plekken', { precision: 9, scale: 2 }),
  },
  (t) => [index('kpi_budgetafspraak_peildatum_idx').on(t.peildatum)],
);
