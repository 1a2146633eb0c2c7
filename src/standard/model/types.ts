/**
 * The shape of our model of the standard. Everything the project knows about a message's structure
 * (schemas, parsing, typed objects, serialisation of retours) is derived from data of these shapes.
 */

/** XSD built-in base of a simple datatype. */
export type Basistype = 'string' | 'integer' | 'date' | 'time';

export interface Datatype {
  readonly base: Basistype;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minInclusive?: number;
  readonly maxInclusive?: number;
  /** Enumerated: the code list (in codelijsten.ts) that holds the allowed values. */
  readonly codelijst?: string;
}

/** A code with its official meaning. */
export type Code = readonly [code: string, betekenis: string];

/** One list for both standards, or a list per standard where they differ. */
export type Codelijst =
  | { readonly alle: readonly Code[] }
  | { readonly iJw: readonly Code[]; readonly iWmo: readonly Code[] };

/**
 * An element in a sequence: `[name, type]` where the name carries its cardinality as a suffix:
 * `Naam` 1..1, `Naam?` 0..1, `Naam+` 1..unbounded.
 */
export type Veld = readonly [naamMetKardinaliteit: string, type: string];

/** A composite datatype (CDT_*): a sequence of elements of basisschema types. */
export type Samengesteld = readonly Veld[];
