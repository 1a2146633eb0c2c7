/**
 * Which contracts of an aanbieder with a gemeente cover a prestatie: same ProductCategorie, and the
 * same ProductCode or a contract for the whole categorie (no code), valid on some day of the
 * ProductPeriode. The prestatie is contracted (`gedekt`) when those contracts together cover every
 * day of its ProductPeriode.
 *
 * The tarief that applies comes from the contracts for the ProductCode itself when there are any,
 * else from the contracts for the whole categorie.
 */
import type { Registers } from './context.js';
import type { Contract } from './feiten.js';
import { eersteOngedekteDag, overlapt, type GeslotenPeriode } from './kalender.js';

export interface ProductOpPeriode {
  readonly agb: string;
  readonly gemeente: string;
  readonly productcategorie: string;
  readonly productcode: string;
  readonly periode: GeslotenPeriode;
}

export interface ContractDekking {
  /** Every matching contract valid on some day of the period. */
  readonly contracten: readonly Contract[];
  /** The contracts whose tarief applies: for the ProductCode itself when any, else for the categorie. */
  readonly tariefContracten: readonly Contract[];
  /** The first day of the period no contract covers; absent when fully covered. */
  readonly ongedektVanaf?: string;
}

export function contractDekking(registers: Registers, p: ProductOpPeriode): ContractDekking {
  const contracten = registers
    .contracten(p.agb, p.gemeente)
    .filter(
      (c) =>
        c.productcategorie === p.productcategorie &&
        (c.productcode === undefined || c.productcode === p.productcode) &&
        overlapt({ begin: c.ingangsdatum, eind: c.einddatum }, p.periode),
    );
  const specifiek = contracten.filter((c) => c.productcode !== undefined);
  const ongedektVanaf = eersteOngedekteDag(
    p.periode,
    contracten.map((c) => ({ begin: c.ingangsdatum, eind: c.einddatum })),
  );
  return {
    contracten,
    tariefContracten: specifiek.length > 0 ? specifiek : contracten,
    ...(ongedektVanaf !== undefined ? { ongedektVanaf } : {}),
  };
}

/** The bekostiging (uitvoeringsvariant) the covering contracts agree on, if they agree. */
export function bekostigingVan(dekking: ContractDekking): Contract['bekostiging'] | undefined {
  const soorten = new Set(dekking.tariefContracten.map((c) => c.bekostiging));
  return soorten.size === 1 ? [...soorten][0] : undefined;
}
