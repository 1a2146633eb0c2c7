/**
 * The woonplaats of clients as a BRP extract delivers it: `bsn,gemeentecode,ingangsdatum,einddatum`.
 * A person lives in one gemeente at a time: no two rows for one BSN on the same day. Messages never
 * show the BSN.
 */
import type { Woonplaats } from '../control/feiten.js';
import { parseRegisterFile, type ParseResult, type RegisterDefinition } from './register.js';

export const woonplaats: RegisterDefinition<Woonplaats> = {
  name: 'woonplaats',
  columns: ['bsn', 'gemeentecode', 'ingangsdatum', 'einddatum'],
  read(r) {
    const bsn = r.bsn('bsn');
    const gemeentecode = r.digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363');
    const { ingangsdatum, einddatum } = r.period();
    if (!r.ok) return undefined;
    return { bsn: bsn!, gemeentecode: gemeentecode!, ingangsdatum: ingangsdatum!, ...(einddatum !== undefined ? { einddatum } : {}) };
  },
  key: { value: (w) => w.bsn, describe: () => 'hetzelfde BSN' },
  period: (w) => w,
  difference: (a, b) => (a.gemeentecode !== b.gemeentecode ? `in een andere gemeente (${a.gemeentecode} en ${b.gemeentecode})` : undefined),
};

export const parseWoonplaats = (bytes: Uint8Array): ParseResult<Woonplaats> => parseRegisterFile(woonplaats, bytes);
