/**
 * Deliveries read back as a whole: the batch, the messages it brought (stored the first time, or
 * byte-identical re-deliveries of earlier ones), the parts refused with their reasons, and the
 * retours made for its messages. The only code that reads `batch_weigering` and `batch_herhaling`.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { WACHT_OP_PIJPLIJN } from '../wachtend.js';
import { batch, batchHerhaling, batchWeigering, bericht } from '../schema/index.js';

export interface BatchKop {
  readonly id: number;
  readonly bron: string;
  readonly kanaal: string | null;
  readonly bestandsnaam: string | null;
  readonly ontvangenOp: Date;
  readonly aantalBerichten: number;
  readonly aantalGeweigerd: number;
}

export interface BatchBericht {
  readonly berichtId: number;
  /** The name it arrived under in this delivery. */
  readonly naam: string;
  /** Byte-identical to a message received in an earlier delivery. */
  readonly herhaling: boolean;
  readonly status: string;
  readonly fase: string;
  readonly berichttype: string | null;
}

export interface Retour {
  readonly berichtId: number;
  readonly antwoordOp: number;
  readonly berichttype: string;
  readonly afzender: string | null;
  readonly identificatie: string | null;
  readonly raw: Uint8Array;
}

export class BatchRepository {
  constructor(private readonly db: Executor) {}

  async kop(id: number): Promise<BatchKop | undefined> {
    const [row] = await this.db
      .select({
        id: batch.id,
        bron: batch.bron,
        kanaal: batch.kanaal,
        bestandsnaam: batch.bestandsnaam,
        ontvangenOp: batch.ontvangenOp,
        aantalBerichten: batch.aantalBerichten,
        aantalGeweigerd: batch.aantalGeweigerd,
      })
      .from(batch)
      .where(eq(batch.id, id));
    return row;
  }

  /** The delivery as it arrived, when it was kept whole (a zip, a GGK envelope). */
  async raw(id: number): Promise<Uint8Array | undefined> {
    const [row] = await this.db.select({ raw: batch.raw }).from(batch).where(eq(batch.id, id));
    return row?.raw ?? undefined;
  }

  /** Records the re-delivered messages of a delivery (not stored again, so not linked by `bericht.batch_id`). */
  async bewaarHerhalingen(batchId: number, herhalingen: readonly { berichtId: number; naam: string }[]): Promise<void> {
    if (herhalingen.length === 0) return;
    await this.db.insert(batchHerhaling).values(herhalingen.map((h) => ({ batchId, berichtId: h.berichtId, bestandsnaam: h.naam })));
  }

  /** The messages of a delivery, in the order they were stored. */
  async berichten(batchId: number): Promise<BatchBericht[]> {
    const velden = { berichtId: bericht.id, naam: bericht.bestandsnaam, status: bericht.status, fase: bericht.fase, berichttype: bericht.berichttype };
    const eigen = await this.db
      .select(velden)
      .from(bericht)
      .where(and(eq(bericht.batchId, batchId), eq(bericht.richting, 'in')))
      .orderBy(asc(bericht.id));
    const herhaald = await this.db
      .select({ ...velden, naam: batchHerhaling.bestandsnaam })
      .from(batchHerhaling)
      .innerJoin(bericht, eq(bericht.id, batchHerhaling.berichtId))
      .where(eq(batchHerhaling.batchId, batchId))
      .orderBy(asc(batchHerhaling.id));
    return [
      ...eigen.map((r) => ({ ...r, naam: r.naam ?? `bericht-${r.berichtId}`, herhaling: false })),
      ...herhaald.map((r) => ({ ...r, herhaling: true })),
    ];
  }

  async weigeringen(batchId: number): Promise<{ naam: string; reden: string }[]> {
    return this.db
      .select({ naam: batchWeigering.naam, reden: batchWeigering.reden })
      .from(batchWeigering)
      .where(eq(batchWeigering.batchId, batchId))
      .orderBy(asc(batchWeigering.id));
  }

  /** The retours we made for these messages, oldest first. */
  async retours(berichtIds: readonly number[]): Promise<Retour[]> {
    if (berichtIds.length === 0) return [];
    const rows = await this.db
      .select({
        berichtId: bericht.id,
        antwoordOp: bericht.antwoordOp,
        berichttype: bericht.berichttype,
        afzender: bericht.afzender,
        identificatie: bericht.identificatie,
        raw: bericht.raw,
      })
      .from(bericht)
      .where(and(inArray(bericht.antwoordOp, [...berichtIds]), eq(bericht.richting, 'uit')))
      .orderBy(asc(bericht.id));
    return rows.map((r) => ({ ...r, antwoordOp: r.antwoordOp!, berichttype: r.berichttype ?? 'onbekend' }));
  }

  /**
   * Marks a batch processed when none of its messages waits for a stage any more (a person's
   * decision may still be open: that is the backoffice's work, not the pipeline's). True when marked.
   */
  async markeerVerwerktAlsKlaar(batchId: number): Promise<boolean> {
    const rows = await this.db.execute(sql`
      update batch set verwerkt_op = now(), updated_at = now()
      where id = ${batchId} and verwerkt_op is null and not exists (
        select 1 from bericht where batch_id = ${batchId} and richting = 'in' and ${WACHT_OP_PIJPLIJN})
      returning id`);
    return (rows as unknown as { rows: unknown[] }).rows.length > 0;
  }

  /** Batches whose every message is done but that are not marked processed (for the reconciler). */
  async klaarMaarNietGemarkeerd(ouderDanSeconden: number, limit = 100): Promise<number[]> {
    const rows = await this.db.execute(sql`
      select id from batch b where verwerkt_op is null and updated_at < now() - make_interval(secs => ${ouderDanSeconden})
      and not exists (select 1 from bericht where bericht.batch_id = b.id and richting = 'in' and ${WACHT_OP_PIJPLIJN})
      order by id limit ${limit}`);
    return (rows as unknown as { rows: { id: string | number }[] }).rows.map((r) => Number(r.id));
  }

  async isVerwerkt(batchId: number): Promise<boolean> {
    const [row] = await this.db.select({ op: batch.verwerktOp }).from(batch).where(eq(batch.id, batchId));
    return !!row?.op;
  }
}
