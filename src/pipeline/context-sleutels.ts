/**
 * The keys of a message by which the facts and registers its controls need are looked up, and a
 * per-run cache of the registers (they change only by an import).
 */
import type { Executor } from '../db/client.js';
import { RegisterRepository } from '../db/repositories/registers.js';
import type { StandaardId } from '../standard/standaard.js';
import type { Bericht301, Bericht303, Bericht305, Bericht307, Bericht315, Bericht317, Bericht323 } from '../standard/berichten.generated.js';
import type { Berichttype } from '../standard/catalogue.js';

export interface ContextInstellingen {
  readonly eigenGemeenten: ReadonlySet<string>;
  readonly vandaag: string;
}

export interface Sleutels {
  gemeente: string;
  agb: string;
  bsns: string[];
  nummers: number[];
  referenties: string[];
  declaratieNummer?: string;
  /** A 303 with prestaties without ToewijzingNummer. */
  zonderToewijzingNummer?: boolean;
}

/** The keys of one message by which its context is looked up. */
export function sleutels(t: Berichttype, bericht: unknown): Sleutels {
  switch (t.nummer) {
    case '301': {
      const b = bericht as Bericht301;
      return {
        gemeente: b.Header.Afzender,
        agb: b.Header.Ontvanger,
        bsns: [b.Client.Bsn],
        nummers: b.Client.ToegewezenProducten.map((p) => p.ToewijzingNummer),
        referenties: b.Client.ToegewezenProducten.flatMap((p) => (p.ReferentieAanbieder ? [p.ReferentieAanbieder] : [])),
      };
    }
    case '305': {
      const b = bericht as Bericht305;
      const nummers = b.Client.StartProducten.flatMap((s) => (s.ToewijzingNummer === undefined ? [] : [s.ToewijzingNummer]));
      return { gemeente: b.Header.Ontvanger, agb: b.Header.Afzender, bsns: [b.Client.Bsn], nummers, referenties: [] };
    }
    case '307': {
      const b = bericht as Bericht307;
      const nummers = b.Client.StopProducten.flatMap((s) => (s.ToewijzingNummer === undefined ? [] : [s.ToewijzingNummer]));
      return { gemeente: b.Header.Ontvanger, agb: b.Header.Afzender, bsns: [b.Client.Bsn], nummers, referenties: [] };
    }
    case '315': {
      const b = bericht as Bericht315;
      return { gemeente: b.Header.Ontvanger, agb: b.Header.Afzender, bsns: [b.Client.Bsn], nummers: [], referenties: [] };
    }
    case '317': {
      const b = bericht as Bericht317;
      const v = b.Client.Verzoek;
      const nummers = [...(v.OngewijzigdeProducten ?? []), ...(v.TeWijzigenProducten ?? [])].map((p) => p.ToewijzingNummer);
      return { gemeente: b.Header.Ontvanger, agb: b.Header.Afzender, bsns: [b.Client.Bsn], nummers, referenties: [] };
    }
    case '323': {
      const b = bericht as Bericht323;
      const prestaties = b.Declaratie.Clienten.flatMap((c) => c.Prestaties);
      return {
        gemeente: b.Header.Ontvanger,
        agb: b.Header.Afzender,
        bsns: b.Declaratie.Clienten.map((c) => c.Bsn),
        nummers: [...new Set(prestaties.map((p) => p.ToewijzingNummer))],
        referenties: [
          ...new Set(
            prestaties.flatMap((p) => [p.ProductReferentie.ReferentieNummer, ...(p.ProductReferentie.VorigReferentieNummer ? [p.ProductReferentie.VorigReferentieNummer] : [])]),
          ),
        ],
        declaratieNummer: b.Declaratie.DeclaratieNummer,
      };
    }
    case '303': {
      // The legacy declaratie/factuur of release 3.0: its parties are Gemeente and Aanbieder, its
      // number the DeclarantFactuurNummer; a prestatie may lack its ToewijzingNummer (see below).
      const b = bericht as Bericht303;
      const prestaties = b.Clienten.flatMap((c) => c.Prestaties);
      return {
        gemeente: b.Header.Gemeente,
        agb: b.Header.Aanbieder,
        bsns: b.Clienten.map((c) => c.Bsn),
        nummers: [...new Set(prestaties.flatMap((p) => (p.ToewijzingNummer === undefined ? [] : [p.ToewijzingNummer])))],
        referenties: [
          ...new Set(
            prestaties.flatMap((p) => [p.ProductReferentie.ReferentieNummer, ...(p.ProductReferentie.VorigReferentieNummer ? [p.ProductReferentie.VorigReferentieNummer] : [])]),
          ),
        ],
        declaratieNummer: b.Header.DeclaratieFactuurIdentificatie.DeclarantFactuurNummer,
        zonderToewijzingNummer: prestaties.some((p) => p.ToewijzingNummer === undefined),
      };
    }
    default: {
      const h = (bericht as { Header: { Afzender: string; Ontvanger: string } }).Header;
      return { gemeente: h.Ontvanger, agb: h.Afzender, bsns: [], nummers: [], referenties: [] };
    }
  }
}

/**
 * The registers change only by an import; they are read once per key and kept — for one chunk of
 * work, or (`registersVoor` in batch.ts) for as long as no import happened. (Woonplaats is per client
 * and read per chunk.)
 */
export class RegisterCache {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Executor) {}

  private een<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.cache.set(key, p);
      // A read that failed (a dropped connection) is not kept: the next one asks again.
      p.catch(() => {
        if (this.cache.get(key) === p) this.cache.delete(key);
      });
    }
    return p;
  }

  private get repo(): RegisterRepository {
    return new RegisterRepository(this.db);
  }

  gemeenten() {
    return this.een('gemeenten', () => this.repo.gemeenten());
  }
  productcodes(gemeente: string, std: StandaardId) {
    return this.een(`pc/${gemeente}/${std}`, () => this.repo.productcodes([gemeente], std));
  }
  contracten(agb: string, gemeente: string, std: StandaardId) {
    return this.een(`c/${agb}/${gemeente}/${std}`, () => this.repo.contracten(agb, gemeente, std));
  }
  aanbieders(agb: string) {
    return this.een(`a/${agb}`, () => this.repo.aanbieders([agb]));
  }
  woonplaatsen(bsns: readonly string[]) {
    return this.repo.woonplaatsen(bsns);
  }
}
