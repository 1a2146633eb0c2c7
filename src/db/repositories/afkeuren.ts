/**
 * The backoffice's rejections queue: what the controls rejected, held back or put in onderzoek, as
 * one list of items — whole messages, prestaties (323) and start/stop lines (305/307) — with
 * filters and keyset pages that stay fast at hundreds of thousands of items. Read-only.
 *
 * Each kind of item is one branch of a UNION ALL, each filtered, ordered and limited on its own
 * partial index (`bericht_afkeur_idx`, `prestatie_afkeur_idx`, `start_product_afkeur_idx`,
 * `stop_product_afkeur_idx`) before the branches are merged: a page reads at most (page + 1) rows
 * per branch, however deep it is. "Newest first" is the order of the message id, which follows
 * the order of receipt.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.js';

export type AfkeurSoort = 'bericht' | 'prestatie' | 'start' | 'stop';
export const AFKEUR_SOORTEN: readonly AfkeurSoort[] = ['bericht', 'prestatie', 'start', 'stop'];

/** Statuses a queue item can have. */
export const AFKEUR_STATUSSEN = ['afgekeurd', 'technisch-afgekeurd', 'tegengehouden', 'in-onderzoek', 'afgehandeld', 'afgewezen'] as const;
export type AfkeurStatus = (typeof AFKEUR_STATUSSEN)[number];

export type AfkeurSortering = 'nieuw' | 'oud' | 'aanbieder' | 'gemeente';
export const AFKEUR_SORTERINGEN: readonly AfkeurSortering[] = ['nieuw', 'oud', 'aanbieder', 'gemeente'];

export interface AfkeurFilter {
  readonly gemeente?: string;
  readonly agb?: string;
  readonly berichttype?: string;
  readonly retourcode?: string;
  /** Received on or after this day (YYYY-MM-DD, Dutch time). */
  readonly van?: string;
  /** Received on or before this day. */
  readonly tot?: string;
  readonly status?: AfkeurStatus;
  readonly soort?: AfkeurSoort;
  /** `open`: no person has decided or confirmed it yet; `behandeld`: someone has. */
  readonly behandeling?: 'open' | 'behandeld';
}

/** Where a page starts: the last item of the previous page. */
export interface AfkeurCursor {
  readonly sleutel: string;
  readonly berichtId: number;
  readonly rang: number;
  readonly id: number;
}

export interface AfkeurItem {
  readonly soort: AfkeurSoort;
  /** Id in its own table (bericht, prestatie, start_product, stop_product). */
  readonly id: number;
  readonly berichtId: number;
  readonly ontvangenOp: Date;
  readonly berichttype: string | null;
  readonly gemeente: string | null;
  readonly agb: string | null;
  readonly status: string;
  readonly retourcodes: readonly string[];
  /** Prestatie: eurocents as sent, and D/C. */
  readonly bedrag: number | null;
  readonly debetCredit: string | null;
  /** Prestatie / line: the product and period, for the list. */
  readonly product: string | null;
  readonly periode: string | null;
  readonly bsn: string | null;
  readonly behandeld: boolean;
  readonly rang: number;
  readonly sleutel: string;
}

export interface AfkeurPagina {
  readonly items: readonly AfkeurItem[];
  /** The cursor of the next page, when there is one. */
  readonly volgende?: AfkeurCursor;
}

const RANG: Record<AfkeurSoort, number> = { bericht: 0, prestatie: 1, start: 2, stop: 3 };

/**
 * Messages whose statuses put them in the queue as a whole. `afgehandeld`: a message in onderzoek a
 * person ended outside the message traffic — it stays findable, as handled.
 */
const BERICHT_STATUSSEN = ['afgekeurd', 'technisch-afgekeurd', 'tegengehouden', 'in-onderzoek', 'afgehandeld'];

interface Tak {
  readonly soort: AfkeurSoort;
  /** `select` list producing the common columns. */
  readonly kolommen: SQL;
  readonly van: SQL;
  readonly basis: SQL;
  /** Column expressions. */
  readonly berichtId: SQL;
  readonly id: SQL;
  readonly gemeente: SQL;
  readonly agb: SQL;
  readonly status: SQL;
  readonly retourcode: (code: string) => SQL;
  readonly behandeld: SQL;
}

const ontvangenVan = (dag: string): SQL => sql`(${dag}::date::timestamp at time zone 'Europe/Amsterdam')`;
const ontvangenTot = (dag: string): SQL => sql`((${dag}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`;

/** Gemeente and aanbieder of a whole message: for our own 301/319 the sender is the gemeente. */
const berichtGemeente = sql`case when b.berichttype ~ '(301|319)$' then b.afzender else b.ontvanger end`;
const berichtAgb = sql`case when b.berichttype ~ '(301|319)$' then b.ontvanger else b.afzender end`;

function takken(): Tak[] {
  const bericht: Tak = {
    soort: 'bericht',
    kolommen: sql`'bericht'::text as soort, b.id as item_id, b.id as bericht_id, b.ontvangen_op, b.berichttype,
      ${berichtGemeente} as gemeente, ${berichtAgb} as agb, b.status,
      coalesce(array(select distinct v.retourcode from bevinding v where v.bericht_id = b.id and v.retourcode is not null order by 1), '{}') as retourcodes,
      null::bigint as bedrag, null::text as debet_credit, null::text as product, null::text as periode, null::text as bsn`,
    van: sql`bericht b`,
    basis: sql`b.richting = 'in' and b.status in ('afgekeurd', 'technisch-afgekeurd', 'tegengehouden', 'in-onderzoek', 'afgehandeld')
      and not (b.status = 'in-onderzoek' and exists (select 1 from declaratie d where d.bericht_id = b.id))`,
    berichtId: sql`b.id`,
    id: sql`b.id`,
    gemeente: berichtGemeente,
    agb: berichtAgb,
    status: sql`b.status`,
    retourcode: (code) => sql`exists (select 1 from bevinding v where v.bericht_id = b.id and v.retourcode = ${code})`,
    behandeld: sql`(b.status = 'afgehandeld' or exists (select 1 from audit a where a.onderwerp = 'bericht' and a.onderwerp_id = b.id::text and a.actie = 'bevestigd'))`,
  };
  // Messages rejected as a whole that were answered (their retour carries the codes): a finding
  // with a retourcode and no part of the message stored as a fact (no declaratie, no lines).
  const beantwoord: Tak = {
    ...bericht,
    kolommen: sql`'bericht'::text as soort, b.id as item_id, b.id as bericht_id, b.ontvangen_op, b.berichttype,
      ${berichtGemeente} as gemeente, ${berichtAgb} as agb, 'afgekeurd'::text as status,
      coalesce(array(select distinct v.retourcode from bevinding v where v.bericht_id = b.id and v.retourcode is not null order by 1), '{}') as retourcodes,
      null::bigint as bedrag, null::text as debet_credit, null::text as product, null::text as periode, null::text as bsn`,
    van: sql`(select distinct v.bericht_id from bevinding v where v.retourcode is not null) ids join bericht b on b.id = ids.bericht_id`,
    basis: sql`b.richting = 'in' and b.status = 'beantwoord'
      and not exists (select 1 from declaratie d where d.bericht_id = b.id)
      and not exists (select 1 from start_product r where r.bericht_id = b.id)
      and not exists (select 1 from stop_product r where r.bericht_id = b.id)`,
    berichtId: sql`ids.bericht_id`,
    id: sql`ids.bericht_id`,
    status: sql`'afgekeurd'`,
  };
  const prestatie: Tak = {
    soort: 'prestatie',
    kolommen: sql`'prestatie'::text as soort, p.id as item_id, p.bericht_id, b.ontvangen_op, b.berichttype, p.gemeente, p.agb, p.status,
      p.retourcodes, p.bedrag, p.debet_credit, p.productcategorie || ' ' || p.productcode as product,
      p.periode_begin::text || ' t/m ' || p.periode_eind::text as periode, p.bsn`,
    van: sql`prestatie p join bericht b on b.id = p.bericht_id`,
    basis: sql`p.status in ('afgewezen', 'in-onderzoek')`,
    berichtId: sql`p.bericht_id`,
    id: sql`p.id`,
    gemeente: sql`p.gemeente`,
    agb: sql`p.agb`,
    status: sql`p.status`,
    retourcode: (code) => sql`${code} = any(p.retourcodes)`,
    behandeld: sql`exists (select 1 from beslissing s where s.prestatie_id = p.id and s.door <> 'systeem')`,
  };
  const regel = (soort: 'start' | 'stop', tabel: SQL): Tak => ({
    soort,
    kolommen: sql`${soort}::text as soort, r.id as item_id, r.bericht_id, b.ontvangen_op, b.berichttype, r.gemeente, r.agb,
      'afgewezen'::text as status, r.retourcodes, null::bigint as bedrag, null::text as debet_credit,
      coalesce(r.productcategorie, '') || ' ' || coalesce(r.productcode, '') as product, r.begindatum::text as periode, r.bsn`,
    van: sql`${tabel} r join bericht b on b.id = r.bericht_id`,
    basis: sql`r.beoordeling = 'afgewezen'`,
    berichtId: sql`r.bericht_id`,
    id: sql`r.id`,
    gemeente: sql`r.gemeente`,
    agb: sql`r.agb`,
    status: sql`'afgewezen'`,
    retourcode: (code) => sql`${code} = any(r.retourcodes)`,
    behandeld: sql`exists (select 1 from audit a where a.onderwerp = ${soort === 'start' ? 'startregel' : 'stopregel'} and a.onderwerp_id = r.id::text and a.actie = 'bevestigd')`,
  });
  return [bericht, beantwoord, prestatie, regel('start', sql`start_product`), regel('stop', sql`stop_product`)];
}

function sleutelVan(tak: Tak, sortering: AfkeurSortering): SQL {
  // Prestaties and lines always have both (not null): the bare column lets the index order them.
  const kaal = tak.soort !== 'bericht';
  if (sortering === 'aanbieder') return kaal ? tak.agb : sql`coalesce(${tak.agb}, '')`;
  if (sortering === 'gemeente') return kaal ? tak.gemeente : sql`coalesce(${tak.gemeente}, '')`;
  return sql`''`;
}

/** Does this branch have anything that passes the filter at all (cheap, decided before SQL)? */
function takPast(tak: Tak, f: AfkeurFilter): boolean {
  if (f.soort && f.soort !== tak.soort) return false;
  if (f.status) {
    if (tak.soort === 'bericht' && !BERICHT_STATUSSEN.includes(f.status)) return false;
    if (tak.soort === 'prestatie' && f.status !== 'afgewezen' && f.status !== 'in-onderzoek') return false;
    if ((tak.soort === 'start' || tak.soort === 'stop') && f.status !== 'afgewezen') return false;
  }
  if (f.berichttype && tak.soort === 'prestatie' && !f.berichttype.endsWith('323')) return false;
  if (f.berichttype && tak.soort === 'start' && !f.berichttype.endsWith('305')) return false;
  if (f.berichttype && tak.soort === 'stop' && !f.berichttype.endsWith('307')) return false;
  return true;
}

function voorwaarden(tak: Tak, f: AfkeurFilter): SQL[] {
  const w: SQL[] = [tak.basis];
  if (f.gemeente) w.push(sql`${tak.gemeente} = ${f.gemeente}`);
  if (f.agb) w.push(sql`${tak.agb} = ${f.agb}`);
  if (f.berichttype) w.push(sql`b.berichttype = ${f.berichttype}`);
  if (f.retourcode) w.push(tak.retourcode(f.retourcode));
  if (f.van) w.push(sql`b.ontvangen_op >= ${ontvangenVan(f.van)}`);
  if (f.tot) w.push(sql`b.ontvangen_op < ${ontvangenTot(f.tot)}`);
  if (f.status) w.push(sql`${tak.status} = ${f.status}`);
  if (f.behandeling === 'open') w.push(sql`not ${tak.behandeld}`);
  if (f.behandeling === 'behandeld') w.push(tak.behandeld);
  return w;
}

/** The keyset condition of one branch (its rang is a constant), written so the index can be used. */
function naCursor(tak: Tak, c: AfkeurCursor, sortering: AfkeurSortering): SQL {
  const oplopend = sortering !== 'nieuw';
  const r = RANG[tak.soort];
  const lt = oplopend ? sql`>` : sql`<`;
  const le = oplopend ? sql`>=` : sql`<=`;
  // Within one message, items go by rang in the same direction as the messages.
  const na = oplopend ? r > c.rang : r < c.rang;
  const gelijk = r === c.rang;
  const binnen = gelijk
    ? sql`(${tak.berichtId}, ${tak.id}) ${lt} (${c.berichtId}, ${c.id})`
    : na
      ? sql`${tak.berichtId} ${le} ${c.berichtId}`
      : sql`${tak.berichtId} ${lt} ${c.berichtId}`;
  if (sortering === 'nieuw' || sortering === 'oud') return binnen;
  const s = sleutelVan(tak, sortering);
  return sql`(${s} > ${c.sleutel} or (${s} = ${c.sleutel} and ${binnen}))`;
}

function richting(sortering: AfkeurSortering): SQL {
  return sortering === 'nieuw' ? sql`desc` : sql`asc`;
}

const alsItem = (r: Record<string, unknown>): AfkeurItem => ({
  soort: r['soort'] as AfkeurSoort,
  id: Number(r['item_id']),
  berichtId: Number(r['bericht_id']),
  ontvangenOp: r['ontvangen_op'] instanceof Date ? r['ontvangen_op'] : new Date(String(r['ontvangen_op'])),
  berichttype: (r['berichttype'] as string | null) ?? null,
  gemeente: (r['gemeente'] as string | null) ?? null,
  agb: (r['agb'] as string | null) ?? null,
  status: String(r['status']),
  retourcodes: pgArray(r['retourcodes']),
  bedrag: r['bedrag'] === null || r['bedrag'] === undefined ? null : Number(r['bedrag']),
  debetCredit: (r['debet_credit'] as string | null) ?? null,
  product: (r['product'] as string | null)?.trim() || null,
  periode: (r['periode'] as string | null) ?? null,
  bsn: (r['bsn'] as string | null) ?? null,
  behandeld: r['behandeld'] === true || r['behandeld'] === 't',
  rang: Number(r['rang']),
  sleutel: String(r['sleutel'] ?? ''),
});

/** node-postgres parses text[] into arrays; PGlite too; a string `{a,b}` is handled for safety. */
function pgArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}

export function rijen(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

export class AfkeurRepository {
  constructor(private readonly db: Executor) {}

  /** One page of the queue. */
  async pagina(f: AfkeurFilter, opts: { sortering?: AfkeurSortering; na?: AfkeurCursor; grootte?: number } = {}): Promise<AfkeurPagina> {
    const sortering = opts.sortering ?? 'nieuw';
    const n = Math.min(Math.max(opts.grootte ?? 50, 1), 500);
    const dir = richting(sortering);
    const delen: SQL[] = [];
    for (const tak of takken()) {
      if (!takPast(tak, f)) continue;
      const w = voorwaarden(tak, f);
      if (opts.na) w.push(naCursor(tak, opts.na, sortering));
      const sleutel = sleutelVan(tak, sortering);
      const orde =
        sortering === 'nieuw' || sortering === 'oud'
          ? sql`${tak.berichtId} ${dir}, ${tak.id} ${dir}`
          : sql`${sleutel} asc, ${tak.berichtId} asc, ${tak.id} asc`;
      delen.push(sql`(select ${tak.kolommen}, ${RANG[tak.soort]}::int as rang, ${sleutel} as sleutel, ${tak.behandeld} as behandeld
        from ${tak.van} where ${sql.join(w, sql` and `)} order by ${orde} limit ${n + 1})`);
    }
    if (delen.length === 0) return { items: [] };
    const buiten =
      sortering === 'nieuw' || sortering === 'oud'
        ? sql`bericht_id ${dir}, rang ${dir}, item_id ${dir}`
        : sql`sleutel asc, bericht_id asc, rang asc, item_id asc`;
    const result = await this.db.execute(sql`select * from (${sql.join(delen, sql` union all `)}) u order by ${buiten} limit ${n + 1}`);
    const items = rijen(result).map(alsItem);
    if (items.length <= n) return { items };
    const pagina = items.slice(0, n);
    const laatste = pagina[n - 1]!;
    return { items: pagina, volgende: { sleutel: laatste.sleutel, berichtId: laatste.berichtId, rang: laatste.rang, id: laatste.id } };
  }

  /** How many items pass the filter (all pages). */
  async aantal(f: AfkeurFilter): Promise<number> {
    const delen: SQL[] = [];
    for (const tak of takken()) {
      if (!takPast(tak, f)) continue;
      delen.push(sql`(select count(*) as n from ${tak.van} where ${sql.join(voorwaarden(tak, f), sql` and `)})`);
    }
    if (delen.length === 0) return 0;
    const result = await this.db.execute(sql`select coalesce(sum(n), 0)::bigint as n from (${sql.join(delen, sql` union all `)}) u`);
    return Number(rijen(result)[0]?.['n'] ?? 0);
  }

  /** Every item that passes the filter, up to `max` (for bulk actions on a filtered selection). */
  async alle(f: AfkeurFilter, max = 10_000): Promise<AfkeurItem[]> {
    const out: AfkeurItem[] = [];
    let na: AfkeurCursor | undefined;
    for (;;) {
      const p = await this.pagina(f, { na, grootte: 500 });
      out.push(...p.items);
      if (!p.volgende || out.length >= max) return out.slice(0, max);
      na = p.volgende;
    }
  }

  /** The rejected start/stop lines of one message, and whether someone confirmed them. */
  async afgewezenRegels(berichtId: number): Promise<{ soort: 'start' | 'stop'; id: number; bsn: string; product: string; begindatum: string; retourcodes: string[]; bevestigd: boolean }[]> {
    const result = await this.db.execute(sql`
      select 'start' as soort, r.id, r.bsn, coalesce(r.productcategorie, '') || ' ' || coalesce(r.productcode, '') as product, r.begindatum::text as begindatum, r.retourcodes,
        exists (select 1 from audit a where a.onderwerp = 'startregel' and a.onderwerp_id = r.id::text and a.actie = 'bevestigd') as bevestigd
      from start_product r where r.bericht_id = ${berichtId} and r.beoordeling = 'afgewezen'
      union all
      select 'stop', r.id, r.bsn, coalesce(r.productcategorie, '') || ' ' || coalesce(r.productcode, ''), r.begindatum::text, r.retourcodes,
        exists (select 1 from audit a where a.onderwerp = 'stopregel' and a.onderwerp_id = r.id::text and a.actie = 'bevestigd')
      from stop_product r where r.bericht_id = ${berichtId} and r.beoordeling = 'afgewezen'
      order by 1, 2`);
    return rijen(result).map((r) => ({
      soort: r['soort'] as 'start' | 'stop',
      id: Number(r['id']),
      bsn: String(r['bsn']),
      product: String(r['product']).trim(),
      begindatum: String(r['begindatum']),
      retourcodes: pgArray(r['retourcodes']),
      bevestigd: r['bevestigd'] === true,
    }));
  }

  /** The gemeenten and aanbieders the filters offer: from the registers (cheap), not from the queue. */
  async filterWaarden(): Promise<{ gemeenten: string[]; aanbieders: { agb: string; naam: string }[] }> {
    const [g, a] = await Promise.all([
      this.db.execute(sql`select distinct gemeentecode as v from contract order by 1`),
      this.db.execute(sql`select agb, min(naam) as naam from aanbieder group by agb order by agb`),
    ]);
    return {
      gemeenten: rijen(g).map((r) => String(r['v'])),
      aanbieders: rijen(a).map((r) => ({ agb: String(r['agb']), naam: String(r['naam']) })),
    };
  }
}
