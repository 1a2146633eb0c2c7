/**
 * Seed documents for the mutation corpus of one message type, derived from the standard's example
 * with the structure the reference schema declares:
 *
 * - `voorbeeld`: the example itself, children put in declared order and invalid values repaired
 *   (two examples are deliberately invalid; the iWmo retours have only an iJw example to start from);
 * - `verrijkt`: every optional element present with a valid value, every repeatable element twice,
 *   so that mutation reaches every declaration of the schema;
 * - `minimaal`: only what is required, each once.
 */
import { clone, isLeaf, serialise, type Node } from './tree.js';
import { validValue } from './values.js';
import type { ComplexType, ElementDecl, SchemaModel } from './xsd-model.js';

export type SeedName = 'voorbeeld' | 'verrijkt' | 'minimaal';

export interface Seed {
  readonly name: SeedName;
  readonly tree: Node;
}

/** A node of a seed with its declaration and where it sits. */
export interface Entry {
  readonly indices: readonly number[];
  readonly node: Node;
  readonly decl: ElementDecl;
  readonly parent?: Entry;
}

/** Every element of a (schema-valid) tree with its declaration, in document order. */
export function entries(root: Node, model: SchemaModel): Entry[] {
  const out: Entry[] = [];
  const walk = (node: Node, decl: ElementDecl, indices: number[], parent?: Entry): void => {
    const entry: Entry = { indices, node, decl, parent };
    out.push(entry);
    if (decl.type.kind !== 'complex') return;
    const type = decl.type;
    node.children.forEach((c, i) => {
      const d = type.elements.find((e) => e.name === c.name);
      if (!d) throw new Error(`${c.name} is not declared in ${type.name}`);
      walk(c, d, [...indices, i], entry);
    });
  };
  walk(root, model.root, []);
  return out;
}

/** New elements for a declaration: all optional content when `full`, else only what is required. */
export function generate(decl: ElementDecl, full: boolean): Node[] {
  const count = full ? Math.min(decl.max, 2) : Math.max(decl.min, 1);
  const make = (): Node => {
    const node: Node = { ns: decl.ns, name: decl.name, children: [] };
    if (decl.type.kind === 'simple') node.text = validValue(decl.type);
    else for (const e of decl.type.elements) if (full || e.min > 0) node.children.push(...generate(e, full));
    return node;
  };
  return Array.from({ length: count }, make);
}

/**
 * A small document that still reaches the place of `target` (an entry of another seed): the
 * minimal seed with the elements on the way added (each with only its required content), and the
 * target's value copied over. Value mutations on it cost less to validate than on the rich seed.
 */
export function focusedOn(minimal: Node, model: SchemaModel, target: Entry): { tree: Node; indices: number[] } {
  const names: string[] = [];
  for (let e: Entry | undefined = target; e?.parent; e = e.parent) names.unshift(e.decl.name);
  const tree = clone(minimal);
  let node = tree;
  let decl = model.root;
  const indices: number[] = [];
  for (const name of names) {
    if (decl.type.kind !== 'complex') throw new Error(`${decl.name} has no children`);
    const order = decl.type.elements.map((e) => e.name);
    const childDecl = decl.type.elements.find((e) => e.name === name)!;
    let i = node.children.findIndex((c) => c.name === name);
    if (i < 0) {
      const after = node.children.findIndex((c) => order.indexOf(c.name) > order.indexOf(name));
      i = after < 0 ? node.children.length : after;
      node.children.splice(i, 0, generate(childDecl, false)[0]!);
    }
    indices.push(i);
    node = node.children[i]!;
    decl = childDecl;
  }
  if (target.node.text !== undefined) node.text = target.node.text;
  return { tree, indices };
}

type Shape = 'normalise' | 'enrich' | 'minimise';

/** Rebuilds the children of `node` in declared order, per `shape`; undeclared children are dropped. */
function reshape(node: Node, decl: ElementDecl, shape: Shape): void {
  if (decl.type.kind !== 'complex') return;
  const type: ComplexType = decl.type;
  const children: Node[] = [];
  for (const e of type.elements) {
    let present = node.children.filter((c) => c.name === e.name);
    if (shape === 'minimise') {
      if (e.min === 0) continue;
      present = present.slice(0, e.min);
    }
    if (present.length === 0 && (shape === 'enrich' || e.min > 0)) {
      children.push(...generate(e, shape === 'enrich'));
      continue;
    }
    for (const c of present) {
      c.ns = e.ns;
      reshape(c, e, shape);
    }
    children.push(...present);
    if (shape === 'enrich' && e.max > 1 && present.length === 1) children.push(clone(present[0]!));
  }
  node.children = children;
  if (type.elements.length > 0) delete node.text;
}

export interface Verdict {
  readonly valid: boolean;
  readonly lines: readonly number[];
}

/**
 * Replaces the values the reference rejects with valid ones, until it accepts the document. Only
 * leaves are repaired: a seed whose structure is wrong is a bug in this file.
 */
function repair(tree: Node, model: SchemaModel, validate: (xml: string) => Verdict): Node {
  for (let round = 0; round < 20; round++) {
    const { xml, nodeOnLine } = serialise(tree);
    const verdict = validate(xml);
    if (verdict.valid) return tree;
    const decls = new Map(entries(tree, model).map((e) => [e.node, e.decl]));
    let repaired = 0;
    for (const line of verdict.lines) {
      const node = nodeOnLine.get(line);
      const decl = node && decls.get(node);
      if (node && decl?.type.kind === 'simple' && isLeaf(node)) {
        node.text = validValue(decl.type);
        repaired++;
      }
    }
    if (repaired === 0) throw new Error(`cannot repair seed:\n${xml}`);
  }
  throw new Error('seed repair does not converge');
}

/** The three seeds of a message type from its (possibly translated) example. */
export function seeds(example: Node, model: SchemaModel, validate: (xml: string) => Verdict): Seed[] {
  const shaped = (shape: Shape): Node => {
    const tree = clone(example);
    tree.ns = model.root.ns;
    reshape(tree, model.root, shape);
    return repair(tree, model, validate);
  };
  return [
    { name: 'voorbeeld', tree: shaped('normalise') },
    { name: 'verrijkt', tree: shaped('enrich') },
    { name: 'minimaal', tree: shaped('minimise') },
  ];
}
