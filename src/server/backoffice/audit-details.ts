/** An audit entry's details as a person reads them: `besluit: toekennen · van: afgewezen · …`. */
export function auditDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? (v.length > 0 ? v.join(', ') : '–') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}
