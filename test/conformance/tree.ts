/**
 * A plain, cloneable element tree of a message for building mutants, and its serialisation to the
 * bytes that both schema sets then validate. Serialising ourselves keeps every byte under control
 * (prefixes, whitespace, character references) and makes each element start on its own line, so a
 * validation error's line number points back at a node.
 */
import { XmlCData, XmlDocument, XmlElement, XmlText } from 'libxml2-wasm';

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface Attribute {
  readonly ns: string;
  readonly name: string;
  readonly value: string;
}

export interface Node {
  ns: string;
  name: string;
  children: Node[];
  /** The text of a leaf; on an element with children, text written before the first child. */
  text?: string;
  attributes?: Attribute[];
  /** Write the text as a CDATA section. */
  cdata?: boolean;
  /** A comment written just before the element. */
  comment?: string;
}

export const isLeaf = (n: Node): boolean => n.children.length === 0 && n.text !== undefined;

/** Reads a document's elements (whitespace between elements is dropped). */
export function treeFromBytes(bytes: Uint8Array): Node {
  const doc = XmlDocument.fromBuffer(bytes);
  try {
    const walk = (el: XmlElement): Node => {
      const node: Node = { ns: el.namespaceUri, name: el.name, children: [] };
      let text = '';
      for (let c = el.firstChild; c; c = c.next) {
        if (c instanceof XmlElement) node.children.push(walk(c));
        else if (c instanceof XmlText || c instanceof XmlCData) text += c.content;
      }
      if (node.children.length === 0) node.text = text;
      else if (text.trim() !== '') node.text = text;
      return node;
    };
    return walk(doc.root);
  } finally {
    doc.dispose();
  }
}

export function clone(n: Node): Node {
  const copy: Node = { ns: n.ns, name: n.name, children: n.children.map(clone) };
  if (n.text !== undefined) copy.text = n.text;
  if (n.attributes) copy.attributes = [...n.attributes];
  if (n.cdata) copy.cdata = n.cdata;
  if (n.comment !== undefined) copy.comment = n.comment;
  return copy;
}

export interface SerialiseOptions {
  /** Write this namespace as the default namespace instead of with a prefix. */
  readonly defaultNs?: string;
  /** Preferred prefixes; other namespaces get `n1`, `n2`, ... */
  readonly prefixes?: ReadonlyMap<string, string>;
  /** Indent with newlines and tabs (as the standard's examples do) or write everything on one line. */
  readonly indent?: boolean;
}

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const escapeAttr = (s: string): string =>
  escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

export interface Serialised {
  readonly xml: string;
  /** The node whose start tag is on each line (1-based line numbers). */
  readonly nodeOnLine: ReadonlyMap<number, Node>;
}

export function serialise(root: Node, options: SerialiseOptions = {}): Serialised {
  const indent = options.indent ?? true;
  const prefixes = new Map<string, string>();
  const used = new Set<string>();
  const collect = (n: Node): void => {
    if (n.ns !== '') used.add(n.ns);
    for (const a of n.attributes ?? []) if (a.ns !== '') used.add(a.ns);
    n.children.forEach(collect);
  };
  collect(root);
  let counter = 0;
  for (const ns of [...used].sort()) {
    if (ns === options.defaultNs) continue;
    const preferred = options.prefixes?.get(ns) ?? (ns === XSI ? 'xsi' : undefined);
    prefixes.set(ns, preferred ?? `n${++counter}`);
  }
  const qualified = (ns: string, name: string, attribute: boolean): string => {
    if (ns === '') return name;
    if (!attribute && ns === options.defaultNs) return name;
    return `${prefixes.get(ns)}:${name}`;
  };
  const decls = [
    ...(options.defaultNs !== undefined ? [` xmlns="${escapeAttr(options.defaultNs)}"`] : []),
    ...[...prefixes].map(([ns, p]) => ` xmlns:${p}="${escapeAttr(ns)}"`),
  ].join('');

  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const nodeOnLine = new Map<number, Node>();
  let current = '';
  const newline = (): void => {
    if (!indent) return;
    lines.push(current);
    current = '';
  };
  const write = (n: Node, depth: number, isRoot: boolean): void => {
    if (n.ns === '' && options.defaultNs !== undefined && !isRoot) {
      throw new Error('an element without namespace under a default namespace');
    }
    const pad = indent ? '\t'.repeat(depth) : '';
    if (n.comment !== undefined) {
      current += `${pad}<!--${n.comment}-->`;
      newline();
    }
    nodeOnLine.set(lines.length + 1, n);
    const q = qualified(n.ns, n.name, false);
    const attrs = (n.attributes ?? []).map((a) => ` ${qualified(a.ns, a.name, true)}="${escapeAttr(a.value)}"`).join('');
    current += `${pad}<${q}${isRoot ? decls : ''}${attrs}>`;
    const text = n.text === undefined ? '' : n.cdata ? `<![CDATA[${n.text}]]>` : escapeText(n.text);
    if (n.children.length === 0) {
      current += `${text}</${q}>`;
      newline();
      return;
    }
    current += text;
    newline();
    for (const c of n.children) write(c, depth + 1, false);
    current += `${pad}</${q}>`;
    newline();
  };
  write(root, 0, true);
  if (current !== '') lines.push(current);
  return { xml: lines.join('\n') + '\n', nodeOnLine };
}

/** The element path of a node in the house style: `/Bericht/Client/Contact[2]/Soort`. */
export function pathOf(root: Node, indices: readonly number[]): string {
  let out = `/${root.name}`;
  let n = root;
  for (const i of indices) {
    const c = n.children[i]!;
    const same = n.children.filter((s) => s.name === c.name);
    out += `/${c.name}${same.length > 1 ? `[${same.indexOf(c) + 1}]` : ''}`;
    n = c;
  }
  return out;
}

export function nodeAt(root: Node, indices: readonly number[]): Node {
  let n = root;
  for (const i of indices) n = n.children[i]!;
  return n;
}
