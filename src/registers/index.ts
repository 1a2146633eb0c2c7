/**
 * The reference registers a gemeente imports from CSV (`iwj import <register> <file>`), by name.
 * Parsing and validation are pure: bytes in, typed rows or every error out.
 */
import type { Gemeente, Woonplaats } from '../control/feiten.js';
import { aanbieders, type Aanbieder } from './aanbieders.js';
import { budgetafspraken, type Budgetafspraak } from './budgetafspraken.js';
import { contracten, type ContractRij } from './contracten.js';
import { gemeenten } from './gemeenten.js';
import { productcodes, type ProductcodeRij } from './productcodes.js';
import { parseRegisterFile, type RegisterDefinition, type RegisterName } from './register.js';
import type { RegisterError } from './register-error.js';
import { woonplaats } from './woonplaats.js';

export type { RegisterName } from './register.js';
export type { RegisterError } from './register-error.js';

/** The rows of one register, tagged with its name. */
export type RegisterContent =
  | { readonly register: 'gemeenten'; readonly rows: readonly Gemeente[] }
  | { readonly register: 'aanbieders'; readonly rows: readonly Aanbieder[] }
  | { readonly register: 'contracten'; readonly rows: readonly ContractRij[] }
  | { readonly register: 'productcodes'; readonly rows: readonly ProductcodeRij[] }
  | { readonly register: 'woonplaats'; readonly rows: readonly Woonplaats[] }
  | { readonly register: 'budgetafspraken'; readonly rows: readonly Budgetafspraak[] };

type RowOf<N extends RegisterName> = Extract<RegisterContent, { register: N }>['rows'][number];

export const registerDefinitions: { readonly [N in RegisterName]: RegisterDefinition<RowOf<N>> } = {
  gemeenten,
  aanbieders,
  contracten,
  productcodes,
  woonplaats,
  budgetafspraken,
};

export const REGISTER_NAMES = Object.keys(registerDefinitions) as RegisterName[];

export function isRegisterName(name: string): name is RegisterName {
  return Object.hasOwn(registerDefinitions, name);
}

export type RegisterParseResult = { readonly ok: true; readonly content: RegisterContent } | { readonly ok: false; readonly errors: readonly RegisterError[] };

/** Parse and validate a register file by the register's name. */
export function parseRegister(name: RegisterName, bytes: Uint8Array): RegisterParseResult {
  const r = parseRegisterFile(registerDefinitions[name] as RegisterDefinition<unknown>, bytes);
  if (!r.ok) return r;
  return { ok: true, content: { register: name, rows: r.rows } as RegisterContent };
}
