/**
 * Decisions a person takes on prestaties in the backoffice: every decision is a new `beslissing`
 * row (the history is kept), mirrored on the prestatie as the one in force. The only code besides
 * `FeitenRepository` that writes `prestatie` and `beslissing`.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { beslissing, declaratie, prestatie, type DeclaratieRij, type PrestatieRij } from '../schema/index.js';

export type BeslissingRij = typeof beslissing.$inferSelect;

export interface NieuweBeslissing {
  readonly status: 'toegekend' | 'afgewezen' | 'in-onderzoek';
  readonly retourcodes: readonly string[];
  /** Eurocents, unsigned like the prestatie's bedrag. */
  readonly toegekendBedrag: number;
  readonly door: string;
  readonly reden?: string;
  readonly correctie: boolean;
}

export class BeslissingRepository {
  constructor(private readonly db: Executor) {}

  /** The prestatie; with `vergrendel`, locked for the rest of the transaction (two people deciding at once). */
  async prestatie(id: number, vergrendel = false): Promise<PrestatieRij | undefined> {
    const q = this.db.select().from(prestatie).where(eq(prestatie.id, id));
    const [row] = vergrendel ? await q.for('update') : await q;
    return row;
  }

  async declaratie(id: number): Promise<DeclaratieRij | undefined> {
    const [row] = await this.db.select().from(declaratie).where(eq(declaratie.id, id));
    return row;
  }

  async prestatiesVanDeclaratie(declaratieId: number): Promise<PrestatieRij[]> {
    return this.db.select().from(prestatie).where(eq(prestatie.declaratieId, declaratieId)).orderBy(asc(prestatie.id));
  }

  async aantalInOnderzoek(declaratieId: number): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(prestatie)
      .where(and(eq(prestatie.declaratieId, declaratieId), eq(prestatie.status, 'in-onderzoek')));
    return row?.n ?? 0;
  }

  /** Records a decision and makes it the one in force. */
  async schrijf(prestatieId: number, b: NieuweBeslissing): Promise<BeslissingRij> {
    const [row] = await this.db
      .insert(beslissing)
      .values({
        prestatieId,
        status: b.status,
        retourcodes: [...b.retourcodes],
        toegekendBedrag: b.toegekendBedrag,
        door: b.door,
        reden: b.reden ?? null,
        correctie: b.correctie,
      })
      .returning();
    await this.db
      .update(prestatie)
      .set({ status: b.status, retourcodes: [...b.retourcodes], toegekendBedrag: b.toegekendBedrag, updatedAt: sql`now()` })
      .where(eq(prestatie.id, prestatieId));
    return row!;
  }

  /** Every decision on the prestatie, oldest first (the first is the system's). */
  async geschiedenis(prestatieId: number): Promise<BeslissingRij[]> {
    return this.db.select().from(beslissing).where(eq(beslissing.prestatieId, prestatieId)).orderBy(asc(beslissing.id));
  }
}
