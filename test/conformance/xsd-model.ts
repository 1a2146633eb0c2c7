/**
 * The structure a schema set declares, read from the XSD files themselves (not from our model):
 * element declarations with their cardinality, complex types as sequences, simple types with their
 * facets resolved along the restriction chain. The mutation corpus is built from the *reference*
 * schemas read this way, so a gap in our own model cannot hide itself by also shaping the tests.
 *
 * Only the XSD subset the iStandaarden use is understood (sequence, element, simpleType with
 * restriction facets, import); anything else is an error, so a schema that starts to use more
 * cannot be half-read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XmlDocument, XmlElement } from 'libxml2-wasm';

const XS = 'http://www.w3.org/2001/XMLSchema';
const NS = { xs: XS };

export type BuiltinBase = 'string' | 'integer' | 'date' | 'time';

export interface SimpleType {
  readonly kind: 'simple';
  /** `LDT_Naam`, or for a restriction in place `LDT_BerichtCode (pattern 437)`. */
  readonly name: string;
  readonly base: BuiltinBase;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minInclusive?: number;
  readonly maxInclusive?: number;
  /** One pattern per restriction step; a value must match all of them. */
  readonly patterns: readonly string[];
  readonly enumeration?: readonly string[];
}

export interface ComplexType {
  readonly kind: 'complex';
  readonly name: string;
  readonly elements: readonly ElementDecl[];
}

export interface ElementDecl {
  readonly name: string;
  readonly ns: string;
  readonly min: number;
  /** `Infinity` for unbounded. */
  readonly max: number;
  readonly type: SimpleType | ComplexType;
}

export interface SchemaModel {
  readonly root: ElementDecl;
  readonly messageNs: string;
  readonly basisNs: string;
  /** Every named simple type of the set (the basisschema's LDT_ types). */
  readonly simpleTypes: ReadonlyMap<string, SimpleType>;
}

interface SchemaDoc {
  readonly targetNs: string;
  readonly doc: XmlDocument;
}

const elementChildren = (el: XmlElement, local: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.next) {
    if (c instanceof XmlElement && c.namespaceUri === XS && c.name === local) out.push(c);
  }
  return out;
};

const only = (el: XmlElement, local: string): XmlElement | undefined => {
  const list = elementChildren(el, local);
  if (list.length > 1) throw new Error(`more than one xs:${local} in ${el.name}`);
  return list[0];
};

/** Reads `file` in `dir` and the schemas it imports (relative locations) into one model. */
export function readSchema(dir: string, file: string): SchemaModel {
  const docs: SchemaDoc[] = [];
  const load = (rel: string): void => {
    const doc = XmlDocument.fromBuffer(fs.readFileSync(path.join(dir, rel)));
    const targetNs = doc.root.attr('targetNamespace')?.value ?? '';
    docs.push({ targetNs, doc });
    for (const imp of elementChildren(doc.root, 'import')) {
      const loc = imp.attr('schemaLocation')?.value;
      if (!loc) throw new Error(`xs:import without schemaLocation in ${rel}`);
      load(path.posix.join(path.posix.dirname(rel), loc));
    }
  };
  try {
    load(file);
    return build(docs);
  } finally {
    for (const d of docs) d.doc.dispose();
  }
}

function build(docs: SchemaDoc[]): SchemaModel {
  const named = new Map<string, { el: XmlElement; targetNs: string }>();
  for (const { doc, targetNs } of docs) {
    for (const el of doc.find('/xs:schema/xs:simpleType | /xs:schema/xs:complexType', NS) as XmlElement[]) {
      named.set(`{${targetNs}}${el.attr('name')!.value}`, { el, targetNs });
    }
  }
  const resolved = new Map<string, SimpleType | ComplexType>();

  const qname = (context: XmlElement, value: string): string => {
    const i = value.indexOf(':');
    const prefix = i < 0 ? '' : value.slice(0, i);
    const ns = context.namespaceForPrefix(prefix);
    if (ns === null) throw new Error(`unknown prefix in ${value}`);
    return `{${ns}}${i < 0 ? value : value.slice(i + 1)}`;
  };

  const simpleFromRestriction = (restriction: XmlElement, name: string): SimpleType => {
    const baseQ = qname(restriction, restriction.attr('base')!.value);
    let t: { -readonly [K in keyof SimpleType]: SimpleType[K] };
    if (baseQ.startsWith(`{${XS}}`)) {
      const base = baseQ.slice(XS.length + 2);
      if (!['string', 'integer', 'date', 'time'].includes(base)) throw new Error(`unsupported base ${base}`);
      t = { kind: 'simple', name, base: base as BuiltinBase, patterns: [] };
    } else {
      const parent = typeByQName(baseQ);
      if (parent.kind !== 'simple') throw new Error(`${name} restricts a complex type`);
      t = { ...parent, name, patterns: [...parent.patterns] };
    }
    const enumeration: string[] = [];
    const patterns: string[] = [];
    for (let c = restriction.firstChild; c; c = c.next) {
      if (!(c instanceof XmlElement)) continue;
      const v = c.attr('value')?.value ?? '';
      switch (c.name) {
        case 'minLength': t.minLength = Number(v); break;
        case 'maxLength': t.maxLength = Number(v); break;
        case 'minInclusive': t.minInclusive = Number(v); break;
        case 'maxInclusive': t.maxInclusive = Number(v); break;
        case 'pattern': patterns.push(v); break;
        case 'enumeration': enumeration.push(v); break;
        case 'annotation': break;
        default: throw new Error(`unsupported facet xs:${c.name} in ${name}`);
      }
    }
    if (patterns.length > 1) throw new Error(`${name}: several patterns in one step`);
    t.patterns = [...t.patterns, ...patterns];
    if (enumeration.length > 0) t.enumeration = enumeration;
    return t;
  };

  const complexFrom = (el: XmlElement, name: string, targetNs: string): ComplexType => {
    const sequence = only(el, 'sequence');
    for (let c = el.firstChild; c; c = c.next) {
      if (c instanceof XmlElement && c.name !== 'sequence' && c.name !== 'annotation') {
        throw new Error(`unsupported xs:${c.name} in complexType ${name}`);
      }
    }
    const elements = sequence ? elementChildren(sequence, 'element').map((e) => elementDecl(e, targetNs)) : [];
    if (sequence) {
      for (let c = sequence.firstChild; c; c = c.next) {
        if (c instanceof XmlElement && c.name !== 'element') throw new Error(`unsupported xs:${c.name} in ${name}`);
      }
    }
    return { kind: 'complex', name, elements };
  };

  function typeByQName(q: string): SimpleType | ComplexType {
    const known = resolved.get(q);
    if (known) return known;
    const entry = named.get(q);
    if (!entry) throw new Error(`unknown type ${q}`);
    const name = entry.el.attr('name')!.value;
    let t: SimpleType | ComplexType;
    if (entry.el.name === 'simpleType') {
      const restriction = only(entry.el, 'restriction');
      if (!restriction) throw new Error(`simpleType ${name} is not a restriction`);
      t = simpleFromRestriction(restriction, name);
    } else {
      t = complexFrom(entry.el, name, entry.targetNs);
    }
    resolved.set(q, t);
    return t;
  }

  function elementDecl(e: XmlElement, targetNs: string): ElementDecl {
    const name = e.attr('name')!.value;
    const min = Number(e.attr('minOccurs')?.value ?? '1');
    const maxAttr = e.attr('maxOccurs')?.value ?? '1';
    const max = maxAttr === 'unbounded' ? Infinity : Number(maxAttr);
    const typeAttr = e.attr('type')?.value;
    let type: SimpleType | ComplexType;
    if (typeAttr) {
      type = typeByQName(qname(e, typeAttr));
    } else {
      const inline = only(e, 'simpleType');
      const restriction = inline && only(inline, 'restriction');
      if (!restriction) throw new Error(`element ${name} has neither a type nor a simple restriction`);
      const base = typeByQName(qname(restriction, restriction.attr('base')!.value));
      const pattern = only(restriction, 'pattern')?.attr('value')?.value;
      type = simpleFromRestriction(restriction, `${base.name} (pattern ${pattern ?? '?'})`);
    }
    return { name, ns: targetNs, min, max, type };
  }

  const main = docs[0]!;
  const roots = main.doc.find('/xs:schema/xs:element', NS) as XmlElement[];
  if (roots.length !== 1) throw new Error('expected one global element');
  const root = elementDecl(roots[0]!, main.targetNs);
  const basis = docs.find((d) => d !== main);
  const simpleTypes = new Map<string, SimpleType>();
  for (const [q] of named) {
    const t = typeByQName(q);
    if (t.kind === 'simple') simpleTypes.set(t.name, t);
  }
  return { root, messageNs: main.targetNs, basisNs: basis?.targetNs ?? '', simpleTypes };
}

/** Every complex type reachable from the root, by name, with its element names (for comparisons). */
export function complexTypes(model: SchemaModel): Map<string, ComplexType> {
  const out = new Map<string, ComplexType>();
  const visit = (t: SimpleType | ComplexType): void => {
    if (t.kind !== 'complex' || out.has(t.name)) return;
    out.set(t.name, t);
    for (const e of t.elements) visit(e.type);
  };
  visit(model.root.type);
  return out;
}

/**
 * The declared structure as lines, one per element path: namespace, cardinality and either the
 * complex type's name or the simple type's facets (codes as a sorted set). Two schemas with equal
 * lines accept the same documents; unequal lines show where to look.
 */
export function describeStructure(model: SchemaModel): string[] {
  const out: string[] = [];
  const walk = (d: ElementDecl, path: string): void => {
    const occurs = `${d.min}..${d.max === Infinity ? 'n' : d.max}`;
    const t = d.type;
    if (t.kind === 'complex') {
      out.push(`${path} {${d.ns}} ${occurs} ${t.name}`);
      for (const e of t.elements) walk(e, `${path}/${e.name}`);
      return;
    }
    const facets = {
      base: t.base,
      minLength: t.minLength,
      maxLength: t.maxLength,
      minInclusive: t.minInclusive,
      maxInclusive: t.maxInclusive,
      patterns: t.patterns,
      enumeration: t.enumeration && [...t.enumeration].sort(),
    };
    out.push(`${path} {${d.ns}} ${occurs} ${JSON.stringify(facets)}`);
  };
  walk(model.root, `/${model.root.name}`);
  return out;
}
