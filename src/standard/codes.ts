/**
 * Reading the code lists for one standard.
 */
import { codelijsten, type CodelijstNaam } from './model/codelijsten.js';
import type { Code } from './model/types.js';
import type { StandaardId } from './standaard.js';

export function codes(lijst: CodelijstNaam, standaard: StandaardId): readonly Code[] {
  const l = codelijsten[lijst] as { alle?: readonly Code[]; iJw?: readonly Code[]; iWmo?: readonly Code[] };
  return l.alle ?? l[standaard]!;
}

const betekenissen = new Map<string, Map<string, string>>();

/** The official meaning of a code, or undefined when the code is not in the list. */
export function betekenis(lijst: CodelijstNaam, standaard: StandaardId, code: string): string | undefined {
  const sleutel = `${lijst}/${standaard}`;
  let m = betekenissen.get(sleutel);
  if (!m) {
    m = new Map(codes(lijst, standaard).map(([c, b]) => [c, b]));
    betekenissen.set(sleutel, m);
  }
  return m.get(code);
}
