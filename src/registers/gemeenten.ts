/**
 * The CBS gemeenten (TR378: a gemeentecode must exist in the CBS overview on the relevant date):
 * `gemeentecode,naam,ingangsdatum,einddatum`. One gemeente per code per day.
 */
import type { Gemeente } from '../control/feiten.js';
import { parseRegisterFile, type ParseResult, type RegisterDefinition } from './register.js';

export const gemeenten: RegisterDefinition<Gemeente> = {
  name: 'gemeenten',
  columns: ['gemeentecode', 'naam', 'ingangsdatum', 'einddatum'],
  read(r) {
    const gemeentecode = r.digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363');
    const naam = r.text('naam');
    const { ingangsdatum, einddatum } = r.period();
    if (!r.ok) return undefined;
    return { gemeentecode: gemeentecode!, naam: naam!, ingangsdatum: ingangsdatum!, ...(einddatum ? { einddatum } : {}) };
  },
  key: { value: (g) => g.gemeentecode, describe: (g) => `dezelfde gemeentecode ${g.gemeentecode}` },
  period: (g) => g,
};

export const parseGemeenten = (bytes: Uint8Array): ParseResult<Gemeente> => parseRegisterFile(gemeenten, bytes);
