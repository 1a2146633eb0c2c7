/**
 * Messages and their findings: the only code that reads or writes the `bericht`, `batch` and
 * `bevinding` tables.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Finding } from '../../finding.js';
import type { Executor } from '../client.js';
import { batch, batchWeigering, bericht, bevinding } from '../schema/index.js';
import type { BerichtStatus, Fase } from '../status.js';
import { WACHT_OP_CONTROLE, WACHT_OP_RETOUR, WACHT_OP_VALIDATIE } from '../wachtend.js';

export type BerichtRij = typeof bericht.$inferSelect;

export interface NieuweBatch {
  readonly bron: 'http' | 'map' | 'cli' | 'ggk';
  readonly kanaal?: string;
  readonly bestandsnaam?: string;
  /** The delivery itself when it was a container (zip). */
  readonly raw?: Uint8Array;
}

export interface OpgeslagenBericht {
  readonly berichtId: number;
  /** Byte-identical to a message received before: not stored again. */
  readonly herhaling: boolean;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The standard's order of kinds within a day: 301, 302, 305, 306, 307, 308, 315, 317, 319, 323. */
const RANG = sql`case substring(${bericht.berichttype} from '[0-9]+$')
  when '301' then 0 when '302' then 1 when '305' then 2 when '306' then 3 when '307' then 4 when '308' then 5
  when '315' then 6 when '317' then 7 when '319' then 8 when '303' then 9 when '323' then 9 else 99 end`;



export interface HeaderVelden {
  readonly berichttype: string;
  readonly standaard: string;
  readonly release: string;
  readonly afzender: string;
  readonly ontvanger: string;
  readonly identificatie: string;
  readonly dagtekening: string;
}

/** The common table expressions that replace the findings of these stages of these messages. */
function bevindingenVervangen(fasen: readonly string[], perBericht: ReadonlyMap<number, readonly (Finding & { fase: string })[]>): SQL {
  const k = { berichtId: [] as number[], fase: [] as string[], regel: [] as string[], retourcode: [] as (string | null)[], pad: [] as string[], regelnummer: [] as (number | null)[], melding: [] as string[] };
  for (const [berichtId, fs] of perBericht)
    for (const f of fs) {
      k.berichtId.push(berichtId);
      k.fase.push(f.fase);
      k.regel.push(f.rule);
      k.retourcode.push(f.retourcode ?? null);
      k.pad.push(f.path);
      k.regelnummer.push(f.line ?? null);
      k.melding.push(f.message);
    }
  return sql`
    weg as (delete from bevinding where bericht_id = any(${sql.param([...perBericht.keys()])}::bigint[]) and fase = any(${sql.param([...fasen])}::text[])),
    nieuw as (
      insert into bevinding (bericht_id, fase, regel, retourcode, pad, regelnummer, melding)
      select b, f, r, rc, p, rn, m
      from unnest(${sql.param(k.berichtId)}::bigint[], ${sql.param(k.fase)}::text[], ${sql.param(k.regel)}::text[], ${sql.param(k.retourcode)}::text[],
                  ${sql.param(k.pad)}::text[], ${sql.param(k.regelnummer)}::int[], ${sql.param(k.melding)}::text[]) with ordinality as u(b, f, r, rc, p, rn, m, o)
      order by o)`;
}

export class BerichtRepository {
  constructor(private readonly db: Executor) {}

  async nieuweBatch(b: NieuweBatch): Promise<number> {
    const [row] = await this.db
      .insert(batch)
      .values({ bron: b.bron, kanaal: b.kanaal, bestandsnaam: b.bestandsnaam, raw: b.raw })
      .returning({ id: batch.id });
    return row!.id;
  }

  async weiger(batchId: number, weigeringen: readonly { naam: string; reden: string }[]): Promise<void> {
    if (weigeringen.length === 0) return;
    await this.db.insert(batchWeigering).values(weigeringen.map((w) => ({ batchId, naam: w.naam, reden: w.reden })));
  }

  async telBatch(batchId: number, berichten: number, geweigerd: number): Promise<void> {
    await this.db
      .update(batch)
      .set({ aantalBerichten: sql`${batch.aantalBerichten} + ${berichten}`, aantalGeweigerd: sql`${batch.aantalGeweigerd} + ${geweigerd}`, updatedAt: sql`now()` })
      .where(eq(batch.id, batchId));
  }


  /**
   * Stores many received messages raw at once (in the caller's transaction); byte-identical
   * re-deliveries, also within the list, are recognised by their hash and not stored twice.
   */
  async bewaarRawVeel(items: readonly { bytes: Uint8Array; bestandsnaam?: string }[], batchId: number): Promise<OpgeslagenBericht[]> {
    const hashes = items.map((i) => sha256(i.bytes));
    const uitkomst = new Array<OpgeslagenBericht | undefined>(items.length);
    const eersteVan = new Map<string, number>();
    const nieuw: number[] = [];
    hashes.forEach((h, i) => {
      if (!eersteVan.has(h)) {
        eersteVan.set(h, i);
        nieuw.push(i);
      }
    });
    for (let start = 0; start < nieuw.length; start += 500) {
      const deel = nieuw.slice(start, start + 500);
      const rows = await this.db
        .insert(bericht)
        .values(
          deel.map((i) => ({
            richting: 'in',
            raw: items[i]!.bytes,
            sha256: hashes[i]!,
            grootte: items[i]!.bytes.length,
            batchId,
            bestandsnaam: items[i]!.bestandsnaam,
            status: 'ontvangen' satisfies BerichtStatus,
            fase: 'opgeslagen' satisfies Fase,
          })),
        )
        .onConflictDoNothing({ target: bericht.sha256, where: sql`richting = 'in'` })
        .returning({ id: bericht.id, sha256: bericht.sha256 });
      for (const r of rows) uitkomst[eersteVan.get(r.sha256)!] = { berichtId: r.id, herhaling: false };
    }
    const ontbrekend = [...new Set(hashes.filter((_, i) => uitkomst[i] === undefined || eersteVan.get(hashes[i]!) !== i))];
    if (ontbrekend.length > 0) {
      const bestaand = await this.db
        .select({ id: bericht.id, sha256: bericht.sha256 })
        .from(bericht)
        .where(and(eq(bericht.richting, 'in'), inArray(bericht.sha256, ontbrekend)));
      const idVan = new Map(bestaand.map((b) => [b.sha256, b.id]));
      hashes.forEach((h, i) => {
        if (uitkomst[i] === undefined) uitkomst[i] = { berichtId: idVan.get(h)!, herhaling: true };
      });
    }
    return uitkomst as OpgeslagenBericht[];
  }

  /**
   * The next messages of a batch that wait for a stage, at most `limit`, in the order the stage
   * needs: for validation in arrival order; for control and decision in the order the standard
   * implies (Dagtekening, then 301 before 302 before 305 before 307 before 315/317 before 323);
   * for the retour those decided and not waiting for a person.
   */
  async wachtend(batchId: number, stage: 'validate' | 'control' | 'retour', limit: number): Promise<BerichtRij[]> {
    const base = this.db.select().from(bericht);
    switch (stage) {
      case 'validate':
        return base
          .where(and(eq(bericht.batchId, batchId), eq(bericht.richting, 'in'), eq(bericht.fase, 'opgeslagen')))
          .orderBy(asc(bericht.id))
          .limit(limit);
      case 'control':
        return base
          .where(and(eq(bericht.batchId, batchId), eq(bericht.richting, 'in'), eq(bericht.fase, 'gevalideerd'), eq(bericht.status, 'gevalideerd')))
          .orderBy(asc(bericht.dagtekening), sql`${RANG}`, asc(bericht.id))
          .limit(limit);
      case 'retour':
        return base
          .where(and(eq(bericht.batchId, batchId), eq(bericht.richting, 'in'), WACHT_OP_RETOUR))
          .orderBy(asc(bericht.id))
          .limit(limit);
    }
  }

  /** Batches with messages waiting for a stage (for the reconciler), oldest first. */
  async batchesMetWerk(stage: 'validate' | 'control' | 'retour', ouderDanSeconden: number, limit = 100): Promise<number[]> {
    const waar = stage === 'validate' ? WACHT_OP_VALIDATIE : stage === 'control' ? WACHT_OP_CONTROLE : WACHT_OP_RETOUR;
    const rows = await this.db.execute(sql`
      select batch_id, min(updated_at) as sinds from bericht
      where richting = 'in' and batch_id is not null and ${waar} and updated_at < now() - make_interval(secs => ${ouderDanSeconden})
      group by batch_id order by sinds limit ${limit}`);
    return (rows as unknown as { rows: { batch_id: string | number }[] }).rows.map((r) => Number(r.batch_id));
  }

  /**
   * The earlier batches (delivered before this one) that are validated and wait for control only, in
   * the order they arrived — up to the first earlier batch that still has messages to validate
   * (`validatieWacht`).
   */
  async eerdereBatchesVoorControle(batchId: number): Promise<{ gevalideerd: number[]; validatieWacht: boolean }> {
    const rows = await this.db.execute(sql`
      select batch_id, bool_or(${WACHT_OP_VALIDATIE}) as validatie from bericht
      where batch_id < ${batchId} and richting = 'in' and (${WACHT_OP_VALIDATIE} or ${WACHT_OP_CONTROLE})
      group by batch_id order by batch_id`);
    const gevalideerd: number[] = [];
    for (const r of (rows as unknown as { rows: { batch_id: string | number; validatie: boolean }[] }).rows) {
      if (r.validatie) return { gevalideerd, validatieWacht: true };
      gevalideerd.push(Number(r.batch_id));
    }
    return { gevalideerd, validatieWacht: false };
  }

  /**
   * Does an earlier batch (delivered before this one) still have messages waiting for validation or
   * control? Then this batch's control waits: deliveries are judged in the order they arrived.
   */
  async eerdereBatchWacht(batchId: number): Promise<boolean> {
    const rows = await this.db.execute(sql`
      select 1 from bericht where batch_id < ${batchId} and richting = 'in' and (${WACHT_OP_VALIDATIE} or ${WACHT_OP_CONTROLE}) limit 1`);
    return (rows as unknown as { rows: unknown[] }).rows.length > 0;
  }

  /** The batches these messages belong to, in order. */
  async batchesVan(ids: readonly number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectDistinct({ batchId: bericht.batchId })
      .from(bericht)
      .where(inArray(bericht.id, [...new Set(ids)]))
      .orderBy(asc(bericht.batchId));
    return rows.map((r) => r.batchId).filter((b): b is number => b !== null);
  }

  /** How far a batch is: messages per status. */
  async voortgang(batchId: number): Promise<Record<string, number>> {
    const rows = await this.db
      .select({ status: bericht.status, n: sql<number>`count(*)::int` })
      .from(bericht)
      .where(and(eq(bericht.batchId, batchId), eq(bericht.richting, 'in')))
      .groupBy(bericht.status);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  async get(id: number): Promise<BerichtRij | undefined> {
    const [row] = await this.db.select().from(bericht).where(eq(bericht.id, id));
    return row;
  }

  async lijst(ids: readonly number[]): Promise<BerichtRij[]> {
    if (ids.length === 0) return [];
    return this.db.select().from(bericht).where(inArray(bericht.id, [...ids])).orderBy(asc(bericht.id));
  }


  async zetTypeZonderHeader(id: number, v: { berichttype?: string; standaard?: string; release?: string }): Promise<void> {
    await this.db.update(bericht).set({ ...v, updatedAt: sql`now()` }).where(eq(bericht.id, id));
  }

  /**
   * Many message rows updated in one statement: header keys (where given), status and fase. A key
   * left undefined keeps its value. With `bevindingen`, the findings of those stages of those
   * messages are replaced in the same statement (`vervangBevindingenVeel`): one round trip.
   */
  async werkBijVeel(
    rijen: readonly ({ id: number; status: BerichtStatus; fase: Fase; dubbelVan?: number | null } & Partial<HeaderVelden>)[],
    bevindingen?: { fasen: readonly string[]; perBericht: ReadonlyMap<number, readonly (Finding & { fase: string })[]> },
  ): Promise<void> {
    if (rijen.length === 0) {
      if (bevindingen) await this.vervangBevindingenVeel(bevindingen.fasen, bevindingen.perBericht);
      return;
    }
    const vervang = bevindingen && bevindingen.perBericht.size > 0 ? sql`${bevindingenVervangen(bevindingen.fasen, bevindingen.perBericht)}, ` : sql``;
    const k = (f: (r: (typeof rijen)[number]) => unknown) => sql.param(rijen.map(f));
    await this.db.execute(sql`
      with ${vervang}v(id, status, fase, berichttype, standaard, release, afzender, ontvanger, identificatie, dagtekening, dubbel_van) as (
        select * from unnest(${k((r) => r.id)}::bigint[], ${k((r) => r.status)}::text[], ${k((r) => r.fase)}::text[], ${k((r) => r.berichttype ?? null)}::text[],
          ${k((r) => r.standaard ?? null)}::text[], ${k((r) => r.release ?? null)}::text[], ${k((r) => r.afzender ?? null)}::text[], ${k((r) => r.ontvanger ?? null)}::text[],
          ${k((r) => r.identificatie ?? null)}::text[], ${k((r) => r.dagtekening ?? null)}::date[], ${k((r) => r.dubbelVan ?? null)}::bigint[]))
      update bericht as b set
        status = v.status, fase = v.fase,
        berichttype = coalesce(v.berichttype, b.berichttype), standaard = coalesce(v.standaard, b.standaard),
        release = coalesce(v.release, b.release), afzender = coalesce(v.afzender, b.afzender),
        ontvanger = coalesce(v.ontvanger, b.ontvanger), identificatie = coalesce(v.identificatie, b.identificatie),
        dagtekening = coalesce(v.dagtekening, b.dagtekening), dubbel_van = coalesce(v.dubbel_van, b.dubbel_van),
        updated_at = now()
      from v
      where b.id = v.id`);
  }

  /**
   * Replaces the findings of these stages for many messages at once: one statement, the old ones
   * deleted and the new ones inserted (in the order given) from arrays.
   */
  async vervangBevindingenVeel(fasen: readonly string[], perBericht: ReadonlyMap<number, readonly (Finding & { fase: string })[]>): Promise<void> {
    if (perBericht.size === 0) return;
    await this.db.execute(sql`with ${bevindingenVervangen(fasen, perBericht)} select 1`);
  }

  /**
   * For TR056: of these header keys, the ones an earlier message already uses (id of that message).
   * Key: `afzender/berichttype/identificatie`.
   */
  async bestaandeSleutels(sleutels: readonly { afzender: string; berichttype: string; identificatie: string }[]): Promise<Map<string, number>> {
    if (sleutels.length === 0) return new Map();
    const rows = await this.db.execute(sql`
      select b.id, b.afzender, b.berichttype, b.identificatie from bericht b
      join unnest(${sql.param(sleutels.map((k) => k.afzender))}::text[], ${sql.param(sleutels.map((k) => k.berichttype))}::text[], ${sql.param(sleutels.map((k) => k.identificatie))}::text[]) as k(afzender, berichttype, identificatie)
        on b.afzender = k.afzender and b.berichttype = k.berichttype and b.identificatie = k.identificatie
      where b.dubbel_van is null`);
    const out = new Map<string, number>();
    for (const r of (rows as unknown as { rows: { id: string | number; afzender: string; berichttype: string; identificatie: string }[] }).rows) {
      const key = `${r.afzender}/${r.berichttype}/${r.identificatie}`;
      const id = Number(r.id);
      if (!out.has(key) || id < out.get(key)!) out.set(key, id);
    }
    return out;
  }

  /** Changes the status only when it is `van` now (so a decision never overwrites a later stage's). */
  async zetStatusAls(id: number, van: BerichtStatus, naar: BerichtStatus): Promise<void> {
    await this.db.update(bericht).set({ status: naar, updatedAt: sql`now()` }).where(and(eq(bericht.id, id), eq(bericht.status, van)));
  }

  /** Status and fase, only when the status is `van` now; true when changed. */
  async zetStatusAlsFase(id: number, van: BerichtStatus, naar: BerichtStatus, fase: Fase): Promise<boolean> {
    const rows = await this.db
      .update(bericht)
      .set({ status: naar, fase, updatedAt: sql`now()` })
      .where(and(eq(bericht.id, id), eq(bericht.status, van)))
      .returning({ id: bericht.id });
    return rows.length > 0;
  }

  async zetStatus(id: number, status: BerichtStatus, fase: Fase): Promise<void> {
    await this.db.update(bericht).set({ status, fase, updatedAt: sql`now()` }).where(eq(bericht.id, id));
  }

  /** Replaces the findings of one stage of a message (so a stage can run twice with the same outcome). */
  async vervangBevindingen(berichtId: number, fase: string, findings: readonly Finding[]): Promise<void> {
    await this.db.delete(bevinding).where(and(eq(bevinding.berichtId, berichtId), eq(bevinding.fase, fase)));
    if (findings.length === 0) return;
    await this.db.insert(bevinding).values(
      findings.map((f) => ({
        berichtId,
        fase,
        regel: f.rule,
        retourcode: f.retourcode ?? null,
        pad: f.path,
        regelnummer: f.line ?? null,
        melding: f.message,
      })),
    );
  }

  async bevindingen(berichtId: number, fasen?: readonly string[]): Promise<Finding[]> {
    const rows = await this.db
      .select()
      .from(bevinding)
      .where(fasen ? and(eq(bevinding.berichtId, berichtId), inArray(bevinding.fase, [...fasen])) : eq(bevinding.berichtId, berichtId))
      .orderBy(asc(bevinding.id));
    return rows.map((r) => ({
      rule: r.regel,
      ...(r.retourcode ? { retourcode: r.retourcode } : {}),
      path: r.pad,
      ...(r.regelnummer ? { line: r.regelnummer } : {}),
      message: r.melding,
    }));
  }


  /**
   * Stores many messages we made at once; one of each type and Identificatie per message answered
   * (one retour; a 319 per ReferentieAanbieder): an answer that exists already is returned as it was
   * stored (so its file is written with the same bytes).
   */
  async bewaarUitgaandVeel(
    items: readonly {
      raw: Uint8Array;
      berichttype: string;
      standaard: string;
      release: string;
      afzender: string;
      ontvanger: string;
      identificatie: string;
      dagtekening: string;
      antwoordOp: number;
      batchId?: number | null;
    }[],
  ): Promise<{ berichtId: number; berichttype: string; afzender: string; identificatie: string; raw: Uint8Array }[]> {
    if (items.length === 0) return [];
    await this.db
      .insert(bericht)
      .values(
        items.map((v) => ({
          richting: 'uit',
          raw: v.raw,
          sha256: sha256(v.raw),
          grootte: v.raw.length,
          berichttype: v.berichttype,
          standaard: v.standaard,
          release: v.release,
          afzender: v.afzender,
          ontvanger: v.ontvanger,
          identificatie: v.identificatie,
          dagtekening: v.dagtekening,
          antwoordOp: v.antwoordOp,
          batchId: v.batchId ?? null,
          status: 'gereed' satisfies BerichtStatus,
          fase: 'retour' satisfies Fase,
        })),
      )
      .onConflictDoNothing({ target: [bericht.antwoordOp, bericht.berichttype, bericht.identificatie], where: sql`antwoord_op is not null and richting = 'uit'` });
    const rows = await this.db
      .select({ id: bericht.id, berichttype: bericht.berichttype, afzender: bericht.afzender, identificatie: bericht.identificatie, raw: bericht.raw })
      .from(bericht)
      .where(and(eq(bericht.richting, 'uit'), inArray(bericht.antwoordOp, items.map((i) => i.antwoordOp))));
    return rows.map((r) => ({ berichtId: r.id, berichttype: r.berichttype!, afzender: r.afzender!, identificatie: r.identificatie!, raw: r.raw }));
  }

  async zetOutboxPaden(paden: readonly { id: number; pad: string }[]): Promise<void> {
    if (paden.length === 0) return;
    const values = sql.join(paden.map((p) => sql`(${p.id}::bigint, ${p.pad}::text)`), sql`, `);
    await this.db.execute(sql`update bericht b set outbox_pad = v.pad, updated_at = now() from (values ${values}) as v(id, pad) where b.id = v.id`);
  }

  /** The findings of many messages, with their stage. */
  async bevindingenVeel(ids: readonly number[], fasen: readonly string[]): Promise<Map<number, (Finding & { fase: string })[]>> {
    const out = new Map<number, (Finding & { fase: string })[]>();
    if (ids.length === 0) return out;
    const rows = await this.db
      .select()
      .from(bevinding)
      .where(and(inArray(bevinding.berichtId, [...ids]), inArray(bevinding.fase, [...fasen])))
      .orderBy(asc(bevinding.id));
    for (const r of rows) {
      const l = out.get(r.berichtId) ?? [];
      l.push({
        fase: r.fase,
        rule: r.regel,
        ...(r.retourcode ? { retourcode: r.retourcode } : {}),
        path: r.pad,
        ...(r.regelnummer ? { line: r.regelnummer } : {}),
        message: r.melding,
      });
      out.set(r.berichtId, l);
    }
    return out;
  }

  /**
   * The retour we made on a message (306, 308, 316, 318, 325), or the outgoing message of this type.
   * Without a type the retour comes first: a 319 antwoordbericht made beside a 316 is an answer, not
   * the retour (see `antwoordenOp`).
   */
  async retourVan(heenId: number, berichttype?: string): Promise<BerichtRij | undefined> {
    const [row] = await this.db
      .select()
      .from(bericht)
      .where(
        berichttype
          ? and(eq(bericht.antwoordOp, heenId), eq(bericht.richting, 'uit'), eq(bericht.berichttype, berichttype))
          : and(eq(bericht.antwoordOp, heenId), eq(bericht.richting, 'uit')),
      )
      .orderBy(sql`(${bericht.berichttype} ~ '319$')`, asc(bericht.id))
      .limit(1);
    return row;
  }

  /** Every outgoing message made in answer to this one (its retour, and any 319 antwoordberichten), oldest first. */
  async antwoordenOp(heenId: number): Promise<BerichtRij[]> {
    return this.db
      .select()
      .from(bericht)
      .where(and(eq(bericht.antwoordOp, heenId), eq(bericht.richting, 'uit')))
      .orderBy(asc(bericht.id));
  }

  async zetOutboxPad(id: number, pad: string): Promise<void> {
    await this.db.update(bericht).set({ outboxPad: pad, updatedAt: sql`now()` }).where(eq(bericht.id, id));
  }

  /** Links a received retour (302 on our 301) to the message it answers. */
  async koppelAntwoord(id: number, heenId: number): Promise<void> {
    await this.db.update(bericht).set({ antwoordOp: heenId, updatedAt: sql`now()` }).where(eq(bericht.id, id));
  }

  /** Our own message (a 301) of this sender with this Identificatie, for linking its 302. */
  async vindOpIdentificatie(afzender: string, berichttype: string, identificatie: string): Promise<BerichtRij | undefined> {
    const [row] = await this.db
      .select()
      .from(bericht)
      .where(and(eq(bericht.afzender, afzender), eq(bericht.berichttype, berichttype), eq(bericht.identificatie, identificatie), sql`${bericht.dubbelVan} is null`));
    return row;
  }
}
