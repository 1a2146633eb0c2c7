/**
 * The product code list each gemeente uses (TR381: a ProductCode must fit its ProductCategorie in
 * the list in use): `gemeentecode,productcategorie,productcode,ingangsdatum,einddatum`. One row per
 * gemeente, categorie and code per day.
 */
import type { Productcode } from '../control/feiten.js';
import type { StandaardId } from '../standard/standaard.js';
import { readProductcategorie, readProductcode } from './productcategorie.js';
import { parseRegisterFile, type ParseResult, type RegisterDefinition } from './register.js';

/** A product code row with the wettelijk domein its productcategorie belongs to. */
export interface ProductcodeRij extends Productcode {
  readonly standaard: StandaardId;
}

export const productcodes: RegisterDefinition<ProductcodeRij> = {
  name: 'productcodes',
  columns: ['gemeentecode', 'productcategorie', 'productcode', 'ingangsdatum', 'einddatum'],
  read(r) {
    const gemeentecode = r.digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363');
    const categorie = readProductcategorie(r);
    const productcode = readProductcode(r, true);
    const { ingangsdatum, einddatum } = r.period();
    if (!r.ok) return undefined;
    return {
      standaard: categorie!.standaard,
      gemeentecode: gemeentecode!,
      productcategorie: categorie!.productcategorie,
      productcode: productcode!,
      ingangsdatum: ingangsdatum!,
      ...(einddatum !== undefined ? { einddatum } : {}),
    };
  },
  key: {
    value: (p) => [p.gemeentecode, p.productcategorie, p.productcode].join('/'),
    describe: (p) => `dezelfde gemeente ${p.gemeentecode}, productcategorie ${p.productcategorie} en productcode ${p.productcode}`,
  },
  period: (p) => p,
};

export const parseProductcodes = (bytes: Uint8Array): ParseResult<ProductcodeRij> => parseRegisterFile(productcodes, bytes);
