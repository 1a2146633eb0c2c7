/**
 * Writes `berichten.generated.ts`: the TypeScript types of every message, derived from the model, so
 * the typed objects `parseBericht` returns and the retour builder takes cannot drift from the schemas.
 */
import { berichtmodellen, isLijstklasse, type Berichtnummer, type Klasse } from './model/berichten.js';
import { datatypes } from './model/datatypes.js';
import { samengesteld } from './model/samengesteld.js';

function tsType(type: string): string {
  const d = (datatypes as Record<string, { base: string; codelijst?: string }>)[type];
  if (d) return d.base === 'integer' ? 'number' : 'string';
  return type.replace(/^CDT_/, '');
}

export function generateTypes(): string {
  const out: string[] = [
    '// Generated from src/standard/model by `npm run schemas`; do not edit.',
    '// Element names are the standard\'s own; list classes are arrays; xs:integer is number.',
    '/* eslint-disable */',
    '',
  ];
  for (const [naam, velden] of Object.entries(samengesteld)) {
    out.push(`export interface ${naam.replace(/^CDT_/, '')} {`);
    for (const [n, t] of velden) {
      const optioneel = n.endsWith('?');
      out.push(`  ${optioneel ? n.slice(0, -1) + '?' : n}: ${tsType(t)};`);
    }
    out.push('}', '');
  }
  for (const nummer of Object.keys(berichtmodellen) as Berichtnummer[]) {
    const gedaan = new Set<string>();
    const interfaceNaam = (k: Klasse): string => (k.naam === 'Root' ? `Bericht${nummer}` : `${k.naam}${nummer}`);
    const typeVan = (t: string | Klasse): string => {
      if (typeof t === 'string') return tsType(t);
      if (isLijstklasse(t)) {
        const item = t.elementen[0]!.type;
        return `${typeVan(item)}[]`;
      }
      return interfaceNaam(t);
    };
    const schrijf = (k: Klasse): void => {
      if (isLijstklasse(k)) {
        schrijf(k.elementen[0]!.type as Klasse);
        return;
      }
      if (gedaan.has(k.naam)) return;
      gedaan.add(k.naam);
      const regels = k.elementen.map((e) => {
        const optioneel = e.min === 0 || e.alleen !== undefined;
        const t = typeVan(e.type);
        const meervoud = e.max === 'unbounded' ? `${t.includes('[') ? `(${t})` : t}[]` : t;
        return `  ${e.naam}${optioneel ? '?' : ''}: ${meervoud};`;
      });
      out.push(`export interface ${interfaceNaam(k)} {`, ...regels, '}', '');
      for (const e of k.elementen) if (typeof e.type !== 'string') schrijf(e.type);
    };
    schrijf(berichtmodellen[nummer].root);
  }
  out.push('/** The typed object of each message, by number. */', 'export interface Berichten {');
  for (const nummer of Object.keys(berichtmodellen)) out.push(`  '${nummer}': Bericht${nummer};`);
  out.push('}', '');
  return out.join('\n');
}
