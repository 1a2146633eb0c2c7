/**
 * The mutation corpus of one message type: deterministic (seeded) variations of its seed documents,
 * structural (elements removed, duplicated, reordered, renamed, inserted, put in another namespace)
 * and in values (every simple type's facets, the header's fixed codes, the root namespace), plus
 * variations that keep a document valid (other valid values, other serialisations, omitted
 * optional elements, allowed repetitions). Whether a mutant is valid is not decided here: the
 * reference schema decides, and our schema has to agree.
 */
import type { Prng } from './prng.js';
import { entries, focusedOn, generate, type Entry, type Seed } from './seeds.js';
import { clone, isLeaf, nodeAt, pathOf, serialise, XSI, type Node } from './tree.js';
import { valueVariants } from './values.js';
import { complexTypes, type ComplexType, type ElementDecl, type SchemaModel, type SimpleType } from './xsd-model.js';

export const MUTATION_KINDS = [
  'remove',
  'duplicate',
  'reorder',
  'rename',
  'insert-unknown',
  'wrong-namespace',
  'value',
  'header-code',
  'root-namespace',
  'serialisation',
  'attribute',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A kind with what exactly was done: `remove/required`, `value/suite LDT_Datum`. */
export type KindTag = MutationKind | `${MutationKind}/${string}`;

export interface Mutant {
  readonly kind: MutationKind;
  readonly tag: string;
  readonly seed: string;
  readonly path: string;
  readonly detail: string;
  readonly value?: string;
  readonly xml: string;
}

export interface CorpusContext {
  /** The reference's structure: it shapes the corpus. */
  readonly model: SchemaModel;
  /** Our schema's structure: elements and codes only it has are tried too. */
  readonly ours: SchemaModel;
  /** The reference structure of every message of both standards. */
  readonly allModels: readonly SchemaModel[];
  readonly prng: Prng;
  /** The same message in the other standard (namespaces and code lists across the border). */
  readonly other: SchemaModel;
  /** Element names used anywhere in the standard (both standards, all messages). */
  readonly namePool: readonly string[];
  /** Namespaces of the other messages of this release, both standards. */
  readonly messageNamespaces: readonly string[];
  /** Every BerichtCode of both standards. */
  readonly berichtCodes: readonly string[];
}

/** `/Bericht/Client/Naam`: a path without indices, to treat repeated elements once. */
function signature(root: Node, indices: readonly number[]): string {
  return pathOf(root, indices).replace(/\[\d+\]/g, '');
}

function typo(name: string, prng: Prng): string {
  const i = 1 + prng.int(name.length - 2);
  switch (prng.int(4)) {
    case 0:
      return name.slice(0, i) + name.slice(i + 1);
    case 1:
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    case 2:
      return name.slice(0, i) + name[i] + name.slice(i);
    default:
      return name.slice(0, i) + (name[i] === 'e' ? 'a' : 'e') + name.slice(i + 1);
  }
}

const PREFIXES = (model: SchemaModel): Map<string, string> => {
  const tail = (ns: string): string => /\/([a-z]+\d*)\/schema$/.exec(ns)?.[1] ?? 'x';
  const m = new Map<string, string>();
  m.set(model.messageNs, tail(model.messageNs));
  m.set(model.basisNs, /\/(iwmo|ijw)\//.exec(model.basisNs)?.[1] ?? 'b');
  return m;
};

export function mutationCorpus(seeds: readonly Seed[], ctx: CorpusContext): Mutant[] {
  const { model, prng } = ctx;
  const prefixes = PREFIXES(model);
  const out: Mutant[] = [];
  const otherNs = new Map([
    [model.messageNs, ctx.other.messageNs],
    [model.basisNs, ctx.other.basisNs],
  ]);

  for (const seed of seeds) {
    const all = entries(seed.tree, model);
    const seen = new Set<string>();
    const first: Entry[] = [];
    const later: Entry[] = [];
    for (const e of all) {
      const sig = signature(seed.tree, e.indices);
      (seen.has(sig) ? later : first).push(e);
      seen.add(sig);
    }
    const full = seed.name === 'verrijkt';
    const targets = full ? [...first, ...prng.sample(later, 12)] : first;

    const emitOn = (base: Node, baseName: string): Emit => (kindTag, indices, detail, change, value, options) => {
      const tree = clone(base);
      const node = nodeAt(tree, indices);
      const parent = indices.length > 0 ? nodeAt(tree, indices.slice(0, -1)) : undefined;
      const path = pathOf(base, indices);
      change(tree, node, parent, indices.at(-1) ?? -1);
      const slash = kindTag.indexOf('/');
      const kind = (slash < 0 ? kindTag : kindTag.slice(0, slash)) as MutationKind;
      const tag = slash < 0 ? '' : kindTag.slice(slash + 1);
      out.push({ kind, tag, seed: baseName, path, detail, value, xml: serialise(tree, { prefixes, ...options }).xml });
    };
    const emit = emitOn(seed.tree, seed.name);

    const namesakesDone = new Set<string>();
    for (const e of targets) {
      if (e.indices.length === 0) continue;
      const name = e.node.name;
      const occurs = `${e.decl.min}..${e.decl.max === Infinity ? 'n' : e.decl.max}`;

      emit(`remove/${e.decl.min > 0 ? 'required' : 'optional'}`, e.indices, `${e.decl.min > 0 ? 'required' : 'optional'} element (${occurs})`, (_t, _n, p, i) => {
        p!.children.splice(i, 1);
      });
      emit(`duplicate/${e.decl.max > 1 ? 'allowed repetition' : 'beyond maxOccurs'}`, e.indices, `one more (${occurs})`, (_t, n, p, i) => {
        p!.children.splice(i + 1, 0, clone(n));
      });
      if (!full) continue;

      if (e.decl.max > 1) {
        emit('duplicate/allowed repetition', e.indices, `four more (${occurs})`, (_t, n, p, i) => {
          p!.children.splice(i + 1, 0, clone(n), clone(n), clone(n), clone(n));
        });
      }
      const parentType = e.parent!.decl.type;
      const siblings = parentType.kind === 'complex' ? parentType.elements.map((d) => d.name).filter((n) => n !== name) : [];
      const elsewhere = prng.pick(ctx.namePool.filter((n) => n !== name));
      const renames: Array<[string, string]> = [
        ['typo', typo(name, prng)],
        prng.int(2) === 0
          ? ['lower-case first letter', name[0]!.toLowerCase() + name.slice(1)]
          : ['upper case', name.toUpperCase()],
        siblings.length > 0 && prng.int(2) === 0
          ? ['name of a sibling declaration', prng.pick(siblings)]
          : ['name from elsewhere in the standard', elsewhere],
      ];
      for (const [label, to] of renames) {
        emit(`rename/${label}`, e.indices, `${label}: ${name} → ${to}`, (_t, n) => {
          n.name = to;
        }, to);
      }

      const swapped = e.node.ns === model.messageNs ? model.basisNs : model.messageNs;
      const elsewhereNs: Array<[string, string]> = [
        ['namespace of the other standard', otherNs.get(e.node.ns) ?? ''],
        ['namespace of another message', prng.pick(ctx.messageNamespaces.filter((n) => n !== model.messageNs))],
        ['no namespace', ''],
      ];
      const namespaces: Array<[string, string]> = [
        [e.node.ns === model.messageNs ? 'message → basisschema namespace' : 'basisschema → message namespace', swapped],
        prng.pick(elsewhereNs),
      ];
      for (const [label, ns] of namespaces) {
        emit(`wrong-namespace/${label}`, e.indices, label, (_t, n) => {
          n.ns = ns;
        }, ns);
      }
      if (!isLeaf(e.node)) {
        emit('wrong-namespace/whole subtree', e.indices, 'whole subtree in the basisschema namespace', (_t, n) => {
          const move = (x: Node): void => {
            x.ns = model.basisNs;
            x.children.forEach(move);
          };
          move(n);
        }, model.basisNs);
      }

      const unknownNs = prng.pick([model.messageNs, model.basisNs, '', 'urn:example:onbekend']);
      const unknownName = prng.pick(['Onbekend', 'Extra', 'Opmerking', 'Toelichting']);
      emit('insert-unknown/unknown element', e.indices, `{${unknownNs}}${unknownName} before ${name}`, (_t, _n, p, i) => {
        p!.children.splice(i, 0, { ns: unknownNs, name: unknownName, children: [], text: 'x' });
      });

      if (!isLeaf(e.node)) {
        emit('insert-unknown/unknown element', e.indices, `{${model.messageNs}}Onbekend as last child of ${name}`, (_t, n) => {
          n.children.push({ ns: model.messageNs, name: 'Onbekend', children: [], text: 'x' });
        });
        emit('insert-unknown/text', e.indices, `text inside ${name}`, (_t, n) => {
          n.text = 'tekst';
        }, 'tekst');
        emit('value/empty complex element', e.indices, 'complex element left empty', (_t, n) => {
          n.children = [];
        }, '');
        for (let i = 0; i + 1 < e.node.children.length; i++) {
          const a = e.node.children[i]!.name;
          const b = e.node.children[i + 1]!.name;
          emit('reorder', e.indices, `swap ${a} and ${b}`, (_t, n) => {
            [n.children[i], n.children[i + 1]] = [n.children[i + 1]!, n.children[i]!];
          });
        }
        if (e.node.children.length > 2) {
          emit('reorder', e.indices, 'last child first', (_t, n) => {
            n.children.unshift(n.children.pop()!);
          });
          emit('reorder', e.indices, 'children reversed', (_t, n) => {
            n.children.reverse();
          });
        }
      }

      if (!isLeaf(e.node) && e.decl.type.kind === 'complex' && !namesakesDone.has(e.decl.type.name)) {
        namesakesDone.add(e.decl.type.name);
        for (const n of namesakeElements(e.decl.type, ctx)) {
          emit('insert-unknown/element declared elsewhere', e.indices, `${n.decl.name} as declared in ${n.source} (after ${n.after ?? 'nothing'})`, (_t, node) => {
            const at = n.after === undefined ? -1 : node.children.map((c) => c.name).lastIndexOf(n.after);
            node.children.splice(at + 1, 0, n.node);
          }, n.decl.name);
        }
      }

      if (prng.int(3) === 0) {
        const attributes: Array<[string, { ns: string; name: string; value: string }]> = [
          ['unknown attribute', { ns: '', name: 'status', value: 'x' }],
          ['xsi:nil="true"', { ns: XSI, name: 'nil', value: 'true' }],
          ['attribute in a foreign namespace', { ns: 'urn:example:attr', name: 'bron', value: 'x' }],
        ];
        const [label, attribute] = prng.pick(attributes);
        emit('attribute', e.indices, label, (_t, n) => {
          n.attributes = [attribute];
        });
      }
    }

    const minimal = seeds.find((s) => s.name === 'minimaal')!.tree;
    const focused = (target: Entry): { emit: Emit; indices: readonly number[] } => {
      if (!full) return { emit, indices: target.indices };
      const f = focusedOn(minimal, model, target);
      return { emit: emitOn(f.tree, 'minimaal+pad'), indices: f.indices };
    };
    valueMutations(first, full, ctx, focused);
    headerMutations(seed, all, full, ctx, emit);
    rootMutations(seed, ctx, emit);
    serialisationMutations(seed, all, ctx, emit);
  }
  return out;
}

interface Namesake {
  readonly decl: ElementDecl;
  /** The element it follows in the type that declares it. */
  readonly after?: string;
  readonly source: string;
  readonly node: Node;
}

/**
 * Elements that a type of the same name declares elsewhere (in our schema, in another message, in
 * the other standard) and this type does not: `GezagsdragerBekend` for an iWmo Client,
 * `RetourCodes` for a heen message's classes. Each is generated in this message's namespaces.
 */
const typesOf = new WeakMap<SchemaModel, Map<string, ComplexType>>();
const complexTypesOf = (m: SchemaModel): Map<string, ComplexType> => {
  let t = typesOf.get(m);
  if (!t) typesOf.set(m, (t = complexTypes(m)));
  return t;
};

function namesakeElements(type: ComplexType, ctx: CorpusContext): Namesake[] {
  const own = new Set(type.elements.map((e) => e.name));
  const found = new Map<string, Namesake>();
  const sources: Array<[string, SchemaModel]> = [['our schema', ctx.ours], ...ctx.allModels.map((m): [string, SchemaModel] => [m.messageNs, m])];
  for (const [source, m] of sources) {
    const namesake = complexTypesOf(m).get(type.name);
    if (!namesake) continue;
    namesake.elements.forEach((d, i) => {
      if (own.has(d.name) || found.has(d.name)) return;
      const ns = (x: Node): Node => ({
        ...x,
        ns: x.ns === m.messageNs ? ctx.model.messageNs : x.ns === m.basisNs ? ctx.model.basisNs : x.ns,
        children: x.children.map(ns),
      });
      found.set(d.name, { decl: d, after: namesake.elements[i - 1]?.name, source, node: ns(generate(d, false)[0]!) });
    });
  }
  return [...found.values()];
}

type Emit = (
  kindTag: KindTag,
  indices: readonly number[],
  detail: string,
  change: (tree: Node, node: Node, parent: Node | undefined, index: number) => void,
  value?: string,
  options?: Parameters<typeof serialise>[1],
) => void;

function valueMutations(
  first: readonly Entry[],
  full: boolean,
  ctx: CorpusContext,
  focused: (target: Entry) => { emit: Emit; indices: readonly number[] },
): void {
  const suiteDone = new Set<string>();
  for (const e of first) {
    if (e.decl.type.kind !== 'simple' || !isLeaf(e.node)) continue;
    const type: SimpleType = e.decl.type;
    if (/^(BerichtCode|BerichtVersie|BerichtSubversie)$/.test(e.node.name) && e.parent?.indices.length === 1) continue;
    const complete = full && !suiteDone.has(type.name);
    suiteDone.add(type.name);
    const variants = valueVariants(type, e.node.text ?? '', {
      prng: ctx.prng,
      allCodes: complete,
      otherCodes: ctx.other.simpleTypes.get(type.name)?.enumeration,
      oursCodes: ctx.ours.simpleTypes.get(type.name)?.enumeration,
    });
    const chosen = complete ? variants : ctx.prng.sample(variants, full ? 4 : 2);
    const { emit, indices } = focused(e);
    for (const v of chosen) {
      emit(complete ? `value/suite ${type.name}` : 'value/sample', indices, `${type.name}: ${v.label}`, (_t, n) => {
        n.text = v.value;
      }, v.value);
    }
  }
}

function headerMutations(seed: Seed, all: readonly Entry[], full: boolean, ctx: CorpusContext, emit: Emit): void {
  const header = (name: string): Entry | undefined => all.find((e) => e.indices.length === 2 && e.indices[0] === 0 && e.node.name === name);
  const code = header('BerichtCode');
  const versie = header('BerichtVersie');
  const subversie = header('BerichtSubversie');
  if (!code || !versie || !subversie) throw new Error('seed without BerichtCode/BerichtVersie/BerichtSubversie');
  const own = code.node.text!;
  const codes = [
    ...ctx.berichtCodes,
    `0${own}`,
    `${own}0`,
    ` ${own}`,
    `${own} `,
    own.slice(1),
    '',
    'abc',
    '４' + own.slice(1),
  ];
  for (const c of full ? codes : ctx.prng.sample(codes, 6)) {
    emit('header-code/BerichtCode', code.indices, `BerichtCode ${JSON.stringify(c)}`, (_t, n) => {
      n.text = c;
    }, c);
  }
  const versies = ['2', '4', '03', ' 3', '3 ', '+3', '3.0', '30', '', '-3', '99', '100'];
  for (const v of full ? versies : ctx.prng.sample(versies, 3)) {
    emit('header-code/BerichtVersie', versie.indices, `BerichtVersie ${JSON.stringify(v)}`, (_t, n) => {
      n.text = v;
    }, v);
  }
  const subversies = ['1', '3', '02', '+2', '2.0', ' 2 ', '', '22'];
  for (const v of full ? subversies : ctx.prng.sample(subversies, 3)) {
    emit('header-code/BerichtSubversie', subversie.indices, `BerichtSubversie ${JSON.stringify(v)}`, (_t, n) => {
      n.text = v;
    }, v);
  }
}

function rootMutations(seed: Seed, ctx: CorpusContext, emit: Emit): void {
  const { model } = ctx;
  const renameNs = (from: string, to: string) => (tree: Node): void => {
    const walk = (n: Node): void => {
      if (n.ns === from) n.ns = to;
      n.children.forEach(walk);
    };
    walk(tree);
  };
  const msg = model.messageNs;
  const variants: Array<[string, string]> = [
    ['the other standard', ctx.other.messageNs],
    ['release 3.1', msg.replace('/3_2/', '/3_1/')],
    ['release 3.3', msg.replace('/3_2/', '/3_3/')],
    ['https', msg.replace('http://', 'https://')],
    ['trailing slash', `${msg}/`],
    ['upper case', msg.toUpperCase()],
    ['no namespace', ''],
    ...ctx.prng.sample(ctx.messageNamespaces.filter((n) => n !== msg), 3).map((n): [string, string] => ['another message', n]),
  ];
  for (const [label, ns] of variants) {
    emit('root-namespace', [], `message namespace: ${label}`, (tree) => renameNs(msg, ns)(tree), ns);
  }
  emit('root-namespace', [], 'basisschema namespace of the other standard', (tree) => renameNs(model.basisNs, ctx.other.basisNs)(tree), ctx.other.basisNs);
  emit('root-namespace', [], 'root element only in another namespace', (tree) => {
    tree.ns = ctx.other.messageNs;
  }, ctx.other.messageNs);
  emit('root-namespace', [], 'root element only without namespace', (tree) => {
    tree.ns = '';
  }, '');
  for (const name of ['bericht', 'Berichten', 'Root']) {
    emit('root-namespace', [], `root element named ${name}`, (tree) => {
      tree.name = name;
    }, name);
  }
}

function serialisationMutations(seed: Seed, all: readonly Entry[], ctx: CorpusContext, emit: Emit): void {
  emit('serialisation', [], 'message namespace as default namespace', () => {}, undefined, { defaultNs: ctx.model.messageNs });
  emit('serialisation', [], 'basisschema namespace as default namespace', () => {}, undefined, { defaultNs: ctx.model.basisNs });
  emit('serialisation', [], 'on one line', () => {}, undefined, { indent: false });
  emit('serialisation', [], 'other prefixes', () => {}, undefined, {
    prefixes: new Map([
      [ctx.model.messageNs, 'a'],
      [ctx.model.basisNs, 'b'],
    ]),
  });
  emit('serialisation', [], 'values as CDATA sections', (tree) => {
    const walk = (n: Node): void => {
      if (isLeaf(n)) n.cdata = true;
      n.children.forEach(walk);
    };
    walk(tree);
  });
  const commented = ctx.prng.sample(all.filter((e) => e.indices.length > 0), 3);
  emit('serialisation', [], 'comments between elements', (tree) => {
    for (const e of commented) nodeAt(tree, e.indices).comment = ' opmerking ';
  });
  emit('serialisation', [], 'whitespace text inside a complex element', (tree) => {
    tree.text = ' \n\t ';
  });
}
