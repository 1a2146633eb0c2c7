import type { ToewijzingFeit } from '../../src/control/feiten.js';
import TR332 from '../../src/rules/toewijzing/TR332.js';
import { ruleTester } from './rule-tester.js';
import { AGB_301, BSN, GEMEENTE_301, toewijzingFeit, voorbeeld } from './zorgfeiten.js';

/** Toewijzing 300201 as our example 301 has it (0384 → 42420001, 55/55A11), sent earlier. */
const eerder = (over: Partial<ToewijzingFeit> = {}): ToewijzingFeit =>
  toewijzingFeit({ gemeente: GEMEENTE_301, agb: AGB_301, toewijzingsdatum: '2026-03-01', toewijzingstijd: '09:00:00', ...over });

const wijziging = (reden: string | undefined) =>
  voorbeeld('JW301', (b) => {
    const p = b.Client.ToegewezenProducten[0]!;
    if (reden === undefined) delete p.RedenWijziging;
    else p.RedenWijziging = reden;
  });

const PAD = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer';

ruleTester(TR332, {
  valid: [
    { name: 'new numbers', type: 'JW301', bericht: voorbeeld('JW301') },
    { name: 'a new version of the same toegewezen product with a RedenWijziging', type: 'JW301', bericht: wijziging('04'), context: { toewijzingen: [eerder()] } },
    {
      name: 'the same version sent again (same Toewijzingsdatum and -tijd)',
      type: 'JW301',
      bericht: wijziging(undefined),
      context: { toewijzingen: [eerder({ toewijzingsdatum: '2026-04-01', toewijzingstijd: '12:34:56' })] },
    },
    {
      name: 'the number used by another gemeente',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: { toewijzingen: [eerder({ gemeente: '0363', bsn: '111222333', productcode: '55A99' })] },
    },
    {
      name: 'a deletion (RedenWijziging 13) of a toewijzing with several earlier versions',
      type: 'WMO301',
      bericht: voorbeeld('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        p.RedenWijziging = '13';
        p.Einddatum = p.Ingangsdatum;
      }),
      context: {
        toewijzingen: [
          eerder({ toewijzingNummer: 101, productcategorie: '01', productcode: '01A01', toewijzingsdatum: '2023-01-01' }),
          eerder({ toewijzingNummer: 101, productcategorie: '01', productcode: '01A01', toewijzingsdatum: '2023-05-01', redenWijziging: '04' }),
        ],
      },
    },
  ],
  invalid: [
    { name: 'the number used for another client', type: 'JW301', bericht: voorbeeld('JW301'), context: { toewijzingen: [eerder({ bsn: '111222333' })] }, paths: [PAD] },
    {
      name: 'the number used for another aanbieder, even as a change',
      type: 'JW301',
      bericht: wijziging('04'),
      context: { toewijzingen: [eerder({ agb: '12345678' })] },
      paths: [PAD],
    },
    {
      name: 'the number used for another product of the same client',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: { toewijzingen: [eerder({ toewijzingNummer: 300202, productcode: '55A11' })] },
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/ToewijzingNummer'],
    },
    {
      name: 'a generic toewijzing (no product) on a number of a specific one',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => delete b.Client.ToegewezenProducten[0]!.Product),
      context: { toewijzingen: [eerder()] },
      paths: [PAD],
    },
    {
      name: 'a new initial toekenning (no RedenWijziging) on a used number, same client and product',
      type: 'JW301',
      bericht: wijziging(undefined),
      context: { toewijzingen: [eerder()] },
      paths: [PAD],
    },
    {
      name: 'iWmo: the number used for another client',
      type: 'WMO301',
      bericht: voorbeeld('WMO301'),
      context: { toewijzingen: [eerder({ toewijzingNummer: 101, bsn: BSN.replace('6', '7'), productcategorie: '01', productcode: '01A01' })] },
      paths: [PAD],
    },
  ],
});
