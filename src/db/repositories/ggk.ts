/**
 * GGK envelopes received: the only code that touches `ggk_envelop`. An envelope is claimed by
 * zender + referentienummer before its message is stored (a second envelope with the same pair is
 * refused, IB216); the claim is completed with the batch once the message is stored, or given up
 * when storing failed. A claim never completed (the process died in between) is taken over by the
 * next envelope with the same pair after `verlopenNaMs`, so a resend after a crash is not refused.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { ggkEnvelop } from '../schema/index.js';

export type GgkEnvelopRij = typeof ggkEnvelop.$inferSelect;

export class GgkRepository {
  constructor(private readonly db: Executor) {}

  /** Claims zender + referentienummer; undefined when an earlier envelope has it (IB216). */
  async claim(v: {
    zender: string;
    referentienummer: string;
    kanaal: string;
    functie: string;
    antwoordReferentie: string;
    verlopenNaMs?: number;
  }): Promise<GgkEnvelopRij | undefined> {
    const verlopen = new Date(Date.now() - (v.verlopenNaMs ?? 5 * 60_000));
    const [row] = await this.db
      .insert(ggkEnvelop)
      .values({ zender: v.zender, referentienummer: v.referentienummer, kanaal: v.kanaal, functie: v.functie, antwoordReferentie: v.antwoordReferentie })
      .onConflictDoUpdate({
        target: [ggkEnvelop.zender, ggkEnvelop.referentienummer],
        set: { kanaal: v.kanaal, functie: v.functie, antwoordReferentie: v.antwoordReferentie, geclaimdOp: sql`now()`, updatedAt: sql`now()` },
        setWhere: and(isNull(ggkEnvelop.batchId), sql`${ggkEnvelop.geclaimdOp} < ${verlopen}`),
      })
      .returning();
    return row;
  }

  async voltooi(id: number, batchId: number, berichtId: number | null): Promise<void> {
    await this.db.update(ggkEnvelop).set({ batchId, berichtId, updatedAt: sql`now()` }).where(eq(ggkEnvelop.id, id));
  }

  /** Gives up a claim whose message could not be stored, so the envelope can be sent again. */
  async geefVrij(id: number): Promise<void> {
    await this.db.delete(ggkEnvelop).where(and(eq(ggkEnvelop.id, id), isNull(ggkEnvelop.batchId)));
  }

  /** The envelope with this referentienummer that came in through this channel (or any channel). */
  async vind(referentienummer: string, kanaal?: string): Promise<GgkEnvelopRij | undefined> {
    const [row] = await this.db
      .select()
      .from(ggkEnvelop)
      .where(kanaal === undefined ? eq(ggkEnvelop.referentienummer, referentienummer) : and(eq(ggkEnvelop.referentienummer, referentienummer), eq(ggkEnvelop.kanaal, kanaal)))
      .orderBy(ggkEnvelop.id)
      .limit(1);
    return row;
  }
}
