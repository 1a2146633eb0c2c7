/**
 * The berichtklasse instances of a heen message by element path, as findings name them
 * (`/Bericht/Client`, `/Bericht/Client/StartProducten/StartProduct[2]`,
 * `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]`), and the assignment of a
 * beoordeling's retourcodes to them. A code given on an element path (`.../StartProduct[2]/Begindatum`)
 * belongs to the class instance holding that element; a code on the Header, or on the message as a
 * whole (`/Bericht`), belongs to the header.
 */
import { elementenVan, isLijstklasse, type Klasse } from '../standard/model/berichten.js';
import type { StandaardId } from '../standard/standaard.js';

type Obj = Record<string, unknown>;

export interface Instantie {
  readonly pad: string;
  readonly klasse: Klasse;
  readonly obj: Obj;
  /** The path of the enclosing class instance; absent for the top class under the header. */
  readonly ouder?: string;
}

export const BERICHT = '/Bericht';
export const HEADER = '/Bericht/Header';

/** Every berichtklasse instance below the root, except the Header, in document order. */
export function instanties(standaard: StandaardId, root: Klasse, bericht: object): Map<string, Instantie> {
  const uit = new Map<string, Instantie>();
  const loop = (k: Klasse, obj: Obj, pad: string, ouder: string | undefined): void => {
    if (pad !== BERICHT) uit.set(pad, { pad, klasse: k, obj, ouder });
    const eigen = pad === BERICHT ? undefined : pad;
    for (const e of elementenVan(k, standaard)) {
      const v = obj[e.naam];
      if (v === undefined || typeof e.type === 'string') continue;
      if (pad === BERICHT && e.naam === 'Header') continue;
      if (isLijstklasse(e.type)) {
        const inner = e.type.elementen[0]!;
        (v as Obj[]).forEach((item, i) => loop(inner.type as Klasse, item, `${pad}/${e.naam}/${inner.naam}[${i + 1}]`, eigen));
      } else if (e.max === 'unbounded') {
        (v as Obj[]).forEach((item, i) => loop(e.type as Klasse, item, `${pad}/${e.naam}[${i + 1}]`, eigen));
      } else {
        loop(e.type, v as Obj, `${pad}/${e.naam}`, eigen);
      }
    }
  };
  loop(root, bericht as Obj, BERICHT, undefined);
  return uit;
}

export interface Toewijzing {
  /** Codes on the Header or on the message as a whole. */
  readonly header: string[];
  /** Codes per class instance path, each code once. */
  readonly perDeel: Map<string, string[]>;
  /** Paths that name no part of this message. */
  readonly onbekend: string[];
}

const zonderIndex = (segment: string): string => segment.replace(/\[\d+\]$/, '');

/**
 * The class instance a path belongs to: the path itself, or the nearest enclosing instance when the
 * rest of the path names an element of that class (a simple or composite element, or a list or class
 * element that is absent). A path through a list item or class that does not exist belongs nowhere.
 */
function eigenaar(pad: string, alle: ReadonlyMap<string, Instantie>, standaard: StandaardId): string | undefined {
  if (alle.has(pad)) return pad;
  const segmenten = pad.split('/');
  for (let n = segmenten.length - 1; n > 2; n--) {
    const kandidaat = segmenten.slice(0, n).join('/');
    const inst = alle.get(kandidaat);
    if (!inst) continue;
    const rest = segmenten.slice(n);
    const eerste = rest[0]!;
    if (eerste !== zonderIndex(eerste)) return undefined;
    const element = elementenVan(inst.klasse, standaard).find((e) => e.naam === eerste);
    if (!element) return undefined;
    if (typeof element.type !== 'string' && rest.length > 1) return undefined;
    return kandidaat;
  }
  return undefined;
}

function voegToe(doel: string[], codes: readonly string[]): void {
  for (const c of codes) if (!doel.includes(c)) doel.push(c);
}

export function wijsToe(
  delen: ReadonlyMap<string, readonly string[]>,
  alle: ReadonlyMap<string, Instantie>,
  standaard: StandaardId,
): Toewijzing {
  const header: string[] = [];
  const perDeel = new Map<string, string[]>();
  const onbekend: string[] = [];
  for (const [ruwPad, codes] of delen) {
    const pad = ruwPad.length > 1 ? ruwPad.replace(/\/$/, '') : ruwPad;
    if (pad === '/' || pad === BERICHT || pad === HEADER || pad.startsWith(`${HEADER}/`)) {
      voegToe(header, codes);
      continue;
    }
    const van = eigenaar(pad, alle, standaard);
    if (van === undefined) {
      onbekend.push(ruwPad);
      continue;
    }
    let lijst = perDeel.get(van);
    if (!lijst) perDeel.set(van, (lijst = []));
    voegToe(lijst, codes);
  }
  return { header, perDeel, onbekend };
}
