/**
 * A message's XML as the backoffice shows it: pretty-printed, one element per line, the original
 * line number beside each line, and the elements findings point at highlighted (by element path;
 * a path to an element that is missing highlights its nearest existing parent). Tolerant: text that
 * is not well-formed XML is shown as it is, with line numbers, highlighting the lines findings name.
 */
import { escape, veilig, type Html } from './html.js';

export interface Markering {
  readonly pad: string;
  readonly regel?: number;
  /** Short label read out for the highlighted line (`TR321`). */
  readonly label: string;
}

interface Uitvoerregel {
  diepte: number;
  tekst: string;
  bron: number;
  pad?: string;
}

const normaliseer = (p: string): string =>
  p
    .split('/')
    .filter(Boolean)
    .map((s) => (s.includes('[') ? s : `${s}[1]`))
    .join('/');

const lokaal = (naam: string): string => naam.slice(naam.indexOf(':') + 1);

/** Tokenises and indents; undefined when the text is not a balanced element tree. */
function mooi(xml: string): Uitvoerregel[] | undefined {
  const regels: Uitvoerregel[] = [];
  const stapel: { naam: string; pad: string; tellingen: Map<string, number>; regel: Uitvoerregel; kinderen: number }[] = [];
  const wortel = new Map<string, number>();
  let bron = 1;
  let i = 0;
  const telRegels = (tot: number): void => {
    for (let j = i; j < tot; j++) if (xml.charCodeAt(j) === 10) bron++;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      if (xml.slice(i).trim()) return undefined;
      break;
    }
    const tekst = xml.slice(i, lt);
    const top = stapel[stapel.length - 1];
    if (tekst.trim()) {
      if (!top) return undefined;
      top.regel.tekst += tekst.trim();
    }
    telRegels(lt);
    i = lt;
    let eind: number;
    if (xml.startsWith('<!--', i)) eind = xml.indexOf('-->', i) + 3;
    else if (xml.startsWith('<![CDATA[', i)) eind = xml.indexOf(']]>', i) + 3;
    else if (xml.startsWith('<?', i)) eind = xml.indexOf('?>', i) + 2;
    else eind = xml.indexOf('>', i) + 1;
    if (eind <= i) return undefined;
    const tag = xml.slice(i, eind);
    if (tag.startsWith('</')) {
      const t = stapel.pop();
      if (!t || lokaal(tag.slice(2, -1).trim()) !== t.naam) return undefined;
      if (t.kinderen === 0) t.regel.tekst += tag;
      else regels.push({ diepte: stapel.length, tekst: tag, bron });
    } else if (tag.startsWith('<!--') || tag.startsWith('<?') || tag.startsWith('<![CDATA[')) {
      if (tag.startsWith('<![CDATA[') && top) top.regel.tekst += tag;
      else regels.push({ diepte: stapel.length, tekst: tag, bron });
    } else {
      const naam = lokaal(/^<([^\s/>]+)/.exec(tag)?.[1] ?? '');
      if (!naam) return undefined;
      const ouder = stapel[stapel.length - 1];
      const tellingen = ouder ? ouder.tellingen : wortel;
      const n = (tellingen.get(naam) ?? 0) + 1;
      tellingen.set(naam, n);
      const pad = `${ouder ? ouder.pad + '/' : ''}${naam}[${n}]`;
      if (ouder) ouder.kinderen++;
      const regel: Uitvoerregel = { diepte: stapel.length, tekst: tag, bron, pad };
      regels.push(regel);
      if (!tag.endsWith('/>')) stapel.push({ naam, pad, tellingen: new Map(), regel, kinderen: 0 });
    }
    telRegels(eind);
    i = eind;
  }
  return stapel.length === 0 ? regels : undefined;
}

/** The line (index) each marking highlights: its element, or the nearest existing parent. */
function doelen(regels: readonly Uitvoerregel[], markeringen: readonly Markering[]): Map<number, string[]> {
  const perPad = new Map<string, number>();
  regels.forEach((r, i) => r.pad && perPad.set(r.pad, i));
  const uit = new Map<number, string[]>();
  for (const m of markeringen) {
    const delen = normaliseer(m.pad).split('/');
    let doel: number | undefined;
    for (let n = delen.length; n > 0 && doel === undefined; n--) doel = perPad.get(delen.slice(0, n).join('/'));
    if (doel === undefined && m.regel) doel = regels.findIndex((r) => r.bron === m.regel);
    if (doel === undefined || doel < 0) continue;
    uit.set(doel, [...(uit.get(doel) ?? []), m.label]);
  }
  return uit;
}

function regelHtml(nr: number, inhoud: string, labels: readonly string[] | undefined, id: string): string {
  const fout = labels && labels.length > 0;
  const label = fout ? `<span class="sr-only">Bevinding ${escape(labels.join(', '))}: </span>` : '';
  const naast = fout ? `<span class="xml-label" aria-hidden="true">${escape(labels.join(', '))}</span>` : '';
  return `<span class="xml-regel${fout ? ' xml-fout' : ''}" id="${id}"><span class="xml-nr" aria-hidden="true">${nr}</span>${label}${fout ? '<mark>' : ''}${inhoud}${fout ? '</mark>' : ''}${naast}</span>`;
}

export function xmlWeergave(xml: string, markeringen: readonly Markering[]): Html {
  const regels = mooi(xml);
  if (!regels) {
    const perRegel = new Map<number, string[]>();
    for (const m of markeringen) if (m.regel) perRegel.set(m.regel, [...(perRegel.get(m.regel) ?? []), m.label]);
    const ruw = xml.split('\n').map((r, i) => regelHtml(i + 1, escape(r), perRegel.get(i + 1), `xml-${i + 1}`));
    return veilig(`<pre class="xml" tabindex="0" aria-label="Het bericht zoals ontvangen">${ruw.join('')}</pre>`);
  }
  const markeer = doelen(regels, markeringen);
  const uit = regels.map((r, i) => regelHtml(r.bron, '  '.repeat(r.diepte) + escape(r.tekst), markeer.get(i), `xml-${i + 1}`));
  return veilig(`<pre class="xml" tabindex="0" aria-label="Het bericht, opgemaakt">${uit.join('')}</pre>`);
}
