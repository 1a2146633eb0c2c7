/**
 * The registers as the backoffice lists them: rows of one register in pages by id (keyset), and
 * how many there are. Read-only; imports go through `RegisterRepository.replace`.
 */
import { sql } from 'drizzle-orm';
import type { RegisterName } from '../../registers/index.js';
import type { Executor } from '../client.js';
import { rijen } from './afkeuren.js';

const KOLOMMEN: { readonly [N in RegisterName]: { readonly tabel: string; readonly kolommen: readonly string[] } } = {
  gemeenten: { tabel: 'gemeente', kolommen: ['gemeentecode', 'naam', 'ingangsdatum', 'einddatum'] },
  aanbieders: { tabel: 'aanbieder', kolommen: ['agb', 'naam'] },
  contracten: {
    tabel: 'contract',
    kolommen: ['standaard', 'agb', 'gemeentecode', 'productcategorie', 'productcode', 'ingangsdatum', 'einddatum', 'tarief', 'eenheid', 'frequentie', 'bekostiging', 'perceel', 'segment'],
  },
  productcodes: { tabel: 'productcode', kolommen: ['standaard', 'gemeentecode', 'productcategorie', 'productcode', 'ingangsdatum', 'einddatum'] },
  woonplaats: { tabel: 'woonplaats', kolommen: ['bsn', 'gemeentecode', 'ingangsdatum', 'einddatum'] },
  budgetafspraken: { tabel: 'budgetafspraak', kolommen: ['agb', 'gemeentecode', 'segment', 'jaar', 'soort', 'bedrag', 'bandbreedte', 'voorschot', 'plekken'] },
};

export function registerKolommen(register: RegisterName): readonly string[] {
  return KOLOMMEN[register].kolommen;
}

export class RegisterOverzichtRepository {
  constructor(private readonly db: Executor) {}

  /** Rows after id `na`, in id order; every value as text (dates `YYYY-MM-DD`, amounts in cents). */
  async rijen(register: RegisterName, opts: { na?: number; max?: number } = {}): Promise<{ id: number; waarden: (string | null)[] }[]> {
    const { tabel, kolommen } = KOLOMMEN[register];
    const lijst = sql.raw(kolommen.map((k) => `"${k}"::text as "${k}"`).join(', '));
    const r = await this.db.execute(sql`select id, ${lijst} from ${sql.raw(`"${tabel}"`)} where id > ${opts.na ?? 0} order by id limit ${opts.max ?? 100}`);
    return rijen(r).map((x) => ({ id: Number(x['id']), waarden: kolommen.map((k) => (x[k] === null || x[k] === undefined ? null : String(x[k]))) }));
  }

  async aantal(register: RegisterName): Promise<number> {
    const r = await this.db.execute(sql`select count(*)::bigint as n from ${sql.raw(`"${KOLOMMEN[register].tabel}"`)}`);
    return Number(rijen(r)[0]?.['n'] ?? 0);
  }
}
