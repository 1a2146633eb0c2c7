/**
 * Charts as inline SVG, drawn on the server (no chart library, no script): bars (grouped or
 * stacked) and lines (solid or dashed, with an optional band and reference lines). Each chart is an
 * image with a title and description for screen readers; the table beside it carries the numbers.
 */
import { escape, html, veilig, type Html } from './html.js';

export const KLEUREN = ['#1f5fa8', '#d9822b', '#2e8540', '#8b3fa8', '#b8322f', '#5b6770', '#0f7c85', '#a8551b', '#6d8a1f', '#c2417f'];

export interface Reeks {
  readonly naam: string;
  readonly waarden: readonly (number | null)[];
  /** `streep`: dashed (forecasts). */
  readonly stijl?: 'lijn' | 'streep';
  /** Index in KLEUREN. */
  readonly kleur?: number;
}

export interface Referentie {
  readonly waarde: number;
  readonly naam: string;
}

interface Basis {
  /** Unique on the page: used for the title/description ids. */
  readonly id: string;
  readonly titel: string;
  readonly beschrijving: string;
  readonly labels: readonly string[];
  readonly reeksen: readonly Reeks[];
  readonly referenties?: readonly Referentie[];
  /** How axis values are written (`€ 12k`, `30 d`). */
  readonly formaat?: (n: number) => string;
  /** The values are counts: ticks on whole numbers only (no 0,5 of a client). */
  readonly geheel?: boolean;
}

export interface StaafOpties extends Basis {
  readonly gestapeld?: boolean;
}

export interface LijnOpties extends Basis {
  /** A shaded band between two series of values (bandbreedte). */
  readonly band?: { readonly naam: string; readonly onder: readonly number[]; readonly boven: readonly number[] };
}

const B = 720;
const H = 340;
const M = { links: 64, rechts: 16, boven: 16, onder: 84 };

/** Axis labels longer than this are shortened (the table has them whole). */
const kort = (l: string): string => (l.length > 18 ? `${l.slice(0, 17)}…` : l);

/** Round tick steps: 1, 2, 2.5, 5 × 10^n; for counts (`geheel`) whole steps of 1, 2, 5 × 10^n. */
export function ticks(min: number, max: number, n = 5, geheel = false): number[] {
  if (!(max > min)) return [min, min + 1];
  const ruw = geheel ? Math.max((max - min) / n, 1) : (max - min) / n;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = (geheel ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((f) => f * macht).find((s) => s >= ruw) ?? 10 * macht;
  const uit: number[] = [];
  for (let v = Math.floor(min / stap) * stap; v <= max + stap * 1e-9; v += stap) uit.push(Math.round(v * 1e6) / 1e6);
  if (uit[uit.length - 1]! < max) uit.push(uit[uit.length - 1]! + stap);
  return uit;
}

const standaardFormaat = (n: number): string => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);

interface Schaal {
  y(v: number): number;
  x0(i: number): number;
  bandBreedte: number;
  assen: string;
}

function schaal(o: Basis, waarden: readonly number[]): Schaal {
  const min = Math.min(0, ...waarden);
  const max = Math.max(1, ...waarden);
  const t = ticks(min, max, 5, o.geheel);
  const lo = t[0]!;
  const hi = t[t.length - 1]!;
  const hoogte = H - M.boven - M.onder;
  const breedte = B - M.links - M.rechts;
  const y = (v: number): number => M.boven + hoogte - ((v - lo) / (hi - lo)) * hoogte;
  const n = Math.max(o.labels.length, 1);
  const bandBreedte = breedte / n;
  const x0 = (i: number): number => M.links + i * bandBreedte;
  const f = o.formaat ?? standaardFormaat;
  const stapLabels = Math.ceil(n / 14);
  const assen = [
    ...t.map(
      (v) =>
        `<line x1="${M.links}" x2="${B - M.rechts}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? '#6b7280' : '#e2e6ea'}" stroke-width="1"/>` +
        `<text x="${M.links - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#3f3f3f">${escape(f(v))}</text>`,
    ),
    ...o.labels.map((l, i) =>
      i % stapLabels === 0
        ? `<text x="${(x0(i) + bandBreedte / 2).toFixed(1)}" y="${H - M.onder + 16}" text-anchor="end" font-size="11" fill="#3f3f3f" transform="rotate(-35 ${(x0(i) + bandBreedte / 2).toFixed(1)} ${H - M.onder + 16})">${escape(kort(l))}</text>`
        : '',
    ),
    `<line x1="${M.links}" x2="${M.links}" y1="${M.boven}" y2="${H - M.onder}" stroke="#6b7280"/>`,
  ].join('');
  return { y, x0, bandBreedte, assen };
}

function referenties(o: Basis, s: Schaal): string {
  return (o.referenties ?? [])
    .map(
      (r) =>
        `<line x1="${M.links}" x2="${B - M.rechts}" y1="${s.y(r.waarde).toFixed(1)}" y2="${s.y(r.waarde).toFixed(1)}" stroke="#b8322f" stroke-width="2" stroke-dasharray="6 3"/>` +
        // The label at the left: at the right end forecasts and trends usually meet the line.
        `<text x="${M.links + 6}" y="${(s.y(r.waarde) - 5).toFixed(1)}" text-anchor="start" font-size="11" font-weight="600" fill="#8a1c1a">${escape(r.naam)}</text>`,
    )
    .join('');
}

function omhulsel(o: Basis, inhoud: string): string {
  return `<svg class="grafiek" viewBox="0 0 ${B} ${H}" role="img" aria-labelledby="${o.id}-titel ${o.id}-beschrijving" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${o.id}-titel">${escape(o.titel)}</title><desc id="${o.id}-beschrijving">${escape(o.beschrijving)}</desc>${inhoud}</svg>`;
}

/** A legend swatch as a tiny SVG (no inline styles: the page's CSP allows none). */
function staal(kleur: string, soort: 'vlak' | 'streep' | 'band' | 'lijn' = 'vlak'): Html {
  if (soort === 'streep') return veilig(`<svg class="staal" width="22" height="12" aria-hidden="true"><line x1="0" x2="22" y1="6" y2="6" stroke="${kleur}" stroke-width="3" stroke-dasharray="5 3"/></svg>`);
  if (soort === 'lijn') return veilig(`<svg class="staal" width="22" height="12" aria-hidden="true"><line x1="0" x2="22" y1="6" y2="6" stroke="${kleur}" stroke-width="3"/></svg>`);
  return veilig(`<svg class="staal" width="14" height="14" aria-hidden="true"><rect x="0.5" y="0.5" width="13" height="13" rx="2" fill="${soort === 'band' ? '#dfe8f3' : kleur}" stroke="rgba(0,0,0,.3)"/></svg>`);
}

function legenda(o: Basis, lijnen: boolean, extra: Html[] = []): Html {
  return html`<ul class="legenda" aria-hidden="true">${o.reeksen.map((r, i) => {
    const kleur = KLEUREN[(r.kleur ?? i) % KLEUREN.length]!;
    return html`<li>${staal(kleur, r.stijl === 'streep' ? 'streep' : lijnen ? 'lijn' : 'vlak')}${r.naam}</li>`;
  })}${(o.referenties ?? []).map((r) => html`<li>${staal('#b8322f', 'streep')}${r.naam}</li>`)}${extra}</ul>`;
}

export function staafGrafiek(o: StaafOpties): { svg: Html; legenda: Html } {
  const n = o.labels.length;
  const sommen = o.labels.map((_, i) => o.reeksen.reduce((s, r) => s + Math.max(r.waarden[i] ?? 0, 0), 0));
  const alle = o.gestapeld ? sommen : o.reeksen.flatMap((r) => r.waarden.filter((v): v is number => v !== null));
  const s = schaal(o, [...alle, ...(o.referenties ?? []).map((r) => r.waarde)]);
  const f = o.formaat ?? standaardFormaat;
  const staven: string[] = [];
  // Bars no wider than this, centred in their band: a chart of one or two groups stays a bar chart.
  const maxStaaf = 56;
  for (let i = 0; i < n; i++) {
    const binnen = Math.min(s.bandBreedte * 0.8, maxStaaf * (o.gestapeld ? 1 : Math.max(o.reeksen.length, 1)));
    const start = s.x0(i) + (s.bandBreedte - binnen) / 2;
    let stapel = 0;
    o.reeksen.forEach((r, ri) => {
      const v = r.waarden[i];
      if (v === null || v === undefined) return;
      const kleur = KLEUREN[(r.kleur ?? ri) % KLEUREN.length];
      let x: number;
      let w: number;
      let y1: number;
      let y2: number;
      if (o.gestapeld) {
        x = start;
        w = binnen;
        y1 = s.y(stapel + v);
        y2 = s.y(stapel);
        stapel += v;
      } else {
        w = binnen / o.reeksen.length;
        x = start + ri * w;
        y1 = s.y(Math.max(v, 0));
        y2 = s.y(Math.min(v, 0));
      }
      staven.push(
        `<rect x="${x.toFixed(1)}" y="${y1.toFixed(1)}" width="${Math.max(w - 1, 1).toFixed(1)}" height="${Math.max(y2 - y1, 0).toFixed(1)}" fill="${kleur}"><title>${escape(`${o.labels[i]}: ${r.naam} ${f(v)}`)}</title></rect>`,
      );
    });
  }
  return { svg: veilig(omhulsel(o, s.assen + staven.join('') + referenties(o, s))), legenda: legenda(o, false) };
}

export function lijnGrafiek(o: LijnOpties): { svg: Html; legenda: Html } {
  const alle = [
    ...o.reeksen.flatMap((r) => r.waarden.filter((v): v is number => v !== null)),
    ...(o.band ? [...o.band.onder, ...o.band.boven] : []),
    ...(o.referenties ?? []).map((r) => r.waarde),
  ];
  const s = schaal(o, alle);
  const midden = (i: number): number => s.x0(i) + s.bandBreedte / 2;
  const f = o.formaat ?? standaardFormaat;
  let band = '';
  if (o.band && o.band.onder.length > 0) {
    const boven = o.band.boven.map((v, i) => `${midden(i).toFixed(1)},${s.y(v).toFixed(1)}`);
    const onder = o.band.onder.map((v, i) => `${midden(i).toFixed(1)},${s.y(v).toFixed(1)}`).reverse();
    band = `<polygon points="${[...boven, ...onder].join(' ')}" fill="#dfe8f3" stroke="none"><title>${escape(o.band.naam)}</title></polygon>`;
  }
  const lijnen = o.reeksen
    .map((r, ri) => {
      const kleur = KLEUREN[(r.kleur ?? ri) % KLEUREN.length];
      const punten = r.waarden.map((v, i) => (v === null ? null : ([midden(i), s.y(v), v, i] as const)));
      const delen: string[] = [];
      let huidig: string[] = [];
      for (const p of punten) {
        if (p === null) {
          if (huidig.length > 0) delen.push(huidig.join(' '));
          huidig = [];
        } else huidig.push(`${p[0].toFixed(1)},${p[1].toFixed(1)}`);
      }
      if (huidig.length > 0) delen.push(huidig.join(' '));
      const streep = r.stijl === 'streep' ? ' stroke-dasharray="7 5"' : '';
      return (
        delen.map((d) => `<polyline points="${d}" fill="none" stroke="${kleur}" stroke-width="2.5"${streep}/>`).join('') +
        punten
          .filter((p): p is NonNullable<typeof p> => p !== null)
          .map((p) => `<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="3.5" fill="${kleur}"><title>${escape(`${o.labels[p[3]]}: ${r.naam} ${f(p[2])}`)}</title></circle>`)
          .join('')
      );
    })
    .join('');
  const extra = o.band ? [html`<li>${staal('', 'band')}${o.band.naam}</li>`] : [];
  return { svg: veilig(omhulsel(o, s.assen + band + lijnen + referenties(o, s))), legenda: legenda(o, true, extra) };
}
