/**
 * Walking a message's berichtklassen together with their element paths, so that every rule reports
 * the same path for the same element (`/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]`).
 */
import type {
  AangevraagdProduct315,
  Bericht301,
  Bericht303,
  Bericht305,
  Bericht307,
  Bericht315,
  Bericht317,
  Bericht323,
  Bericht325,
  Client303,
  Client323,
  Client325,
  Contact301,
  Geboortedatum,
  NieuwProduct317,
  Prestatie303,
  Prestatie323,
  Prestatie325,
  Relatie301,
  StartProduct305,
  StopProduct307,
  TeWijzigenProduct317,
  ToegewezenProduct301,
  VolledigeNaam,
} from '../standard/berichten.generated.js';

export interface Op<T> {
  readonly item: T;
  readonly pad: string;
}

export function* clienten323(b: Bericht323): Generator<Op<Client323>> {
  for (const [i, c] of b.Declaratie.Clienten.entries()) {
    yield { item: c, pad: `/Bericht/Declaratie/Clienten/Client[${i + 1}]` };
  }
}

export function* prestaties(b: Bericht323): Generator<Op<Prestatie323> & { readonly client: Client323 }> {
  for (const c of clienten323(b)) {
    for (const [i, p] of c.item.Prestaties.entries()) {
      yield { item: p, client: c.item, pad: `${c.pad}/Prestaties/Prestatie[${i + 1}]` };
    }
  }
}

/** The clients of a 303 (release 3.0): `/Bericht/Clienten/Client[1]`. */
export function* clienten303(b: Bericht303): Generator<Op<Client303>> {
  for (const [i, c] of b.Clienten.entries()) {
    yield { item: c, pad: `/Bericht/Clienten/Client[${i + 1}]` };
  }
}

export function* prestaties303(b: Bericht303): Generator<Op<Prestatie303> & { readonly client: Client303 }> {
  for (const c of clienten303(b)) {
    for (const [i, p] of c.item.Prestaties.entries()) {
      yield { item: p, client: c.item, pad: `${c.pad}/Prestaties/Prestatie[${i + 1}]` };
    }
  }
}

export function* clienten325(b: Bericht325): Generator<Op<Client325>> {
  for (const [i, c] of (b.DeclaratieAntwoord?.Clienten ?? []).entries()) {
    yield { item: c, pad: `/Bericht/DeclaratieAntwoord/Clienten/Client[${i + 1}]` };
  }
}

export function* prestaties325(b: Bericht325): Generator<Op<Prestatie325> & { readonly client: Client325 }> {
  for (const c of clienten325(b)) {
    for (const [i, p] of c.item.Prestaties.entries()) {
      yield { item: p, client: c.item, pad: `${c.pad}/Prestaties/Prestatie[${i + 1}]` };
    }
  }
}

export function* toegewezenProducten(b: Bericht301): Generator<Op<ToegewezenProduct301>> {
  for (const [i, p] of b.Client.ToegewezenProducten.entries()) {
    yield { item: p, pad: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]` };
  }
}

export function* relaties(b: Bericht301): Generator<Op<Relatie301>> {
  for (const [i, r] of (b.Client.Relaties ?? []).entries()) {
    yield { item: r, pad: `/Bericht/Client/Relaties/Relatie[${i + 1}]` };
  }
}

/** Every Contact of a 301: the client's own (Contactgegevens) and each relation's. */
export function* contacten(b: Bericht301): Generator<Op<Contact301>> {
  for (const [i, c] of b.Client.Contactgegevens.entries()) {
    yield { item: c, pad: `/Bericht/Client/Contactgegevens/Contact[${i + 1}]` };
  }
  for (const r of relaties(b)) yield { item: r.item.Contact, pad: `${r.pad}/Contact` };
}

export function* startProducten(b: Bericht305): Generator<Op<StartProduct305>> {
  for (const [i, p] of b.Client.StartProducten.entries()) {
    yield { item: p, pad: `/Bericht/Client/StartProducten/StartProduct[${i + 1}]` };
  }
}

export function* stopProducten(b: Bericht307): Generator<Op<StopProduct307>> {
  for (const [i, p] of b.Client.StopProducten.entries()) {
    yield { item: p, pad: `/Bericht/Client/StopProducten/StopProduct[${i + 1}]` };
  }
}

/** The client's and each relation's Geboortedatum in a 301 (a relation's is optional). */
export function* geboortedatums301(b: Bericht301): Generator<Op<Geboortedatum>> {
  yield { item: b.Client.Geboortedatum, pad: '/Bericht/Client/Geboortedatum' };
  for (const r of relaties(b)) {
    if (r.item.Geboortedatum) yield { item: r.item.Geboortedatum, pad: `${r.pad}/Geboortedatum` };
  }
}

/** The client's and each relation's Naam in a 301. */
export function* namen301(b: Bericht301): Generator<Op<VolledigeNaam>> {
  yield { item: b.Client.Naam, pad: '/Bericht/Client/Naam' };
  for (const r of relaties(b)) yield { item: r.item.Naam, pad: `${r.pad}/Naam` };
}

export function* aangevraagdeProducten(b: Bericht315): Generator<Op<AangevraagdProduct315>> {
  for (const [i, p] of b.Client.AangevraagdeProducten.entries()) {
    yield { item: p, pad: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]` };
  }
}

export function* teWijzigenProducten(b: Bericht317): Generator<Op<TeWijzigenProduct317>> {
  for (const [i, p] of (b.Client.Verzoek.TeWijzigenProducten ?? []).entries()) {
    yield { item: p, pad: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]` };
  }
}

export function* nieuweProducten(b: Bericht317): Generator<Op<NieuwProduct317>> {
  for (const [i, p] of (b.Client.Verzoek.NieuweProducten ?? []).entries()) {
    yield { item: p, pad: `/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[${i + 1}]` };
  }
}

/** A short name for a place in a message text: `/Bericht/.../Client[2]/Prestaties/Prestatie[1]` → `Client[2]/Prestatie[1]`. */
export function plaats(pad: string): string {
  const delen = pad.split('/').filter((d) => d.endsWith(']'));
  return delen.length > 0 ? delen.join('/') : pad;
}
