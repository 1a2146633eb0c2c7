/**
 * A request URL as the logs may show it. The path stays (it holds route names and row ids) except a
 * run of exactly nine digits — what a BSN looks like (a row id that long is hidden too); of the query only the parameters our pages and API use for codes, dates and states keep their value, and
 * only when it looks like one: no spaces, no run of nine digits (a BSN). Every other value becomes
 * `[verborgen]` — a client can put anything in a URL (`?bsn=…`), and a free text field of a GET form
 * (the audit log's "Id") could be given anything too.
 */

/** Query parameters whose values are codes, dates, states or opaque cursors of ours. */
const TOEGESTAAN = new Set([
  // backoffice: rejections queue, berichtenverkeer, KPI dashboard, pages after an action
  'gemeente', 'aanbieder', 'berichttype', 'retourcode', 'status', 'soort', 'behandeling', 'sortering', 'na',
  'van', 'tot', 'jaar', 'peildatum', 'gedaan', 'retour', 'correctie', 'onderwerp',
  // API: KPI figures, batches
  'per', 'segment', 'perceel', 'productcategorie', 'productcode', 'afrekening', 'limiet', 'formaat', 'komma', 'vanaf', 'aantal',
]);

const WAARDE = /^[\w.,:-]{0,200}$/;
const BSN_ACHTIG = /\d{9}/;
const NEGEN_CIJFERS = /(?<!\d)\d{9}(?!\d)/g;
export const VERBORGEN = '[verborgen]';

const veiligeWaarde = (v: string): boolean => WAARDE.test(v) && !BSN_ACHTIG.test(v);

export function veiligeUrl(url: string): string {
  const vraag = url.indexOf('?');
  const pad = (vraag === -1 ? url : url.slice(0, vraag)).replace(NEGEN_CIJFERS, VERBORGEN);
  if (vraag === -1) return pad;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(vraag + 1));
  } catch {
    return `${pad}?${VERBORGEN}`;
  }
  const delen: string[] = [];
  for (const [k, v] of params) {
    const naam = WAARDE.test(k) && !BSN_ACHTIG.test(k) ? k : VERBORGEN;
    if (k === 'terug') {
      // A page to return to after logging in: its path, never its query.
      const terugPad = v.split('?')[0]!;
      delen.push(`terug=${encodeURIComponent(BSN_ACHTIG.test(terugPad) ? VERBORGEN : terugPad)}`);
    } else delen.push(`${naam}=${TOEGESTAAN.has(k) && veiligeWaarde(v) ? encodeURIComponent(v) : VERBORGEN}`);
  }
  return `${pad}?${delen.join('&')}`;
}
