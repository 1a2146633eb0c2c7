/**
 * The logical key (sleutelelementen) of every berichtklasse, per message: the elements the standard
 * marks in the column Sleutelelement of its per-data-element table (iJw 3.2; iWmo has the same
 * classes and keys, without the iJw-only elements). A class is listed under the class it sits in,
 * because its key counts in combination with the keys of the classes above it (TR101).
 *
 * Notes on the table as the standard has it:
 * - A composite key element counts with all its parts: Product is Categorie and Code,
 *   ProductReferentie is ReferentieNummer and VorigReferentieNummer.
 * - The 307's StopProduct has RedenBeeindiging and Einddatum in its key, the 305's StartProduct not.
 * - The 301's Contact appears twice: in Contactgegevens (a list, key Soort) and once per Relatie.
 * - The 319 has keys too, but TR101 does not apply to it; retours are not listed for TR101.
 */

import type { Berichtnummer } from '../../standard/model/berichten.js';

export interface Sleutelklasse {
  /** The berichtklasse as the standard names it. */
  readonly klasse: string;
  /**
   * The step from the class above down to this one, in element names: `Client`, `Verzoek`, or a list
   * class and its items as one step, `Clienten/Client`.
   */
  readonly pad: string;
  /** The sleutelelementen, as paths inside the class: `Bsn`, `Product/Code`. */
  readonly sleutel: readonly string[];
  readonly onder?: readonly Sleutelklasse[];
}

const Product = ['Product/Categorie', 'Product/Code'];
const ProductReferentie = ['ProductReferentie/ReferentieNummer', 'ProductReferentie/VorigReferentieNummer'];

/** Per message, its top berichtklasse under Bericht (the Header has no key). */
export const sleutels = {
  '301': {
    klasse: 'Client',
    pad: 'Client',
    sleutel: ['Bsn'],
    onder: [
      {
        klasse: 'Relatie',
        pad: 'Relaties/Relatie',
        sleutel: ['Nummer'],
        onder: [{ klasse: 'Contact', pad: 'Contact', sleutel: ['Soort'] }],
      },
      { klasse: 'Contact', pad: 'Contactgegevens/Contact', sleutel: ['Soort'] },
      { klasse: 'ToegewezenProduct', pad: 'ToegewezenProducten/ToegewezenProduct', sleutel: ['ToewijzingNummer'] },
    ],
  },
  '305': {
    klasse: 'Client',
    pad: 'Client',
    sleutel: ['Bsn'],
    onder: [
      {
        klasse: 'StartProduct',
        pad: 'StartProducten/StartProduct',
        sleutel: ['ToewijzingNummer', ...Product, 'Begindatum'],
      },
    ],
  },
  '307': {
    klasse: 'Client',
    pad: 'Client',
    sleutel: ['Bsn'],
    onder: [
      {
        klasse: 'StopProduct',
        pad: 'StopProducten/StopProduct',
        sleutel: ['ToewijzingNummer', ...Product, 'Begindatum', 'RedenBeeindiging', 'Einddatum'],
      },
    ],
  },
  '315': {
    klasse: 'Client',
    pad: 'Client',
    sleutel: ['Bsn'],
    onder: [{ klasse: 'AangevraagdProduct', pad: 'AangevraagdeProducten/AangevraagdProduct', sleutel: ['ReferentieAanbieder'] }],
  },
  '317': {
    klasse: 'Client',
    pad: 'Client',
    sleutel: ['Bsn'],
    onder: [
      {
        klasse: 'Verzoek',
        pad: 'Verzoek',
        sleutel: ['ReferentieAanbieder'],
        onder: [
          { klasse: 'OngewijzigdProduct', pad: 'OngewijzigdeProducten/OngewijzigdProduct', sleutel: ['ToewijzingNummer'] },
          { klasse: 'TeWijzigenProduct', pad: 'TeWijzigenProducten/TeWijzigenProduct', sleutel: ['ToewijzingNummer'] },
          { klasse: 'NieuwProduct', pad: 'NieuweProducten/NieuwProduct', sleutel: [...Product, 'GewensteIngangsdatum'] },
        ],
      },
    ],
  },
  '323': {
    klasse: 'Declaratie',
    pad: 'Declaratie',
    sleutel: ['DeclaratieNummer'],
    onder: [
      {
        klasse: 'Client',
        pad: 'Clienten/Client',
        sleutel: ['Bsn'],
        onder: [{ klasse: 'Prestatie', pad: 'Prestaties/Prestatie', sleutel: ProductReferentie }],
      },
    ],
  },
  '325': {
    klasse: 'DeclaratieAntwoord',
    pad: 'DeclaratieAntwoord',
    sleutel: ['DeclaratieNummer'],
    onder: [
      {
        klasse: 'Client',
        pad: 'Clienten/Client',
        sleutel: ['Bsn'],
        onder: [{ klasse: 'Prestatie', pad: 'Prestaties/Prestatie', sleutel: ProductReferentie }],
      },
    ],
  },
} as const satisfies Partial<Record<Berichtnummer, Sleutelklasse>>;
