/**
 * The figures `/metrics` reads from the database at scrape time: counters that must survive restarts
 * and be the same whichever process is asked (received, rejected, processed, retours) and the work
 * still waiting. A few aggregate queries, each served by an index (see `bench/metrics.ts` for the
 * time at 100,000 messages). Read-only.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { WACHT_OP_CONTROLE, WACHT_OP_PIJPLIJN, WACHT_OP_RETOUR, WACHT_OP_VALIDATIE } from '../wachtend.js';
import { rijen } from './afkeuren.js';

/** Received messages of the types that need a retour. */
const HEEN = '(305|307|315|317|323)$';

export interface LeveringTelling {
  readonly bron: string;
  /** The sending channel, `''` when none (cli, drop folder). */
  readonly kanaal: string;
  readonly leveringen: number;
  /** Every message in the deliveries, re-deliveries included. */
  readonly berichten: number;
  /** Byte-identical re-deliveries of messages received before (not stored again). */
  readonly herhaald: number;
  /** Parts refused before they became messages (unsafe zip entries, too large, ...). */
  readonly geweigerd: number;
}

export interface StatusTelling {
  readonly status: string;
  readonly fase: string;
  readonly aantal: number;
}

export interface RetourWacht {
  readonly berichttype: string;
  /** Dutch calendar day of receipt. */
  readonly dag: string;
  readonly aantal: number;
}

export interface MetricsStand {
  readonly leveringen: readonly LeveringTelling[];
  /** Received messages per status and last stage completed. */
  readonly berichten: readonly StatusTelling[];
  /** Messages with at least one rejecting finding of the stage (`xml`, `xsd`: any; `regels`, `controle`: with a retourcode). */
  readonly afgekeurd: Readonly<Record<string, number>>;
  /** Retour messages made, per type (`WMO306`, `JW325`, ...). */
  readonly retours: readonly { readonly berichttype: string; readonly aantal: number }[];
  /** Received messages still without their retour, per type and day of receipt. */
  readonly wachtOpRetour: readonly RetourWacht[];
  /** Messages waiting for a stage of the pipeline, and the batches they belong to. */
  readonly wachtend: { readonly validatie: number; readonly controle: number; readonly retour: number; readonly batches: number; readonly oudsteOntvangen: Date | null };
}

export class MetricsRepository {
  constructor(private readonly db: Executor) {}

  async stand(): Promise<MetricsStand> {
    const [leveringen, herhaald, berichten, afgekeurd, retours, wachtOpRetour, wachtend] = await Promise.all([
      this.db.execute(sql`
        select bron, coalesce(kanaal, '') as kanaal, count(*)::bigint as leveringen, coalesce(sum(aantal_berichten), 0)::bigint as berichten,
               coalesce(sum(aantal_geweigerd), 0)::bigint as geweigerd
        from batch group by 1, 2`),
      this.db.execute(sql`
        select b.bron, coalesce(b.kanaal, '') as kanaal, count(*)::bigint as aantal
        from batch_herhaling h join batch b on b.id = h.batch_id group by 1, 2`),
      this.db.execute(sql`select status, fase, count(*)::bigint as aantal from bericht where richting = 'in' group by 1, 2`),
      this.db.execute(sql`
        select fase, count(distinct bericht_id)::bigint as aantal from bevinding
        where fase in ('xml', 'xsd') or retourcode is not null group by 1`),
      this.db.execute(sql`
        select berichttype, count(*)::bigint as aantal from bericht
        where antwoord_op is not null and richting = 'uit' group by 1`),
      this.db.execute(sql`
        select b.berichttype, to_char((b.ontvangen_op at time zone 'Europe/Amsterdam')::date, 'YYYY-MM-DD') as dag, count(*)::bigint as aantal
        from bericht b
        where b.richting = 'in' and b.status in ('ontvangen', 'gevalideerd', 'in-onderzoek', 'afgekeurd', 'beslist') and b.berichttype ~ ${HEEN}
          and not exists (select 1 from bericht r where r.antwoord_op = b.id and r.richting = 'uit')
        group by 1, 2`),
      this.db.execute(sql`
        select count(*) filter (where ${WACHT_OP_VALIDATIE})::bigint as validatie, count(*) filter (where ${WACHT_OP_CONTROLE})::bigint as controle,
               count(*) filter (where ${WACHT_OP_RETOUR})::bigint as retour, count(distinct batch_id)::bigint as batches, min(ontvangen_op) as oudste
        from bericht where richting = 'in' and ${WACHT_OP_PIJPLIJN}`),
    ]);
    const herhaaldPer = new Map(rijen(herhaald).map((x) => [`${String(x['bron'])}\u0000${String(x['kanaal'])}`, Number(x['aantal'])]));
    const w = rijen(wachtend)[0] ?? {};
    const oudste = w['oudste'];
    return {
      leveringen: rijen(leveringen).map((x) => ({
        bron: String(x['bron']),
        kanaal: String(x['kanaal']),
        leveringen: Number(x['leveringen']),
        berichten: Number(x['berichten']),
        herhaald: herhaaldPer.get(`${String(x['bron'])}\u0000${String(x['kanaal'])}`) ?? 0,
        geweigerd: Number(x['geweigerd']),
      })),
      berichten: rijen(berichten).map((x) => ({ status: String(x['status']), fase: String(x['fase']), aantal: Number(x['aantal']) })),
      afgekeurd: Object.fromEntries(rijen(afgekeurd).map((x) => [String(x['fase']), Number(x['aantal'])])),
      retours: rijen(retours).map((x) => ({ berichttype: String(x['berichttype']), aantal: Number(x['aantal']) })),
      wachtOpRetour: rijen(wachtOpRetour).map((x) => ({ berichttype: String(x['berichttype']), dag: String(x['dag']), aantal: Number(x['aantal']) })),
      wachtend: {
        validatie: Number(w['validatie'] ?? 0),
        controle: Number(w['controle'] ?? 0),
        retour: Number(w['retour'] ?? 0),
        batches: Number(w['batches'] ?? 0),
        oudsteOntvangen: oudste === null || oudste === undefined ? null : oudste instanceof Date ? oudste : new Date(String(oudste)),
      },
    };
  }
}
