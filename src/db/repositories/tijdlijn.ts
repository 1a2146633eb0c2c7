/**
 * A client's timeline for the backoffice: every message about the client (301 → 305 → 323s → 307,
 * verzoeken) and the retours on them, in order. Found through the facts the messages established,
 * by BSN; the BSN is a query parameter only and never leaves in the result.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { rijen } from './afkeuren.js';

export interface TijdlijnRegel {
  readonly berichtId: number;
  readonly berichttype: string | null;
  readonly richting: string;
  readonly dagtekening: string | null;
  readonly ontvangenOp: Date;
  readonly status: string;
  /** For a retour: the message it answers. */
  readonly antwoordOp: number | null;
}

export class TijdlijnRepository {
  constructor(private readonly db: Executor) {}

  /** The messages about these clients and their retours, by Dagtekening, each retour right after the message it answers. */
  async vanClienten(bsns: readonly string[], max = 500): Promise<TijdlijnRegel[]> {
    if (bsns.length === 0) return [];
    const lijst = sql.join(
      bsns.map((b) => sql`${b}`),
      sql`, `,
    );
    const result = await this.db.execute(sql`
      with heen as (
        select bericht_id from toewijzing where bsn in (${lijst})
        union select bericht_id from start_product where bsn in (${lijst})
        union select bericht_id from stop_product where bsn in (${lijst})
        union select bericht_id from prestatie where bsn in (${lijst})
        union select bericht_id from verzoek where bsn in (${lijst})
      ), alle as (
        select id from bericht where id in (select bericht_id from heen)
        union select id from bericht where antwoord_op in (select bericht_id from heen)
      )
      select b.id, b.berichttype, b.richting, b.dagtekening::text as dagtekening, b.ontvangen_op, b.status, b.antwoord_op
      from bericht b left join bericht h on h.id = b.antwoord_op
      where b.id in (select id from alle)
      -- A retour right after the message it answers.
      order by coalesce(h.dagtekening, b.dagtekening, b.ontvangen_op::date), coalesce(b.antwoord_op, b.id), b.id
      limit ${max}`);
    return rijen(result).map((r) => ({
      berichtId: Number(r['id']),
      berichttype: (r['berichttype'] as string | null) ?? null,
      richting: String(r['richting']),
      dagtekening: (r['dagtekening'] as string | null) ?? null,
      ontvangenOp: r['ontvangen_op'] instanceof Date ? r['ontvangen_op'] : new Date(String(r['ontvangen_op'])),
      status: String(r['status']),
      antwoordOp: r['antwoord_op'] === null ? null : Number(r['antwoord_op']),
    }));
  }
}
