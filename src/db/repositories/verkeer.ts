/**
 * Berichtenverkeer for the backoffice: volumes per day per message type, acceptance per aanbieder,
 * the messages still waiting for their retour, retours answered, and failed deliveries. Read-only.
 * Days are Dutch calendar days (`Europe/Amsterdam`).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { rijen } from './afkeuren.js';

const HEEN = '(305|307|315|317|323)$';
const dagVan = (d: string): ReturnType<typeof sql> => sql`(${d}::date::timestamp at time zone 'Europe/Amsterdam')`;
const dagTot = (d: string): ReturnType<typeof sql> => sql`((${d}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`;

export interface Volume {
  readonly dag: string;
  readonly berichttype: string;
  readonly richting: string;
  readonly aantal: number;
}

export interface Acceptatie {
  readonly agb: string | null;
  readonly totaal: number;
  readonly afgekeurd: number;
  readonly deels: number;
  readonly inOnderzoek: number;
  /** Ended by a person outside the message traffic (no retour): done, neither accepted nor rejected. */
  readonly afgehandeld: number;
  readonly geaccepteerd: number;
}

export interface WachtendBericht {
  readonly id: number;
  readonly berichttype: string;
  readonly afzender: string | null;
  readonly ontvangenOp: Date;
  readonly status: string;
}

export interface Beantwoord {
  readonly id: number;
  readonly berichttype: string;
  readonly ontvangenOp: Date;
  readonly retourDagtekening: string;
}

export interface Mislukt {
  readonly soort: 'technisch-afgekeurd' | 'geweigerd';
  readonly id: number;
  readonly op: Date;
  readonly naam: string | null;
  readonly reden: string;
}

export class VerkeerRepository {
  constructor(private readonly db: Executor) {}

  async volumes(van: string, tot: string): Promise<Volume[]> {
    const r = await this.db.execute(sql`
      select to_char((ontvangen_op at time zone 'Europe/Amsterdam')::date, 'YYYY-MM-DD') as dag, coalesce(berichttype, 'onbekend') as berichttype, richting, count(*)::int as aantal
      from bericht where ontvangen_op >= ${dagVan(van)} and ontvangen_op < ${dagTot(tot)}
      group by 1, 2, 3 order by 1, 2, 3`);
    return rijen(r).map((x) => ({ dag: String(x['dag']), berichttype: String(x['berichttype']), richting: String(x['richting']), aantal: Number(x['aantal']) }));
  }

  async acceptatie(van: string, tot: string): Promise<Acceptatie[]> {
    const r = await this.db.execute(sql`
      select b.afzender as agb, count(*)::int as totaal,
        count(*) filter (where b.status in ('afgekeurd', 'technisch-afgekeurd')
          or (b.status = 'beantwoord' and exists (select 1 from bevinding v where v.bericht_id = b.id and v.retourcode is not null)
              and not exists (select 1 from declaratie d where d.bericht_id = b.id)
              and not exists (select 1 from start_product s where s.bericht_id = b.id)
              and not exists (select 1 from stop_product s where s.bericht_id = b.id)))::int as afgekeurd,
        count(*) filter (where b.status = 'in-onderzoek')::int as in_onderzoek,
        count(*) filter (where b.status = 'afgehandeld')::int as afgehandeld,
        count(*) filter (where b.status = 'beantwoord' and (
          exists (select 1 from prestatie p where p.bericht_id = b.id and p.status = 'afgewezen')
          or exists (select 1 from start_product s where s.bericht_id = b.id and s.beoordeling = 'afgewezen')
          or exists (select 1 from stop_product s where s.bericht_id = b.id and s.beoordeling = 'afgewezen')))::int as deels
      from bericht b
      where b.richting = 'in' and (b.berichttype ~ ${HEEN} or b.berichttype is null)
        and b.ontvangen_op >= ${dagVan(van)} and b.ontvangen_op < ${dagTot(tot)}
      group by 1 order by 1 nulls last`);
    return rijen(r).map((x) => {
      const totaal = Number(x['totaal']);
      const afgekeurd = Number(x['afgekeurd']);
      const deels = Number(x['deels']);
      const inOnderzoek = Number(x['in_onderzoek']);
      const afgehandeld = Number(x['afgehandeld']);
      return { agb: (x['agb'] as string | null) ?? null, totaal, afgekeurd, deels, inOnderzoek, afgehandeld, geaccepteerd: totaal - afgekeurd - deels - inOnderzoek - afgehandeld };
    });
  }

  /** Received heen messages that need a retour and have none yet. */
  async wachtOpRetour(max = 1000): Promise<WachtendBericht[]> {
    const r = await this.db.execute(sql`
      select b.id, b.berichttype, b.afzender, b.ontvangen_op, b.status from bericht b
      where b.richting = 'in' and b.status in ('ontvangen', 'gevalideerd', 'in-onderzoek', 'afgekeurd', 'beslist')
        and b.berichttype ~ ${HEEN}
        and not exists (select 1 from bericht r where r.antwoord_op = b.id and r.richting = 'uit')
      order by b.id limit ${max}`);
    return rijen(r).map((x) => ({
      id: Number(x['id']),
      berichttype: String(x['berichttype']),
      afzender: (x['afzender'] as string | null) ?? null,
      ontvangenOp: x['ontvangen_op'] instanceof Date ? x['ontvangen_op'] : new Date(String(x['ontvangen_op'])),
      status: String(x['status']),
    }));
  }

  /** Heen messages received in the period that were answered, with the retour's Dagtekening (a 319 beside a 316 is no second answer). */
  async beantwoord(van: string, tot: string): Promise<Beantwoord[]> {
    const r = await this.db.execute(sql`
      select b.id, b.berichttype, b.ontvangen_op, r.dagtekening::text as retour_dag from bericht b
      join bericht r on r.antwoord_op = b.id and r.richting = 'uit' and r.berichttype !~ '319$'
      where b.richting = 'in' and b.berichttype ~ ${HEEN} and b.ontvangen_op >= ${dagVan(van)} and b.ontvangen_op < ${dagTot(tot)}`);
    return rijen(r).map((x) => ({
      id: Number(x['id']),
      berichttype: String(x['berichttype']),
      ontvangenOp: x['ontvangen_op'] instanceof Date ? x['ontvangen_op'] : new Date(String(x['ontvangen_op'])),
      retourDagtekening: String(x['retour_dag']),
    }));
  }

  /** Technically rejected messages and refused parts of deliveries, newest first. */
  async mislukt(van: string, tot: string, max = 200): Promise<Mislukt[]> {
    const r = await this.db.execute(sql`
      (select 'technisch-afgekeurd' as soort, b.id, b.ontvangen_op as op, b.bestandsnaam as naam,
        coalesce((select v.melding from bevinding v where v.bericht_id = b.id order by v.id limit 1), '') as reden
       from bericht b where b.status = 'technisch-afgekeurd' and b.ontvangen_op >= ${dagVan(van)} and b.ontvangen_op < ${dagTot(tot)})
      union all
      (select 'geweigerd', w.batch_id, w.created_at, w.naam, w.reden from batch_weigering w
       where w.created_at >= ${dagVan(van)} and w.created_at < ${dagTot(tot)})
      order by op desc limit ${max}`);
    return rijen(r).map((x) => ({
      soort: x['soort'] as Mislukt['soort'],
      id: Number(x['id']),
      op: x['op'] instanceof Date ? x['op'] : new Date(String(x['op'])),
      naam: (x['naam'] as string | null) ?? null,
      reden: String(x['reden']),
    }));
  }
}
