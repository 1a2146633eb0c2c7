/**
 * The reference registers in the database: the only code that touches their tables. An import
 * replaces a register entirely in one transaction (readers see the old rows until it commits) and is
 * recorded in `register_import`. The reads return the plain fact types the controls use
 * (`src/control/feiten.ts`): dates `YYYY-MM-DD`, amounts in eurocents, absent instead of null.
 */
import { and, asc, count, desc, eq, getTableColumns, getTableName, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Contract, Gemeente, Productcode, Woonplaats } from '../../control/feiten.js';
import type { Aanbieder } from '../../registers/aanbieders.js';
import type { Budgetafspraak, BudgetSoort } from '../../registers/budgetafspraken.js';
import type { RegisterContent, RegisterName } from '../../registers/index.js';
import type { StandaardId } from '../../standard/standaard.js';
import type { Executor } from '../client.js';
import { aanbieder, budgetafspraak, contract, gemeente, productcode, registerImport, woonplaats } from '../schema/registers.js';

const TABLES: { readonly [N in RegisterName]: PgTable } = {
  gemeenten: gemeente,
  aanbieders: aanbieder,
  contracten: contract,
  productcodes: productcode,
  woonplaats,
  budgetafspraken: budgetafspraak,
};

/** Parameters per INSERT statement: well below PostgreSQL's limit of 65535. */
const PARAMETERS = 30_000;

export interface ImportMeta {
  /** The file name as given (without directories). */
  readonly bestand: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  /** Who imported: the OS user or a given name. */
  readonly door: string;
}

export interface ReplaceOutcome {
  /** Rows now in the register. */
  readonly rijen: number;
  /** Rows the register held before. */
  readonly vervangen: number;
  readonly importId: number;
}

export interface RegisterImport {
  readonly id: number;
  readonly register: RegisterName;
  readonly bestand: string;
  readonly sha256: string;
  readonly rijen: number;
  readonly door: string;
  readonly geimporteerdOp: Date;
}

/** The rows in slices small enough for one INSERT into `table` (or one IN list of single values). */
function* chunks<T>(rows: readonly T[], table?: PgTable): Generator<T[]> {
  const size = table ? Math.floor(PARAMETERS / Object.keys(getTableColumns(table)).length) : 1000;
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** `2.50` → `2.5`, `12.00` → `12`: numeric as the parser writes it. */
function canonicalDecimal(v: string): string {
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

const opt = <K extends string, V>(key: K, v: V | null): { [P in K]?: V } => (v === null ? {} : ({ [key]: v } as { [P in K]: V }));

export class RegisterRepository {
  constructor(private readonly db: Executor) {}

  /** Replace the whole register with these rows and record the import, in one transaction. */
  async replace(content: RegisterContent, meta: ImportMeta): Promise<ReplaceOutcome> {
    const table = TABLES[content.register];
    return this.db.transaction(async (tx) => {
      // Two imports of one register at once must not interleave; readers keep reading the old rows.
      await tx.execute(sql.raw(`lock table "${getTableName(table)}" in exclusive mode`));
      const [before] = await tx.select({ n: count() }).from(table);
      await tx.delete(table);
      await insertRows(tx, content);
      const [record] = await tx
        .insert(registerImport)
        .values({ register: content.register, bestand: meta.bestand, sha256: meta.sha256, rijen: content.rows.length, door: meta.door })
        .returning({ id: registerImport.id });
      return { rijen: content.rows.length, vervangen: Number(before?.n ?? 0), importId: record!.id };
    });
  }

  /**
   * The registers' version: the id of the latest import. Every change of a register is an import
   * (`replace`), so what was read at one version stays true until this number grows.
   */
  async versie(): Promise<number> {
    const [r] = await this.db.select({ id: max(registerImport.id) }).from(registerImport);
    return Number(r?.id ?? 0);
  }

  /** How many rows the register holds. */
  async count(register: RegisterName): Promise<number> {
    const [r] = await this.db.select({ n: count() }).from(TABLES[register]);
    return Number(r?.n ?? 0);
  }

  /** The imports, newest first; of one register when given. */
  async imports(register?: RegisterName): Promise<RegisterImport[]> {
    const rows = await this.db
      .select()
      .from(registerImport)
      .where(register ? eq(registerImport.register, register) : undefined)
      .orderBy(desc(registerImport.geimporteerdOp), desc(registerImport.id));
    return rows.map((r) => ({ ...r, register: r.register as RegisterName }));
  }

  /** Every contract of the aanbieder with the gemeente (all periods, all products); of one domain when given. */
  async contracten(agb: string, gemeentecode: string, standaard?: StandaardId): Promise<Contract[]> {
    const where: SQL[] = [eq(contract.agb, agb), eq(contract.gemeentecode, gemeentecode)];
    if (standaard) where.push(eq(contract.standaard, standaard));
    const rows = await this.db
      .select()
      .from(contract)
      .where(and(...where))
      .orderBy(asc(contract.productcategorie), asc(contract.productcode), asc(contract.ingangsdatum), asc(contract.id));
    return rows.map((c) => ({
      agb: c.agb,
      gemeentecode: c.gemeentecode,
      productcategorie: c.productcategorie,
      ...opt('productcode', c.productcode),
      ingangsdatum: c.ingangsdatum,
      ...opt('einddatum', c.einddatum),
      tarief: c.tarief,
      eenheid: c.eenheid,
      ...opt('frequentie', c.frequentie),
      bekostiging: c.bekostiging as Contract['bekostiging'],
      perceel: c.perceel as Contract['perceel'],
      segment: c.segment,
    }));
  }

  /** The woonplaats history of these clients, per BSN oldest first. */
  async woonplaatsen(bsns: Iterable<string>): Promise<Woonplaats[]> {
    const unique = [...new Set(bsns)];
    const out: Woonplaats[] = [];
    for (const part of chunks(unique)) {
      const rows = await this.db
        .select()
        .from(woonplaats)
        .where(inArray(woonplaats.bsn, part))
        .orderBy(asc(woonplaats.bsn), asc(woonplaats.ingangsdatum), asc(woonplaats.id));
      for (const w of rows) out.push({ bsn: w.bsn, gemeentecode: w.gemeentecode, ingangsdatum: w.ingangsdatum, ...opt('einddatum', w.einddatum) });
    }
    return out;
  }

  /** The CBS gemeenten, every period (a few hundred rows). */
  async gemeenten(): Promise<Gemeente[]> {
    const rows = await this.db.select().from(gemeente).orderBy(asc(gemeente.gemeentecode), asc(gemeente.ingangsdatum), asc(gemeente.id));
    return rows.map((g) => ({ gemeentecode: g.gemeentecode, naam: g.naam, ingangsdatum: g.ingangsdatum, ...opt('einddatum', g.einddatum) }));
  }

  /** The product code lists: of these gemeenten (all when not given), of one domain when given. */
  async productcodes(gemeentecodes?: readonly string[], standaard?: StandaardId): Promise<Productcode[]> {
    const where: SQL[] = [];
    if (gemeentecodes) {
      if (gemeentecodes.length === 0) return [];
      where.push(inArray(productcode.gemeentecode, [...gemeentecodes]));
    }
    if (standaard) where.push(eq(productcode.standaard, standaard));
    const rows = await this.db
      .select()
      .from(productcode)
      .where(where.length > 0 ? and(...where) : undefined)
      .orderBy(asc(productcode.gemeentecode), asc(productcode.productcategorie), asc(productcode.productcode), asc(productcode.ingangsdatum), asc(productcode.id));
    return rows.map((p) => ({
      gemeentecode: p.gemeentecode,
      productcategorie: p.productcategorie,
      productcode: p.productcode,
      ingangsdatum: p.ingangsdatum,
      ...opt('einddatum', p.einddatum),
    }));
  }

  /** Aanbieders with their names: these AGB codes (all when not given). */
  async aanbieders(agbs?: readonly string[]): Promise<Aanbieder[]> {
    if (agbs && agbs.length === 0) return [];
    const rows = await this.db
      .select({ agb: aanbieder.agb, naam: aanbieder.naam })
      .from(aanbieder)
      .where(agbs ? inArray(aanbieder.agb, [...new Set(agbs)]) : undefined)
      .orderBy(asc(aanbieder.agb));
    return rows;
  }

  /** The budget agreements, of one year when given. */
  async budgetafspraken(jaar?: number): Promise<Budgetafspraak[]> {
    const rows = await this.db
      .select()
      .from(budgetafspraak)
      .where(jaar === undefined ? undefined : eq(budgetafspraak.jaar, jaar))
      .orderBy(asc(budgetafspraak.jaar), asc(budgetafspraak.agb), asc(budgetafspraak.gemeentecode), asc(budgetafspraak.segment));
    return rows.map((b) => ({
      agb: b.agb,
      gemeentecode: b.gemeentecode,
      segment: b.segment,
      jaar: b.jaar,
      soort: b.soort as BudgetSoort,
      bedrag: b.bedrag,
      ...opt('bandbreedte', b.bandbreedte === null ? null : canonicalDecimal(b.bandbreedte)),
      ...opt('voorschot', b.voorschot),
      ...opt('plekken', b.plekken === null ? null : canonicalDecimal(b.plekken)),
    }));
  }
}

async function insertRows(tx: Executor, content: RegisterContent): Promise<void> {
  switch (content.register) {
    case 'gemeenten':
      for (const part of chunks(content.rows, TABLES.gemeenten)) {
        await tx.insert(gemeente).values(part.map((g) => ({ gemeentecode: g.gemeentecode, naam: g.naam, ingangsdatum: g.ingangsdatum, einddatum: g.einddatum ?? null })));
      }
      return;
    case 'aanbieders':
      for (const part of chunks(content.rows, TABLES.aanbieders)) await tx.insert(aanbieder).values(part.map((a) => ({ agb: a.agb, naam: a.naam })));
      return;
    case 'contracten':
      for (const part of chunks(content.rows, TABLES.contracten)) {
        await tx.insert(contract).values(
          part.map((c) => ({
            standaard: c.standaard,
            agb: c.agb,
            gemeentecode: c.gemeentecode,
            productcategorie: c.productcategorie,
            productcode: c.productcode ?? null,
            ingangsdatum: c.ingangsdatum,
            einddatum: c.einddatum ?? null,
            tarief: c.tarief,
            eenheid: c.eenheid,
            frequentie: c.frequentie ?? null,
            bekostiging: c.bekostiging,
            perceel: c.perceel,
            segment: c.segment,
          })),
        );
      }
      return;
    case 'productcodes':
      for (const part of chunks(content.rows, TABLES.productcodes)) {
        await tx.insert(productcode).values(
          part.map((p) => ({
            standaard: p.standaard,
            gemeentecode: p.gemeentecode,
            productcategorie: p.productcategorie,
            productcode: p.productcode,
            ingangsdatum: p.ingangsdatum,
            einddatum: p.einddatum ?? null,
          })),
        );
      }
      return;
    case 'woonplaats':
      for (const part of chunks(content.rows, TABLES.woonplaats)) {
        await tx.insert(woonplaats).values(part.map((w) => ({ bsn: w.bsn, gemeentecode: w.gemeentecode, ingangsdatum: w.ingangsdatum, einddatum: w.einddatum ?? null })));
      }
      return;
    case 'budgetafspraken':
      for (const part of chunks(content.rows, TABLES.budgetafspraken)) {
        await tx.insert(budgetafspraak).values(
          part.map((b) => ({
            agb: b.agb,
            gemeentecode: b.gemeentecode,
            segment: b.segment,
            jaar: b.jaar,
            soort: b.soort,
            bedrag: b.bedrag,
            bandbreedte: b.bandbreedte ?? null,
            voorschot: b.voorschot ?? null,
            plekken: b.plekken ?? null,
          })),
        );
      }
      return;
  }
}
