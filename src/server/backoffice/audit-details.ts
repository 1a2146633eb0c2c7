import { tijdstip } from './formaat.js';
import { html, type Html } from './html.js';

/** An audit entry's details as a person reads them: `besluit: toekennen · van: afgewezen · …`. */
export function auditDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? (v.length > 0 ? v.join(', ') : '–') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

/** Who did it, as a person reads it: `Anna de Vries (gebruiker:3)`, or the channel `kanaal:vecozo`. */
export function wieTekst(a: { readonly wie: string; readonly wieNaam?: string | undefined }): string {
  return a.wieNaam ? `${a.wieNaam} (${a.wie})` : a.wie;
}

/** The audit log as a table (the bericht page and Beheer → Auditlog show the same columns). */
export function auditTabel(
  regels: readonly { readonly op: Date; readonly wie: string; readonly wieNaam?: string | undefined; readonly actie: string; readonly onderwerp: string; readonly onderwerpId: string | null; readonly details: unknown }[],
): Html {
  return html`<table class="lijst" id="auditlog"><thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Actie</th><th scope="col">Onderwerp</th><th scope="col">Details</th></tr></thead>
<tbody>${regels.map(
    (a) => html`<tr><td>${tijdstip(a.op)}</td><td>${wieTekst(a)}</td><td>${a.actie}</td><td>${a.onderwerp} ${a.onderwerpId ?? ''}</td><td class="klein">${auditDetails(a.details)}</td></tr>`,
  )}</tbody></table>`;
}
