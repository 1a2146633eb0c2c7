/**
 * Typed objects from a schema-valid message, driven by the model: element names stay the standard's
 * own, list classes (Clienten, Prestaties, ...) become arrays, `xs:integer` values become numbers
 * (amounts are integer eurocents already), everything else stays a string exactly as sent, so
 * `0363` stays `0363`. Dates stay ISO strings (`2026-04-01`).
 */
import { berichtmodellen, elementenVan, isLijstklasse, type Berichtnummer, type Klasse } from '../standard/model/berichten.js';
import { datatypes } from '../standard/model/datatypes.js';
import { samengesteld } from '../standard/model/samengesteld.js';
import type { Basistype } from '../standard/model/types.js';
import type { Standaard } from '../standard/standaard.js';
import type { Berichten } from '../standard/berichten.generated.js';
import { scan, type ScanHandler } from './scan.js';

interface SimpleSlot {
  readonly simple: Basistype;
  readonly many: boolean;
}
interface ComplexSlot {
  readonly reader: Reader;
  readonly many: boolean;
}
type Slot = SimpleSlot | ComplexSlot;

interface Reader {
  readonly slots: Map<string, Slot>;
  /** For a list class: the name of its one repeated element, whose array replaces the class. */
  readonly listOf?: string;
}

function baseOf(type: string): Basistype | undefined {
  return (datatypes as Record<string, { base: Basistype }>)[type]?.base;
}

function compile(root: Klasse, s: Standaard): Reader {
  const readers = new Map<object | string, Reader>();
  const readerFor = (type: string | Klasse): Reader => {
    const known = readers.get(type);
    if (known) return known;
    const slots = new Map<string, Slot>();
    const reader: Reader =
      typeof type !== 'string' && isLijstklasse(type) ? { slots, listOf: type.elementen[0]!.naam } : { slots };
    readers.set(type, reader);
    const elementen =
      typeof type === 'string'
        ? (samengesteld as Record<string, readonly (readonly [string, string])[]>)[type]!.map(([n, t]) => ({
            naam: n.replace(/\?$/, ''),
            type: t,
            max: 1 as const,
          }))
        : elementenVan(type, s.id);
    for (const e of elementen) {
      const many = e.max === 'unbounded';
      const base = typeof e.type === 'string' ? baseOf(e.type) : undefined;
      slots.set(e.naam, base ? { simple: base, many } : { reader: readerFor(e.type), many });
    }
    return reader;
  };
  return { slots: new Map([['Bericht', { reader: readerFor(root), many: false }]]) };
}

const compiled = new Map<string, Reader>();

function readerFor(s: Standaard, nummer: Berichtnummer): Reader {
  const key = `${s.id}${nummer}`;
  let r = compiled.get(key);
  if (!r) {
    r = compile(berichtmodellen[nummer].root, s);
    compiled.set(key, r);
  }
  return r;
}

interface Frame {
  name: string;
  slot: Slot | undefined;
  obj: Record<string, unknown>;
  text: string;
}

function convert(base: Basistype, text: string): unknown {
  if (base === 'string') return text;
  const t = text.trim();
  return base === 'integer' ? Number(t) : t;
}

/** Builds the typed object while the scanner walks the text (a class: no closures made per message). */
class Bouwer implements ScanHandler {
  readonly top: Frame;
  private readonly stack: Frame[];

  constructor(reader: Reader) {
    this.top = { name: '', slot: { reader, many: false }, obj: {}, text: '' };
    this.stack = [this.top];
  }

  open(name: string): void {
    const parent = this.stack[this.stack.length - 1]!;
    const slot = parent.slot && 'reader' in parent.slot ? parent.slot.reader.slots.get(name) : undefined;
    this.stack.push({ name, slot, obj: {}, text: '' });
  }

  text(value: string): void {
    this.stack[this.stack.length - 1]!.text = value;
  }

  close(): void {
    const f = this.stack.pop()!;
    const parent = this.stack[this.stack.length - 1]!;
    const slot = f.slot;
    if (!slot) return;
    let value: unknown;
    if ('simple' in slot) value = convert(slot.simple, f.text);
    else value = slot.reader.listOf !== undefined ? (f.obj[slot.reader.listOf] ?? []) : f.obj;
    if (slot.many) ((parent.obj[f.name] ??= []) as unknown[]).push(value);
    else parent.obj[f.name] = value;
  }
}

/**
 * Reads a message libxml2 has validated against its schema into its typed object.
 * The result's type follows from the message number: `parseBericht(xml, iJw, '323')` is a `Bericht323`.
 */
export function parseBericht<N extends Berichtnummer>(xml: string, s: Standaard, nummer: N): Berichten[N] {
  const bouwer = new Bouwer(readerFor(s, nummer));
  scan(xml, bouwer);
  return bouwer.top.obj['Bericht'] as Berichten[N];
}
