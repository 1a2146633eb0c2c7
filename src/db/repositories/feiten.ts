/**
 * The facts messages established: toewijzingen (301), start and stop lines (305/307), declaraties and
 * prestaties with their decisions (323). Writing them from a decided message, and reading what the
 * controls of a next message need.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type {
  DeclaratieFeit,
  PrestatieFeit,
  StartFeit,
  StopFeit,
  ToewijzingFeit,
  VerzoekFeit,
} from '../../control/feiten.js';
import type { DeclaratieFeiten, MetPad, VerzoekAfwijzing, VerzoekRegel, ZorgRegel } from '../../decide/feiten.js';
import type { Executor } from '../client.js';
import { beslissing, declaratie, prestatie, startProduct, stopProduct, toewijzing, verzoek } from '../schema/index.js';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const uniek = <T>(l: readonly T[]): T[] => [...new Set(l)];

function toewijzingFeit(r: typeof toewijzing.$inferSelect): ToewijzingFeit {
  return {
    gemeente: r.gemeente,
    agb: r.agb,
    bsn: r.bsn,
    toewijzingNummer: r.toewijzingNummer,
    referentieAanbieder: opt(r.referentieAanbieder),
    productcategorie: opt(r.productcategorie),
    productcode: opt(r.productcode),
    toewijzingsdatum: r.toewijzingsdatum,
    toewijzingstijd: r.toewijzingstijd,
    ingangsdatum: r.ingangsdatum,
    einddatum: opt(r.einddatum),
    redenWijziging: opt(r.redenWijziging),
    volume: opt(r.volume),
    eenheid: opt(r.eenheid),
    frequentie: opt(r.frequentie),
    budget: opt(r.budget),
    berichtId: r.berichtId,
  };
}

function startFeit(r: typeof startProduct.$inferSelect): StartFeit {
  return {
    gemeente: r.gemeente,
    agb: r.agb,
    bsn: r.bsn,
    toewijzingNummer: opt(r.toewijzingNummer),
    productcategorie: opt(r.productcategorie),
    productcode: opt(r.productcode),
    toewijzingIngangsdatum: opt(r.toewijzingIngangsdatum),
    begindatum: r.begindatum,
    statusAanlevering: r.statusAanlevering,
    beoordeling: r.beoordeling as StartFeit['beoordeling'],
    verwijderd: r.verwijderd,
    berichtId: r.berichtId,
  };
}

function prestatieFeit(r: typeof prestatie.$inferSelect): PrestatieFeit {
  return {
    agb: r.agb,
    gemeente: r.gemeente,
    bsn: r.bsn,
    referentieNummer: r.referentieNummer,
    vorigReferentieNummer: opt(r.vorigReferentieNummer),
    toewijzingNummer: r.toewijzingNummer,
    productcategorie: r.productcategorie,
    productcode: r.productcode,
    periodeBegin: r.periodeBegin,
    periodeEind: r.periodeEind,
    geleverdVolume: r.geleverdVolume,
    eenheid: r.eenheid,
    productTarief: opt(r.productTarief),
    bedrag: r.bedrag,
    debetCredit: r.debetCredit as 'D' | 'C',
    status: r.status as PrestatieFeit['status'],
  };
}

export class FeitenRepository {
  constructor(private readonly db: Executor) {}

  // ── writing ────────────────────────────────────────────────────────────────





  /** Marks earlier accepted lines deleted by a StatusAanlevering 3 line (matched by the caller's key). */
  async markeerVerwijderd(tabel: 'start' | 'stop', ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const t = tabel === 'start' ? startProduct : stopProduct;
    await this.db.update(t).set({ verwijderd: true, updatedAt: sql`now()` }).where(inArray(t.id, [...ids]));
  }



  /** TotaalToegekendBedrag once no prestatie is in onderzoek any more (signed: credit negative). */
  async herberekenTotaal(declaratieId: number): Promise<void> {
    await this.db.execute(sql`
      update declaratie d set totaal_toegekend = case
        when exists (select 1 from prestatie p where p.declaratie_id = d.id and p.status = 'in-onderzoek') then null
        else coalesce((select sum(case when p.debet_credit = 'C' then -p.toegekend_bedrag else p.toegekend_bedrag end)
                       from prestatie p where p.declaratie_id = d.id), 0) end,
        updated_at = now()
      where d.id = ${declaratieId}`);
  }

  /** The prestaties of the declaraties of these messages, by message. */
  async prestatiesVanBerichten(berichtIds: readonly number[]): Promise<Map<number, (typeof prestatie.$inferSelect)[]>> {
    const out = new Map<number, (typeof prestatie.$inferSelect)[]>();
    if (berichtIds.length === 0) return out;
    const rows = await this.db.select().from(prestatie).where(inArray(prestatie.berichtId, [...berichtIds])).orderBy(asc(prestatie.id));
    for (const r of rows) out.set(r.berichtId, [...(out.get(r.berichtId) ?? []), r]);
    return out;
  }

  async declaratieVanBericht(berichtId: number): Promise<{ id: number; prestaties: (typeof prestatie.$inferSelect)[] } | undefined> {
    const [d] = await this.db.select({ id: declaratie.id }).from(declaratie).where(eq(declaratie.berichtId, berichtId));
    if (!d) return undefined;
    const rows = await this.db.select().from(prestatie).where(eq(prestatie.declaratieId, d.id)).orderBy(asc(prestatie.id));
    return { id: d.id, prestaties: rows };
  }


  // ── writing many at once, for a chunk of messages ──────────────────────────

  async schrijfToewijzingenVeel(
    rijen: readonly { berichtId: number; standaard: string; feit: ToewijzingFeit & MetPad; status: 'gereed' | 'verzonden'; geboortedatum?: string }[],
  ): Promise<void> {
    if (rijen.length === 0) return;
    for (let start = 0; start < rijen.length; start += 500) {
      await this.db
        .insert(toewijzing)
        .values(
          rijen.slice(start, start + 500).map(({ berichtId, standaard, feit: r, status, geboortedatum }) => ({
            berichtId,
            standaard,
            gemeente: r.gemeente,
            agb: r.agb,
            bsn: r.bsn,
            toewijzingNummer: r.toewijzingNummer,
            referentieAanbieder: r.referentieAanbieder,
            productcategorie: r.productcategorie,
            productcode: r.productcode,
            toewijzingsdatum: r.toewijzingsdatum,
            toewijzingstijd: r.toewijzingstijd,
            ingangsdatum: r.ingangsdatum,
            einddatum: r.einddatum,
            redenWijziging: r.redenWijziging,
            volume: r.volume,
            eenheid: r.eenheid,
            frequentie: r.frequentie,
            budget: r.budget,
            pad: r.pad,
            status,
            geboortedatum,
            actueel: false,
          })),
        )
        .onConflictDoNothing();
    }
    // Exactly one version in force per toegewezen product: the latest by Toewijzingsdatum and -tijd.
    const sleutels = [...new Map(rijen.map((r) => [`${r.standaard}/${r.feit.gemeente}/${r.feit.toewijzingNummer}`, r])).values()];
    await this.db.execute(sql`
      with k(standaard, gemeente, nummer) as (
        select * from unnest(${sql.param(sleutels.map((r) => r.standaard))}::text[], ${sql.param(sleutels.map((r) => r.feit.gemeente))}::text[], ${sql.param(sleutels.map((r) => r.feit.toewijzingNummer))}::bigint[])),
      laatste as (
        select distinct on (v.standaard, v.gemeente, v.toewijzing_nummer) v.id from toewijzing v
        join k on v.standaard = k.standaard and v.gemeente = k.gemeente and v.toewijzing_nummer = k.nummer
        order by v.standaard, v.gemeente, v.toewijzing_nummer, v.toewijzingsdatum desc, v.toewijzingstijd desc, v.id desc)
      update toewijzing t set actueel = (t.id in (select id from laatste)), updated_at = now()
      from k where t.standaard = k.standaard and t.gemeente = k.gemeente and t.toewijzing_nummer = k.nummer`);
  }

  async schrijfZorgregelsVeel(
    tabel: 'start' | 'stop',
    rijen: readonly { berichtId: number; standaard: string; feit: (StartFeit | StopFeit) & ZorgRegel }[],
  ): Promise<void> {
    if (rijen.length === 0) return;
    for (let start = 0; start < rijen.length; start += 500) {
      const deel = rijen.slice(start, start + 500);
      if (tabel === 'start') {
        await this.db.insert(startProduct).values(deel.map((r) => ({ ...zorgRij(r.berichtId, r.standaard, r.feit), verwijderd: r.feit.verwijderd })));
      } else {
        await this.db.insert(stopProduct).values(
          deel.map((r) => {
            const f = r.feit as StopFeit & ZorgRegel;
            return { ...zorgRij(r.berichtId, r.standaard, f), verwijderd: f.verwijderd, redenBeeindiging: f.redenBeeindiging, einddatum: f.einddatum };
          }),
        );
      }
    }
  }

  async schrijfVerzoekenVeel(rijen: readonly { berichtId: number; standaard: string; feit: VerzoekRegel }[]): Promise<void> {
    if (rijen.length === 0) return;
    await this.db.insert(verzoek).values(
      rijen.map(({ berichtId, standaard, feit: r }) => ({
        berichtId,
        standaard,
        gemeente: r.gemeente,
        agb: r.agb,
        bsn: r.bsn,
        referentieAanbieder: r.referentieAanbieder,
        berichtsoort: r.berichtsoort,
        beoordeling: r.beoordeling,
        pad: r.pad,
        ...(r.antwoord ? { antwoord: 'afgewezen', redenAfwijzing: r.antwoord.reden, verantwoordelijkeGemeente: r.antwoord.gemeente } : {}),
      })),
    );
  }

  /**
   * The verzoeken of these messages the pipeline answers itself with a 319 "afgewezen", one per
   * ReferentieAanbieder, in the order of the message.
   */
  async verzoekAfwijzingen(berichtIds: readonly number[]): Promise<Map<number, VerzoekAfwijzing[]>> {
    const uit = new Map<number, VerzoekAfwijzing[]>();
    if (berichtIds.length === 0) return uit;
    const rows = await this.db
      .select({ berichtId: verzoek.berichtId, referentieAanbieder: verzoek.referentieAanbieder, reden: verzoek.redenAfwijzing, gemeente: verzoek.verantwoordelijkeGemeente })
      .from(verzoek)
      .where(and(inArray(verzoek.berichtId, [...berichtIds]), eq(verzoek.antwoord, 'afgewezen')))
      .orderBy(asc(verzoek.id));
    for (const r of rows) {
      const l = uit.get(r.berichtId) ?? [];
      if (!l.some((x) => x.referentieAanbieder === r.referentieAanbieder)) l.push({ referentieAanbieder: r.referentieAanbieder, reden: r.reden ?? '', gemeente: r.gemeente ?? '' });
      uit.set(r.berichtId, l);
    }
    return uit;
  }

  /** Declaraties with their prestaties and the system's first decision on each, for many messages. */
  async schrijfDeclaratiesVeel(items: readonly { berichtId: number; standaard: string; feiten: DeclaratieFeiten }[], door = 'systeem'): Promise<void> {
    if (items.length === 0) return;
    // A declaratie's prestaties are all written here, with it: its TotaalToegekendBedrag (see
    // `herberekenTotaal`) is known now.
    const ds = await this.db
      .insert(declaratie)
      .values(items.map((i) => ({ berichtId: i.berichtId, standaard: i.standaard, ...i.feiten.declaratie, totaalToegekend: totaalToegekend(i.feiten.prestaties) })))
      .returning({ id: declaratie.id, berichtId: declaratie.berichtId });
    const declaratieVan = new Map(ds.map((d) => [d.berichtId, d.id]));
    // The unique ReferentieNummer (TR314) is guarded here too: a reference already in use, before or
    // earlier in this chunk, is stored as a duplicate and never becomes a fact.
    const refs = items.flatMap((i) => i.feiten.prestaties.map((p) => [i.standaard, p.agb, p.referentieNummer] as const));
    const bekend =
      refs.length === 0
        ? []
        : await this.db
            .select({ standaard: prestatie.standaard, agb: prestatie.agb, ref: prestatie.referentieNummer })
            .from(prestatie)
            .where(
              and(
                sql`not ${prestatie.dubbel}`,
                sql`(${prestatie.standaard}, ${prestatie.agb}, ${prestatie.referentieNummer}) in (select * from unnest(${sql.param(refs.map((r) => r[0]))}::text[], ${sql.param(refs.map((r) => r[1]))}::text[], ${sql.param(refs.map((r) => r[2]))}::text[]))`,
              ),
            );
    const gebruikt = new Set(bekend.map((b) => `${b.standaard}/${b.agb}/${b.ref}`));
    const rijen = items.flatMap((i) =>
      i.feiten.prestaties.map((p) => {
        const key = `${i.standaard}/${p.agb}/${p.referentieNummer}`;
        const dubbel = p.dubbel || gebruikt.has(key);
        gebruikt.add(key);
        return {
          declaratieId: declaratieVan.get(i.berichtId)!,
          berichtId: i.berichtId,
          standaard: i.standaard,
          gemeente: p.gemeente,
          agb: p.agb,
          bsn: p.bsn,
          referentieNummer: p.referentieNummer,
          vorigReferentieNummer: p.vorigReferentieNummer,
          toewijzingNummer: p.toewijzingNummer,
          productcategorie: p.productcategorie,
          productcode: p.productcode,
          periodeBegin: p.periodeBegin,
          periodeEind: p.periodeEind,
          geleverdVolume: p.geleverdVolume,
          eenheid: p.eenheid,
          productTarief: p.productTarief,
          bedrag: p.bedrag,
          debetCredit: p.debetCredit,
          dubbel,
          status: p.status,
          retourcodes: [...p.retourcodes],
          toegekendBedrag: p.toegekendBedrag,
          pad: p.pad,
        };
      }),
    );
    // Each prestatie with the system's first decision on it, in one statement.
    for (let start = 0; start < rijen.length; start += 500) {
      const nieuw = this.db
        .insert(prestatie)
        .values(rijen.slice(start, start + 500))
        .returning({ id: prestatie.id, status: prestatie.status, retourcodes: prestatie.retourcodes, toegekendBedrag: prestatie.toegekendBedrag });
      await this.db.execute(sql`
        with p as (${nieuw.getSQL()})
        insert into ${beslissing} (prestatie_id, status, retourcodes, toegekend_bedrag, door)
        select p.id, p.status, p.retourcodes, p.toegekend_bedrag, ${door}::text from p order by p.id`);
    }
  }

  // ── reading many keys at once, for a chunk of messages ─────────────────────

  // Each lookup is index-friendly `in` lists per key part (a superset of the keys asked for), narrowed
  // to the exact keys in memory: row-value `in (unnest …)` with `or` defeats the indexes. Every key
  // starts with the standaard, so one query serves the messages of both standards of a chunk, and a
  // lookup by two kinds of key is one `union all` (one round trip). The result is per standaard, in
  // the order the controls read it.

  /** Every version of the toewijzingen with these (standaard, gemeente, nummer) or of these (standaard, gemeente, bsn). */
  async toewijzingenVoor(nummers: readonly (readonly [string, string, number])[], clienten: readonly (readonly [string, string, string])[]): Promise<Map<string, ToewijzingFeit[]>> {
    const gewenst = new Set([...nummers.map(([s, g, n]) => `n/${s}/${g}/${n}`), ...clienten.map(([s, g, b]) => `c/${s}/${g}/${b}`)]);
    const delen = [];
    if (nummers.length > 0)
      delen.push(
        this.db
          .select()
          .from(toewijzing)
          .where(and(inArray(toewijzing.standaard, uniek(nummers.map((n) => n[0]))), inArray(toewijzing.gemeente, uniek(nummers.map((n) => n[1]))), inArray(toewijzing.toewijzingNummer, uniek(nummers.map((n) => n[2]))))),
      );
    if (clienten.length > 0)
      delen.push(this.db.select().from(toewijzing).where(and(inArray(toewijzing.standaard, uniek(clienten.map((c) => c[0]))), inArray(toewijzing.bsn, uniek(clienten.map((c) => c[2]))))));
    const rows = await samen(delen, (r) => gewenst.has(`n/${r.standaard}/${r.gemeente}/${r.toewijzingNummer}`) || gewenst.has(`c/${r.standaard}/${r.gemeente}/${r.bsn}`));
    return perStandaard(rows, toewijzingFeit);
  }

  /** Start or stop lines of these (standaard, gemeente, agb, bsn), each with its row id. */
  async zorgregelsVoor(
    tabel: 'start' | 'stop',
    sleutels: readonly (readonly [string, string, string, string])[],
  ): Promise<Map<string, (StartFeit & { id: number; redenBeeindiging?: string; einddatum?: string })[]>> {
    if (sleutels.length === 0) return new Map();
    const t = tabel === 'start' ? startProduct : stopProduct;
    const gewenst = new Set(sleutels.map((k) => k.join('/')));
    const rows = await this.db
      .select()
      .from(t)
      .where(
        and(
          inArray(t.standaard, uniek(sleutels.map((k) => k[0]))),
          inArray(t.gemeente, uniek(sleutels.map((k) => k[1]))),
          inArray(t.agb, uniek(sleutels.map((k) => k[2]))),
          inArray(t.bsn, uniek(sleutels.map((k) => k[3]))),
        ),
      )
      .orderBy(asc(t.id));
    return perStandaard(
      rows.filter((r) => gewenst.has(`${r.standaard}/${r.gemeente}/${r.agb}/${r.bsn}`)),
      (r) => ({
        ...startFeit(r),
        id: r.id,
        ...('redenBeeindiging' in r ? { redenBeeindiging: r.redenBeeindiging as string, einddatum: r.einddatum as string } : {}),
      }),
    );
  }

  /** Earlier prestaties by (standaard, agb, ReferentieNummer), and every earlier prestatie on these (standaard, gemeente, toewijzing). */
  async prestatiesVoor(referenties: readonly (readonly [string, string, string])[], toewijzingen: readonly (readonly [string, string, number])[]): Promise<Map<string, PrestatieFeit[]>> {
    const gewenst = new Set([...referenties.map(([s, a, r]) => `r/${s}/${a}/${r}`), ...toewijzingen.map(([s, g, n]) => `t/${s}/${g}/${n}`)]);
    const delen = [];
    if (referenties.length > 0)
      delen.push(
        this.db
          .select()
          .from(prestatie)
          .where(
            and(
              inArray(prestatie.standaard, uniek(referenties.map((x) => x[0]))),
              sql`not ${prestatie.dubbel}`,
              inArray(prestatie.agb, uniek(referenties.map((x) => x[1]))),
              inArray(prestatie.referentieNummer, uniek(referenties.map((x) => x[2]))),
            ),
          ),
      );
    if (toewijzingen.length > 0)
      delen.push(
        this.db
          .select()
          .from(prestatie)
          .where(
            and(
              inArray(prestatie.standaard, uniek(toewijzingen.map((x) => x[0]))),
              sql`not ${prestatie.dubbel}`,
              inArray(prestatie.gemeente, uniek(toewijzingen.map((x) => x[1]))),
              inArray(prestatie.toewijzingNummer, uniek(toewijzingen.map((x) => x[2]))),
            ),
          ),
      );
    const rows = await samen(delen, (r) => gewenst.has(`r/${r.standaard}/${r.agb}/${r.referentieNummer}`) || gewenst.has(`t/${r.standaard}/${r.gemeente}/${r.toewijzingNummer}`));
    return perStandaard(rows, prestatieFeit);
  }

  /** Earlier declaraties of these (standaard, agb, gemeente), and those with these (standaard, agb, DeclaratieNummer). */
  async declaratiesVoor(aanbieders: readonly (readonly [string, string, string])[], nummers: readonly (readonly [string, string, string])[]): Promise<Map<string, DeclaratieFeit[]>> {
    const gewenst = new Set([...aanbieders.map(([s, a, g]) => `g/${s}/${a}/${g}`), ...nummers.map(([s, a, n]) => `n/${s}/${a}/${n}`)]);
    const delen = [];
    if (aanbieders.length > 0)
      delen.push(
        this.db
          .select()
          .from(declaratie)
          .where(and(inArray(declaratie.standaard, uniek(aanbieders.map((x) => x[0]))), inArray(declaratie.gemeente, uniek(aanbieders.map((x) => x[2]))), inArray(declaratie.agb, uniek(aanbieders.map((x) => x[1]))))),
      );
    if (nummers.length > 0)
      delen.push(
        this.db
          .select()
          .from(declaratie)
          .where(and(inArray(declaratie.standaard, uniek(nummers.map((x) => x[0]))), inArray(declaratie.agb, uniek(nummers.map((x) => x[1]))), inArray(declaratie.declaratieNummer, uniek(nummers.map((x) => x[2]))))),
      );
    const rows = await samen(delen, (r) => gewenst.has(`g/${r.standaard}/${r.agb}/${r.gemeente}`) || gewenst.has(`n/${r.standaard}/${r.agb}/${r.declaratieNummer}`));
    return perStandaard(
      rows.sort((a, b) => a.periodeBegin.localeCompare(b.periodeBegin) || a.id - b.id),
      (r) => ({ agb: r.agb, gemeente: r.gemeente, declaratieNummer: r.declaratieNummer, periodeBegin: r.periodeBegin, periodeEind: r.periodeEind }),
    );
  }

  /** Accepted verzoeken by (standaard, agb, ReferentieAanbieder). */
  async verzoekenVoor(referenties: readonly (readonly [string, string, string])[]): Promise<Map<string, VerzoekFeit[]>> {
    if (referenties.length === 0) return new Map();
    const gewenst = new Set(referenties.map((k) => k.join('/')));
    const rows = await this.db
      .select()
      .from(verzoek)
      .where(
        and(
          inArray(verzoek.standaard, uniek(referenties.map((x) => x[0]))),
          eq(verzoek.beoordeling, 'toegekend'),
          inArray(verzoek.agb, uniek(referenties.map((x) => x[1]))),
          inArray(verzoek.referentieAanbieder, uniek(referenties.map((x) => x[2]))),
        ),
      )
      .orderBy(asc(verzoek.id));
    return perStandaard(
      rows.filter((r) => gewenst.has(`${r.standaard}/${r.agb}/${r.referentieAanbieder}`)),
      (r) => ({
        gemeente: r.gemeente,
        agb: r.agb,
        bsn: r.bsn,
        referentieAanbieder: r.referentieAanbieder,
        berichtsoort: r.berichtsoort as '315' | '317',
        berichtId: r.berichtId,
      }),
    );
  }

  // ── reading, for the controls of a next message ────────────────────────────







}

/** The rows of one or two selects of the same table, in one round trip (`union all`; the caller removes doubles by id). */
/**
 * The rows of one or two lookups in one round trip (`union all`), narrowed to those `past` keeps, each
 * row once (both lookups may find it), in id order.
 */
async function samen<T extends { id: number }>(delen: readonly (PromiseLike<T[]> & { unionAll?: unknown })[], past: (r: T) => boolean): Promise<T[]> {
  if (delen.length === 0) return [];
  const alle = delen.length === 1 ? await delen[0]! : await (delen[0] as unknown as { unionAll(b: unknown): PromiseLike<T[]> }).unionAll(delen[1]);
  const perId = new Map<number, T>();
  for (const r of alle) if (past(r)) perId.set(r.id, r);
  return [...perId.values()].sort((a, b) => a.id - b.id);
}

/** Rows split by their standaard, each mapped, in the order given. */
function perStandaard<R extends { standaard: string }, F>(rows: readonly R[], naar: (r: R) => F): Map<string, F[]> {
  const uit = new Map<string, F[]>();
  for (const r of rows) {
    const l = uit.get(r.standaard);
    if (l) l.push(naar(r));
    else uit.set(r.standaard, [naar(r)]);
  }
  return uit;
}

/** TotaalToegekendBedrag of a declaratie with these prestaties: none while one is in onderzoek, else the signed sum. */
function totaalToegekend(prestaties: DeclaratieFeiten['prestaties']): number | null {
  let totaal = 0;
  for (const p of prestaties) {
    if (p.status === 'in-onderzoek') return null;
    totaal += p.debetCredit === 'C' ? -p.toegekendBedrag : p.toegekendBedrag;
  }
  return totaal;
}

function zorgRij(berichtId: number, standaard: string, r: (StartFeit | StopFeit) & ZorgRegel) {
  return {
    berichtId,
    standaard,
    gemeente: r.gemeente,
    agb: r.agb,
    bsn: r.bsn,
    toewijzingNummer: r.toewijzingNummer,
    productcategorie: r.productcategorie,
    productcode: r.productcode,
    toewijzingIngangsdatum: r.toewijzingIngangsdatum,
    begindatum: r.begindatum,
    statusAanlevering: r.statusAanlevering,
    beoordeling: r.beoordeling,
    retourcodes: [...r.retourcodes],
    verwijderd: false,
    pad: r.pad,
  };
}
