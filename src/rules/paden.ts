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

// Plain arrays built with index loops (not generators over `entries()`): the rules walk these lists
// for every message, and iterating or spreading an array is what they do with them.

/** `[{ item, pad: `${prefix}[1]` }, …]` for the items of a list. */
function lijst<T>(items: readonly T[] | undefined, prefix: string): Op<T>[] {
  const uit: Op<T>[] = [];
  if (items) for (let i = 0; i < items.length; i++) uit.push({ item: items[i]!, pad: `${prefix}[${i + 1}]` });
  return uit;
}

/** The prestaties under each client, with their client: `${clientpad}/Prestaties/Prestatie[n]`. */
function prestatiesVan<C extends { readonly Prestaties: readonly P[] }, P>(clienten: readonly Op<C>[]): (Op<P> & { readonly client: C })[] {
  const uit: (Op<P> & { readonly client: C })[] = [];
  for (const c of clienten) {
    const ps = c.item.Prestaties;
    for (let i = 0; i < ps.length; i++) uit.push({ item: ps[i]!, client: c.item, pad: `${c.pad}/Prestaties/Prestatie[${i + 1}]` });
  }
  return uit;
}

export function clienten323(b: Bericht323): Op<Client323>[] {
  return lijst(b.Declaratie.Clienten, '/Bericht/Declaratie/Clienten/Client');
}

export function prestaties(b: Bericht323): (Op<Prestatie323> & { readonly client: Client323 })[] {
  return prestatiesVan<Client323, Prestatie323>(clienten323(b));
}

/** The clients of a 303 (release 3.0): `/Bericht/Clienten/Client[1]`. */
export function clienten303(b: Bericht303): Op<Client303>[] {
  return lijst(b.Clienten, '/Bericht/Clienten/Client');
}

export function prestaties303(b: Bericht303): (Op<Prestatie303> & { readonly client: Client303 })[] {
  return prestatiesVan<Client303, Prestatie303>(clienten303(b));
}

export function clienten325(b: Bericht325): Op<Client325>[] {
  return lijst(b.DeclaratieAntwoord?.Clienten, '/Bericht/DeclaratieAntwoord/Clienten/Client');
}

export function prestaties325(b: Bericht325): (Op<Prestatie325> & { readonly client: Client325 })[] {
  return prestatiesVan<Client325, Prestatie325>(clienten325(b));
}

export function toegewezenProducten(b: Bericht301): Op<ToegewezenProduct301>[] {
  return lijst(b.Client.ToegewezenProducten, '/Bericht/Client/ToegewezenProducten/ToegewezenProduct');
}

export function relaties(b: Bericht301): Op<Relatie301>[] {
  return lijst(b.Client.Relaties, '/Bericht/Client/Relaties/Relatie');
}

/** Every Contact of a 301: the client's own (Contactgegevens) and each relation's. */
export function contacten(b: Bericht301): Op<Contact301>[] {
  const uit = lijst(b.Client.Contactgegevens, '/Bericht/Client/Contactgegevens/Contact');
  for (const r of relaties(b)) uit.push({ item: r.item.Contact, pad: `${r.pad}/Contact` });
  return uit;
}

export function startProducten(b: Bericht305): Op<StartProduct305>[] {
  return lijst(b.Client.StartProducten, '/Bericht/Client/StartProducten/StartProduct');
}

export function stopProducten(b: Bericht307): Op<StopProduct307>[] {
  return lijst(b.Client.StopProducten, '/Bericht/Client/StopProducten/StopProduct');
}

/** The client's and each relation's Geboortedatum in a 301 (a relation's is optional). */
export function geboortedatums301(b: Bericht301): Op<Geboortedatum>[] {
  const uit: Op<Geboortedatum>[] = [{ item: b.Client.Geboortedatum, pad: '/Bericht/Client/Geboortedatum' }];
  for (const r of relaties(b)) {
    if (r.item.Geboortedatum) uit.push({ item: r.item.Geboortedatum, pad: `${r.pad}/Geboortedatum` });
  }
  return uit;
}

/** The client's and each relation's Naam in a 301. */
export function namen301(b: Bericht301): Op<VolledigeNaam>[] {
  const uit: Op<VolledigeNaam>[] = [{ item: b.Client.Naam, pad: '/Bericht/Client/Naam' }];
  for (const r of relaties(b)) uit.push({ item: r.item.Naam, pad: `${r.pad}/Naam` });
  return uit;
}

export function aangevraagdeProducten(b: Bericht315): Op<AangevraagdProduct315>[] {
  return lijst(b.Client.AangevraagdeProducten, '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct');
}

export function teWijzigenProducten(b: Bericht317): Op<TeWijzigenProduct317>[] {
  return lijst(b.Client.Verzoek.TeWijzigenProducten, '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct');
}

export function nieuweProducten(b: Bericht317): Op<NieuwProduct317>[] {
  return lijst(b.Client.Verzoek.NieuweProducten, '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct');
}

/** A short name for a place in a message text: `/Bericht/.../Client[2]/Prestaties/Prestatie[1]` → `Client[2]/Prestatie[1]`. */
export function plaats(pad: string): string {
  const delen = pad.split('/').filter((d) => d.endsWith(']'));
  return delen.length > 0 ? delen.join('/') : pad;
}
