/**
 * When a retour must be sent: within three working days of receiving the heen message (OP090), a
 * 325 within ten (OP090x4), also when everything is approved. When no retour can be made (a message
 * that is not XML or fails its schema), the receiver reports that outside the message traffic
 * (OP090x2). The standard does not list the days that are not working days beyond the weekend; the
 * caller passes its own (public holidays, closing days).
 */
import { berichttype } from '../standard/catalogue.js';
import type { Berichtnummer } from '../standard/model/berichten.js';

/** Working days after receipt within which each retour message is due. */
export const retourtermijnWerkdagen: Readonly<Partial<Record<Berichtnummer, number>>> = {
  '302': 3,
  '306': 3,
  '308': 3,
  '316': 3,
  '318': 3,
  '320': 3,
  '325': 10,
};

/**
 * The last day on which a message received on `ontvangen` (YYYY-MM-DD) may be answered, `werkdagen`
 * working days later: the first working day after receipt is day 1; Saturdays, Sundays and the given
 * `vrijeDagen` do not count.
 */
export function uitersteDatum(ontvangen: string, werkdagen: number, vrijeDagen: ReadonlySet<string> = new Set()): string {
  const dag = new Date(`${ontvangen}T00:00:00Z`);
  if (Number.isNaN(dag.getTime())) throw new RangeError(`not a date: ${ontvangen}`);
  let over = werkdagen;
  while (over > 0) {
    dag.setUTCDate(dag.getUTCDate() + 1);
    const iso = dag.toISOString().slice(0, 10);
    const weekdag = dag.getUTCDay();
    if (weekdag !== 0 && weekdag !== 6 && !vrijeDagen.has(iso)) over--;
  }
  return dag.toISOString().slice(0, 10);
}

/**
 * The last day the retour on a received message of this type (`WMO305`, `JW323`) may be sent, when
 * its type has a retour with a deadline; `ontvangenDag` is the Dutch calendar day of receipt.
 */
export function uitersteRetourdatum(type: string, ontvangenDag: string, vrijeDagen?: ReadonlySet<string>): string | undefined {
  const t = berichttype(type);
  const werkdagen = t?.retour ? retourtermijnWerkdagen[t.retour] : undefined;
  return werkdagen ? uitersteDatum(ontvangenDag, werkdagen, vrijeDagen) : undefined;
}
