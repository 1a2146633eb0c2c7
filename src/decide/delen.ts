/**
 * Which part of a message a finding is about: the berichtklasse instance its path lies in.
 * `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductTarief` is about
 * `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]`; `/Bericht/Header/...` is about the
 * message as a whole.
 */
import { beoordeeldeKlassen, type Berichtnummer } from '../standard/model/berichten.js';

export const HEADER = '/Bericht/Header';

const cache = new Map<Berichtnummer, ReadonlySet<string>>();

function klassen(nummer: Berichtnummer): ReadonlySet<string> {
  let k = cache.get(nummer);
  if (!k) {
    k = beoordeeldeKlassen(nummer);
    cache.set(nummer, k);
  }
  return k;
}

/** The part a path lies in; `HEADER` for the header and for paths outside every class. */
export function deelVan(nummer: Berichtnummer, path: string): string {
  const segmenten = path.split('/').filter(Boolean);
  const namen = klassen(nummer);
  for (let i = segmenten.length - 1; i >= 1; i--) {
    const naam = segmenten[i]!.replace(/\[\d+\]$/, '');
    if (namen.has(naam)) {
      // Normalise a missing index on repeatable classes to [1], as rules write them.
      return '/' + segmenten.slice(0, i + 1).join('/');
    }
  }
  return HEADER;
}
