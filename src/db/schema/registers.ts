/**
 * Reference registers, imported from CSV (`iwj import <register> <file>`): CBS gemeenten (TR378),
 * aanbieders, contracts with tarieven, product code lists per gemeente (TR381), and the woonplaats of
 * clients as a BRP extract delivers it, budget agreements. Each import replaces its register in one transaction.
 */
import { bigint, date, index, integer, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const gemeente = pgTable('gemeente', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  gemeentecode: text('gemeentecode').notNull(),
  naam: text('naam').notNull(),
  ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
  einddatum: date('einddatum', { mode: 'string' }),
}, (t) => [index('gemeente_code_idx').on(t.gemeentecode)]);

export const aanbieder = pgTable('aanbieder', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  agb: text('agb').notNull(),
  naam: text('naam').notNull(),
}, (t) => [index('aanbieder_agb_idx').on(t.agb)]);

export const contract = pgTable('contract', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** `iWmo` or `iJw`: the standard whose list holds the productcategorie (the wettelijk domein). */
  standaard: text('standaard').notNull(),
  agb: text('agb').notNull(),
  gemeentecode: text('gemeentecode').notNull(),
  productcategorie: text('productcategorie').notNull(),
  /** Null: the whole categorie. */
  productcode: text('productcode'),
  ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
  einddatum: date('einddatum', { mode: 'string' }),
  /** Eurocents per eenheid. */
  tarief: bigint('tarief', { mode: 'number' }).notNull(),
  eenheid: text('eenheid').notNull(),
  frequentie: text('frequentie'),
  bekostiging: text('bekostiging').notNull(),
  perceel: text('perceel').notNull(),
  segment: text('segment').notNull(),
}, (t) => [index('contract_agb_idx').on(t.agb, t.gemeentecode, t.standaard)]);

export const productcode = pgTable('productcode', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** `iWmo` or `iJw`, from the productcategorie. */
  standaard: text('standaard').notNull(),
  gemeentecode: text('gemeentecode').notNull(),
  productcategorie: text('productcategorie').notNull(),
  productcode: text('productcode').notNull(),
  ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
  einddatum: date('einddatum', { mode: 'string' }),
}, (t) => [index('productcode_idx').on(t.gemeentecode, t.productcategorie, t.productcode)]);

export const woonplaats = pgTable('woonplaats', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  bsn: text('bsn').notNull(),
  gemeentecode: text('gemeentecode').notNull(),
  ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
  einddatum: date('einddatum', { mode: 'string' }),
}, (t) => [index('woonplaats_bsn_idx').on(t.bsn)]);

/**
 * Budget agreements per aanbieder, gemeente, segment and year (for the budget KPIs): a `plafond`
 * (ceiling) or an `afspraak` (agreed amount, with a bandbreedte in percent).
 */
export const budgetafspraak = pgTable('budgetafspraak', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  agb: text('agb').notNull(),
  gemeentecode: text('gemeentecode').notNull(),
  segment: text('segment').notNull(),
  jaar: integer('jaar').notNull(),
  /** `plafond` or `afspraak`. */
  soort: text('soort').notNull(),
  /** Eurocents. */
  bedrag: bigint('bedrag', { mode: 'number' }).notNull(),
  /** Percent, exact (`2.50`). */
  bandbreedte: numeric('bandbreedte', { precision: 5, scale: 2 }),
  /** Eurocents. */
  voorschot: bigint('voorschot', { mode: 'number' }),
  /** Agreed number of places, may be fractional. */
  plekken: numeric('plekken', { precision: 9, scale: 2 }),
}, (t) => [index('budgetafspraak_idx').on(t.agb, t.gemeentecode, t.jaar)]);

/** Every import, for the record: what, from which file, how many rows, by whom. */
export const registerImport = pgTable('register_import', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  register: text('register').notNull(),
  bestand: text('bestand').notNull(),
  sha256: text('sha256').notNull(),
  rijen: integer('rijen').notNull(),
  door: text('door').notNull(),
  geimporteerdOp: timestamp('geimporteerd_op', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('register_import_idx').on(t.register, t.geimporteerdOp)]);
