/**
 * The contracts with their tarieven: `agb,gemeentecode,productcategorie,productcode,ingangsdatum,
 * einddatum,tarief,eenheid,frequentie,bekostiging,perceel,segment`. An empty productcode covers the
 * whole categorie. One contract per aanbieder, gemeente, categorie and productcode per day; a
 * contract for one productcode may lie within a contract for its whole categorie.
 */
import type { Bekostiging, Contract } from '../control/feiten.js';
import type { StandaardId } from '../standard/standaard.js';
import { formatEuro } from './euro.js';
import { codesVoor, readProductcategorie, readProductcode } from './productcategorie.js';
import { parseRegisterFile, type ParseResult, type RegisterDefinition } from './register.js';

/** A contract row with the wettelijk domein its productcategorie belongs to. */
export interface ContractRij extends Contract {
  readonly standaard: StandaardId;
}

export const BEKOSTIGINGEN: readonly Bekostiging[] = ['inspanningsgericht', 'outputgericht', 'taakgericht'];
export const PERCELEN = ['regionaal', 'lokaal'] as const;
/** ProductTarief in a 323 is an LDT_Bedrag: at most 99999999 eurocents. */
export const MAX_TARIEF = 99_999_999;

const product = (c: ContractRij): string =>
  c.productcode === undefined ? `productcategorie ${c.productcategorie} (hele categorie)` : `productcategorie ${c.productcategorie}, productcode ${c.productcode}`;

export const contracten: RegisterDefinition<ContractRij> = {
  name: 'contracten',
  columns: ['agb', 'gemeentecode', 'productcategorie', 'productcode', 'ingangsdatum', 'einddatum', 'tarief', 'eenheid', 'frequentie', 'bekostiging', 'perceel', 'segment'],
  read(r) {
    const agb = r.digits('agb', 8, 'een AGB-code', '12345678');
    const gemeentecode = r.digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363');
    const categorie = readProductcategorie(r);
    const productcode = readProductcode(r, false);
    const { ingangsdatum, einddatum } = r.period();
    const tarief = r.cents('tarief', true, MAX_TARIEF);
    const eenheid = r.code('eenheid', codesVoor('Eenheid', categorie?.standaard), 'Eenheid');
    const frequentie = r.code('frequentie', codesVoor('Frequentie', categorie?.standaard), 'Frequentie', false);
    const bekostiging = r.choice('bekostiging', BEKOSTIGINGEN);
    const perceel = r.choice('perceel', PERCELEN);
    const segment = r.text('segment');
    if (!r.ok) return undefined;
    return {
      standaard: categorie!.standaard,
      agb: agb!,
      gemeentecode: gemeentecode!,
      productcategorie: categorie!.productcategorie,
      ...(productcode !== undefined ? { productcode } : {}),
      ingangsdatum: ingangsdatum!,
      ...(einddatum !== undefined ? { einddatum } : {}),
      tarief: tarief!,
      eenheid: eenheid!,
      ...(frequentie !== undefined ? { frequentie } : {}),
      bekostiging: bekostiging!,
      perceel: perceel!,
      segment: segment!,
    };
  },
  key: {
    value: (c) => [c.agb, c.gemeentecode, c.productcategorie, c.productcode ?? ''].join('/'),
    describe: (c) => `dezelfde aanbieder ${c.agb}, gemeente ${c.gemeentecode} en ${product(c)}`,
  },
  period: (c) => c,
  difference: (a, b) => (a.tarief !== b.tarief ? `met een ander tarief (${formatEuro(a.tarief)} en ${formatEuro(b.tarief)})` : undefined),
};

export const parseContracten = (bytes: Uint8Array): ParseResult<ContractRij> => parseRegisterFile(contracten, bytes);
