/**
 * Where a stored message stands, as the ingestion edges report it: still in the pipeline (`wacht`),
 * done (`afgerond`: technically rejected, answered, recorded, held back, or ended by a person outside
 * the message traffic), or waiting for a person
 * (`in-onderzoek`: the retour waits too). Read from the message's status and fase only, so an edge
 * can report progress without knowing how the stages are transported.
 */
import type { BerichtStatus } from '../db/status.js';
import { voorbij } from '../db/status.js';
import { berichttype } from '../standard/catalogue.js';

export type Voortgang = 'wacht' | 'afgerond' | 'in-onderzoek';

const EINDSTATUS: ReadonlySet<BerichtStatus> = new Set(['technisch-afgekeurd', 'beantwoord', 'verwerkt', 'tegengehouden', 'afgehandeld']);

/** Does a received message of this type get a retour from us (the heen messages aanbieders send)? */
export function krijgtRetour(type: string | null): boolean {
  const t = type ? berichttype(type) : undefined;
  return t !== undefined && t.richting === 'aanbieder-gemeente' && t.retour !== undefined;
}

export function voortgangVan(rij: { readonly status: string; readonly fase: string; readonly berichttype: string | null }): Voortgang {
  if (rij.status === 'in-onderzoek') return 'in-onderzoek';
  if (EINDSTATUS.has(rij.status as BerichtStatus)) return 'afgerond';
  if (voorbij(rij.fase, 'retour')) return 'afgerond';
  // Rejected on an in-message rule or as a duplicate, and no retour follows for this type.
  if (rij.status === 'afgekeurd' && voorbij(rij.fase, 'beslist') && !krijgtRetour(rij.berichttype)) return 'afgerond';
  return 'wacht';
}
