/**
 * Typed message object → XML, driven by the same model as the schemas and the parser: elements in
 * the model's order, message classes in the message's namespace, composite datatypes' elements in the
 * basisschema's namespace, list classes written from arrays. Used for retours and generated fixtures.
 * The walk over the model is compiled once per message type and standard, so building is cheap also
 * for large declaraties.
 */
import { berichtmodellen, elementenVan, isLijstklasse, type Berichtnummer, type Klasse } from '../standard/model/berichten.js';
import { samengesteld } from '../standard/model/samengesteld.js';
import type { Berichten } from '../standard/berichten.generated.js';
import { basisschemaNamespace, berichtNamespace, berichtPrefix, type Standaard } from '../standard/standaard.js';

const escapeText = (s: string): string =>
  /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;

type Obj = Record<string, unknown>;

/** One element of a compiled class: its tags and how to write its value. */
interface Stap {
  readonly naam: string;
  readonly veel: boolean;
  readonly open: string;
  readonly sluit: string;
  /** Simple value, composite datatype, list class (its one repeated element), or message class. */
  readonly soort: 'waarde' | 'cdt' | 'lijst' | 'klasse';
  readonly kinderen?: readonly Stap[];
  /** For a list class: the tags of the repeated element. */
  readonly item?: { readonly open: string; readonly sluit: string; readonly kinderen: readonly Stap[] };
}

const gecompileerd = new Map<string, readonly Stap[]>();

function compileer(s: Standaard, nummer: Berichtnummer): readonly Stap[] {
  const sleutel = `${s.id}/${nummer}`;
  const bekend = gecompileerd.get(sleutel);
  if (bekend) return bekend;
  const p = berichtPrefix(s, nummer);
  const b = s.nsNaam;
  const cdts = new Map<string, readonly Stap[]>();
  const klassen = new Map<Klasse, readonly Stap[]>();

  const cdt = (type: string): readonly Stap[] => {
    const bekendeCdt = cdts.get(type);
    if (bekendeCdt) return bekendeCdt;
    const velden = (samengesteld as Record<string, readonly (readonly [string, string])[]>)[type]!;
    const stappen = velden.map(([n, t]): Stap => {
      const naam = n.replace(/\?$/, '');
      const tags = { open: `<${b}:${naam}>`, sluit: `</${b}:${naam}>` };
      return t.startsWith('CDT_') ? { naam, veel: false, ...tags, soort: 'cdt', kinderen: cdt(t) } : { naam, veel: false, ...tags, soort: 'waarde' };
    });
    cdts.set(type, stappen);
    return stappen;
  };

  const klasse = (k: Klasse): readonly Stap[] => {
    const bekendeKlasse = klassen.get(k);
    if (bekendeKlasse) return bekendeKlasse;
    const stappen = elementenVan(k, s.id).map((e): Stap => {
      const tags = { open: `<${p}:${e.naam}>`, sluit: `</${p}:${e.naam}>` };
      const veel = e.max === 'unbounded';
      if (typeof e.type === 'string') {
        return e.type.startsWith('CDT_') ? { naam: e.naam, veel, ...tags, soort: 'cdt', kinderen: cdt(e.type) } : { naam: e.naam, veel, ...tags, soort: 'waarde' };
      }
      if (isLijstklasse(e.type)) {
        const inner = e.type.elementen[0]!;
        const innerType = inner.type as Klasse;
        return {
          naam: e.naam,
          veel,
          ...tags,
          soort: 'lijst',
          item: { open: `<${p}:${inner.naam}>`, sluit: `</${p}:${inner.naam}>`, kinderen: klasse(innerType) },
        };
      }
      return { naam: e.naam, veel, ...tags, soort: 'klasse', kinderen: klasse(e.type) };
    });
    klassen.set(k, stappen);
    return stappen;
  };

  const stappen = klasse(berichtmodellen[nummer].root);
  gecompileerd.set(sleutel, stappen);
  return stappen;
}

export function buildBericht<N extends Berichtnummer>(s: Standaard, nummer: N, bericht: Berichten[N]): string {
  const p = berichtPrefix(s, nummer);
  const b = s.nsNaam;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${p}:Bericht xmlns:${p}="${berichtNamespace(s, nummer)}" xmlns:${b}="${basisschemaNamespace(s)}">`,
  ];

  const schrijf = (stappen: readonly Stap[], obj: Obj, indent: string): void => {
    const dieper = `${indent}  `;
    for (const st of stappen) {
      const v = obj[st.naam];
      if (v === undefined) continue;
      const items = st.veel ? (v as unknown[]) : [v];
      for (const item of items) {
        switch (st.soort) {
          case 'waarde':
            out.push(`${indent}${st.open}${escapeText(String(item))}${st.sluit}`);
            break;
          case 'lijst': {
            // A list class is written from an array: one element per item, inside the class.
            out.push(`${indent}${st.open}`);
            const it = st.item!;
            const nogDieper = `${dieper}  `;
            for (const x of item as unknown[]) {
              out.push(`${dieper}${it.open}`);
              schrijf(it.kinderen, x as Obj, nogDieper);
              out.push(`${dieper}${it.sluit}`);
            }
            out.push(`${indent}${st.sluit}`);
            break;
          }
          default:
            out.push(`${indent}${st.open}`);
            schrijf(st.kinderen!, item as Obj, dieper);
            out.push(`${indent}${st.sluit}`);
        }
      }
    }
  };

  schrijf(compileer(s, nummer), bericht as unknown as Obj, '  ');
  out.push(`</${p}:Bericht>`, '');
  return out.join('\n');
}
