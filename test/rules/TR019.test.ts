import TR019 from '../../src/rules/start-stop/TR019.js';
import { ruleTester } from './rule-tester.js';
import { AGB, GEMEENTE, contract, toewijzingFeit, voorbeeld } from './zorgfeiten.js';

/** The toewijzingen the JW305/JW307 examples name: 300201 (55A11) and 300202 (55A12) from 0363 to 65656055. */
const TOEWIJZINGEN = [toewijzingFeit(), toewijzingFeit({ toewijzingNummer: 300202, productcode: '55A12', einddatum: '2026-07-19' })];
const WMO_TOEWIJZINGEN = [
  toewijzingFeit({ productcategorie: '01', productcode: '01A11', ingangsdatum: '2025-04-01', toewijzingsdatum: '2025-04-01', einddatum: '2025-12-31' }),
  toewijzingFeit({ toewijzingNummer: 300202, productcategorie: '01', productcode: '01A12', ingangsdatum: '2025-04-01', toewijzingsdatum: '2025-04-01', einddatum: '2025-12-31' }),
];
const context = { toewijzingen: TOEWIJZINGEN };

/** The example 305 with its first line taakgericht: no ToewijzingNummer. */
const zonderNummer = () =>
  voorbeeld('JW305', (b) => {
    delete b.Client.StartProducten[0]!.ToewijzingNummer;
    delete b.Client.StartProducten[0]!.ToewijzingIngangsdatum;
  });
const contractVan = (bekostiging: 'inspanningsgericht' | 'outputgericht' | 'taakgericht', productcode?: string) =>
  contract({ agb: AGB, gemeentecode: GEMEENTE, bekostiging, ...(productcode !== undefined ? { productcode } : {}) });

const PAD = (i: number) => `/Bericht/Client/StartProducten/StartProduct[${i}]`;

ruleTester(TR019, {
  valid: [
    { name: 'the example start zorg on its toewijzingen', type: 'JW305', bericht: voorbeeld('JW305'), context },
    { name: 'the example stop zorg on its toewijzingen', type: 'JW307', bericht: voorbeeld('JW307'), context },
    { name: 'the iWmo example start zorg', type: 'WMO305', bericht: voorbeeld('WMO305'), context: { toewijzingen: WMO_TOEWIJZINGEN } },
    {
      name: 'a deletion line (StatusAanlevering 3) naming an unknown toewijzing: no content checks',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        b.Client.StartProducten[1]!.ToewijzingNummer = 999;
        b.Client.StartProducten[1]!.StatusAanlevering = '3';
      }),
      context: { toewijzingen: [TOEWIJZINGEN[0]!] },
    },
    {
      name: 'the toewijzing in force is the latest by datum and tijd (a deletion earlier that day is not)',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: {
        toewijzingen: [
          ...TOEWIJZINGEN,
          toewijzingFeit({ toewijzingsdatum: '2026-04-01', toewijzingstijd: '09:00:00', redenWijziging: '13', einddatum: '2026-04-01' }),
        ],
      },
    },
    {
      name: 'no ToewijzingNummer under a taakgericht contract',
      type: 'JW305',
      bericht: zonderNummer(),
      context: { ...context, contracten: [contractVan('taakgericht')] },
    },
    { name: 'no ToewijzingNummer and no contract to tell the werkwijze', type: 'JW305', bericht: zonderNummer(), context },
    {
      name: 'no ToewijzingNummer where one of the covering contracts is taakgericht',
      type: 'JW305',
      bericht: zonderNummer(),
      context: { ...context, contracten: [contractVan('inspanningsgericht', '55A11'), contractVan('taakgericht')] },
    },
    {
      name: 'no ToewijzingNummer; the inspanningsgericht contract is for another product',
      type: 'JW305',
      bericht: zonderNummer(),
      context: { ...context, contracten: [contractVan('inspanningsgericht', '55A12')] },
    },
  ],
  invalid: [
    { name: 'a toewijzing the gemeente never sent', type: 'JW305', bericht: voorbeeld('JW305'), context: { toewijzingen: [TOEWIJZINGEN[0]!] }, paths: [PAD(2)] },
    {
      name: 'a toewijzing of another gemeente with that number',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { toewijzingen: [TOEWIJZINGEN[0]!, toewijzingFeit({ gemeente: '0384', toewijzingNummer: 300202 })] },
      paths: ['/Bericht/Client/StopProducten/StopProduct[2]'],
    },
    {
      name: 'a toewijzing of another client',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { toewijzingen: [toewijzingFeit({ bsn: '111222333' }), TOEWIJZINGEN[1]!] },
      paths: [PAD(1)],
    },
    {
      name: 'a toewijzing to another aanbieder',
      type: 'WMO305',
      bericht: voorbeeld('WMO305'),
      context: { toewijzingen: [WMO_TOEWIJZINGEN[0]!, { ...WMO_TOEWIJZINGEN[1]!, agb: '12345678' }] },
      paths: [PAD(2)],
    },
    {
      name: 'a deleted toewijzing (latest version RedenWijziging 13)',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: {
        toewijzingen: [...TOEWIJZINGEN, toewijzingFeit({ toewijzingsdatum: '2026-04-10', redenWijziging: '13', einddatum: '2026-04-01' })],
      },
      paths: [PAD(1)],
    },
    {
      name: 'no ToewijzingNummer under an inspanningsgericht contract for the categorie',
      type: 'JW305',
      bericht: zonderNummer(),
      context: { ...context, contracten: [contractVan('inspanningsgericht')] },
      paths: [PAD(1)],
    },
    {
      name: 'no ToewijzingNummer under an outputgericht contract for the product',
      type: 'JW305',
      bericht: zonderNummer(),
      context: { ...context, contracten: [contractVan('outputgericht', '55A11'), contractVan('taakgericht', '55A12')] },
      paths: [PAD(1)],
    },
  ],
});
