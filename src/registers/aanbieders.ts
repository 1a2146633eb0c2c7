/** The aanbieders by AGB code, for names in the backoffice: `agb,naam`. One row per AGB code. */
import { parseRegisterFile, type ParseResult, type RegisterDefinition } from './register.js';

export interface Aanbieder {
  readonly agb: string;
  readonly naam: string;
}

export const aanbieders: RegisterDefinition<Aanbieder> = {
  name: 'aanbieders',
  columns: ['agb', 'naam'],
  read(r) {
    const agb = r.digits('agb', 8, 'een AGB-code', '12345678');
    const naam = r.text('naam');
    if (!r.ok) return undefined;
    return { agb: agb!, naam: naam! };
  },
  key: { value: (a) => a.agb, describe: (a) => `AGB-code ${a.agb}` },
  difference: (a, b) => (a.naam !== b.naam ? 'met een andere naam' : undefined),
};

export const parseAanbieders = (bytes: Uint8Array): ParseResult<Aanbieder> => parseRegisterFile(aanbieders, bytes);
