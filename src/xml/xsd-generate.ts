/**
 * Writes the project's XSDs from the model: a basisschema and one schema per message, per standard
 * and release. A release's basisschema holds the datatypes its messages use, in the model's order
 * (for 3.2 that is every datatype of the 3.2 basisschema; for 3.0 the ones the 303 needs).
 * The output is committed under `schemas/` (see `iwj schemas --write`); a test keeps it in step.
 */
import { berichtmodellen, elementenVan, type Berichtnummer, type Element, type Klasse } from '../standard/model/berichten.js';
import { datatypes } from '../standard/model/datatypes.js';
import { samengesteld } from '../standard/model/samengesteld.js';
import type { CodelijstNaam } from '../standard/model/codelijsten.js';
import type { Datatype } from '../standard/model/types.js';
import { codes } from '../standard/codes.js';
import {
  basisschemaNamespace,
  berichtcodesVan,
  berichtNamespace,
  berichtPrefix,
  type Standaard,
} from '../standard/standaard.js';

const XS = 'http://www.w3.org/2001/XMLSchema';

function attr(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function banner(s: Standaard, wat: string): string {
  return `<!-- ${s.id} ${s.release.naam} ${wat}. Generated from src/standard/model by \`npm run schemas\`; do not edit. -->`;
}

function simpleType(s: Standaard, naam: string, d: Datatype): string {
  const facets: string[] = [];
  if (d.minLength !== undefined) facets.push(`<xs:minLength value="${d.minLength}"/>`);
  if (d.maxLength !== undefined) facets.push(`<xs:maxLength value="${d.maxLength}"/>`);
  if (d.minInclusive !== undefined) facets.push(`<xs:minInclusive value="${d.minInclusive}"/>`);
  if (d.maxInclusive !== undefined) facets.push(`<xs:maxInclusive value="${d.maxInclusive}"/>`);
  if (d.pattern !== undefined) facets.push(`<xs:pattern value="${attr(d.pattern)}"/>`);
  if (d.codelijst !== undefined) {
    for (const [code] of codes(d.codelijst as CodelijstNaam, s.id)) facets.push(`<xs:enumeration value="${attr(code)}"/>`);
  }
  return [
    `  <xs:simpleType name="${naam}">`,
    `    <xs:restriction base="xs:${d.base}">`,
    ...facets.map((f) => `      ${f}`),
    `    </xs:restriction>`,
    `  </xs:simpleType>`,
  ].join('\n');
}

function kardinaliteit(e: Pick<Element, 'min' | 'max'>): string {
  return (e.min === 0 ? ' minOccurs="0"' : '') + (e.max === 'unbounded' ? ' maxOccurs="unbounded"' : '');
}

/** The datatypes (LDT_* and CDT_*) the messages of the descriptor's release use, composites followed. */
function gebruikteDatatypes(s: Standaard): ReadonlySet<string> {
  const typen = new Set<string>();
  const cdts = samengesteld as Record<string, readonly (readonly [string, string])[]>;
  const type = (t: string): void => {
    if (typen.has(t)) return;
    typen.add(t);
    for (const [, veldType] of cdts[t] ?? []) type(veldType);
  };
  const bezocht = new Set<Klasse>();
  const klasse = (k: Klasse): void => {
    if (bezocht.has(k)) return;
    bezocht.add(k);
    for (const e of elementenVan(k, s.id)) {
      if (typeof e.type === 'string') type(e.type);
      else klasse(e.type);
    }
  };
  for (const nummer of s.release.berichten) klasse(berichtmodellen[nummer].root);
  return typen;
}

export function basisschema(s: Standaard): string {
  const gebruikt = gebruikteDatatypes(s);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    banner(s, 'basisschema'),
    `<xs:schema xmlns:xs="${XS}" xmlns:b="${basisschemaNamespace(s)}" targetNamespace="${basisschemaNamespace(s)}" elementFormDefault="qualified">`,
  ];
  for (const [naam, velden] of Object.entries(samengesteld)) {
    if (!gebruikt.has(naam)) continue;
    out.push(`  <xs:complexType name="${naam}">`, `    <xs:sequence>`);
    for (const [naamMetKardinaliteit, type] of velden) {
      const optioneel = naamMetKardinaliteit.endsWith('?');
      const elementNaam = optioneel ? naamMetKardinaliteit.slice(0, -1) : naamMetKardinaliteit;
      out.push(`      <xs:element name="${elementNaam}" type="b:${type}"${optioneel ? ' minOccurs="0"' : ''}/>`);
    }
    out.push(`    </xs:sequence>`, `  </xs:complexType>`);
  }
  for (const [naam, d] of Object.entries(datatypes)) if (gebruikt.has(naam)) out.push(simpleType(s, naam, d));
  out.push(`</xs:schema>`, '');
  return out.join('\n');
}

/** The message's berichtklassen, each once, in document order. */
function klassen(root: Klasse, s: Standaard): Klasse[] {
  const gezien = new Map<string, Klasse>();
  const bezoek = (k: Klasse): void => {
    const eerder = gezien.get(k.naam);
    if (eerder) {
      if (eerder !== k && JSON.stringify(eerder) !== JSON.stringify(k)) {
        throw new Error(`two different berichtklassen named ${k.naam}`);
      }
      return;
    }
    gezien.set(k.naam, k);
    for (const e of elementenVan(k, s.id)) if (typeof e.type !== 'string') bezoek(e.type);
  };
  bezoek(root);
  return [...gezien.values()];
}

export function berichtschema(s: Standaard, nummer: Berichtnummer): string {
  const model = berichtmodellen[nummer];
  const p = berichtPrefix(s, nummer);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    banner(s, `${s.berichtPrefix}${nummer}`),
    `<xs:schema xmlns:xs="${XS}" xmlns:b="${basisschemaNamespace(s)}" xmlns:${p}="${berichtNamespace(s, nummer)}" targetNamespace="${berichtNamespace(s, nummer)}" elementFormDefault="qualified">`,
    `  <xs:import namespace="${basisschemaNamespace(s)}" schemaLocation="basisschema.xsd"/>`,
    `  <xs:element name="Bericht" type="${p}:${model.root.naam}"/>`,
  ];
  for (const k of klassen(model.root, s)) {
    out.push(`  <xs:complexType name="${k.naam}">`, `    <xs:sequence>`);
    for (const e of elementenVan(k, s.id)) {
      if (typeof e.type !== 'string') {
        out.push(`      <xs:element name="${e.naam}" type="${p}:${e.type.naam}"${kardinaliteit(e)}/>`);
      } else if (e.pattern !== undefined) {
        const pattern = typeof e.pattern === 'string' ? e.pattern : berichtcodesVan(s, nummer).join('|');
        out.push(
          `      <xs:element name="${e.naam}"${kardinaliteit(e)}>`,
          `        <xs:simpleType>`,
          `          <xs:restriction base="b:${e.type}">`,
          `            <xs:pattern value="${attr(pattern)}"/>`,
          `          </xs:restriction>`,
          `        </xs:simpleType>`,
          `      </xs:element>`,
        );
      } else {
        out.push(`      <xs:element name="${e.naam}" type="b:${e.type}"${kardinaliteit(e)}/>`);
      }
    }
    out.push(`    </xs:sequence>`, `  </xs:complexType>`);
  }
  out.push(`</xs:schema>`, '');
  return out.join('\n');
}

/** Every schema file of a standard in its release: `basisschema.xsd`, `WMO301.xsd`, ... */
export function schemabestanden(s: Standaard): Map<string, string> {
  const files = new Map<string, string>([['basisschema.xsd', basisschema(s)]]);
  for (const nummer of s.release.berichten) {
    files.set(`${s.berichtPrefix}${nummer}.xsd`, berichtschema(s, nummer));
  }
  return files;
}
