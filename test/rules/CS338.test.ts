import CS338 from '../../src/rules/toewijzing/CS338.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const omvang = (naam: 'JW301' | 'WMO301', eenheid: string, frequentie: string, einddatum: string | undefined, ingangsdatum?: string) =>
  variant(naam, (b) => {
    const p = b.Client.ToegewezenProducten[0]!;
    p.Omvang = { Volume: 5, Eenheid: eenheid, Frequentie: frequentie };
    if (ingangsdatum) p.Ingangsdatum = ingangsdatum;
    if (einddatum === undefined) delete p.Einddatum;
    else p.Einddatum = einddatum;
  });

ruleTester(CS338, {
  valid: [
    { name: 'the example toewijzing (dagdeel per week)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing (minuten per dag)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example verzoek om wijziging (etmaal per maand)', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    { name: 'etmaal in totaal (6), open-ended', type: 'WMO301', bericht: omvang('WMO301', '14', '6', undefined) },
    { name: "euro's per maand (4)", type: 'JW301', bericht: omvang('JW301', '83', '4', '2026-12-31') },
    { name: 'uren per dag (eenheid 04 is not restricted)', type: 'JW301', bericht: omvang('JW301', '04', '1', undefined) },
    { name: 'etmaal per dag ending on 31-12-2020', type: 'WMO301', bericht: omvang('WMO301', '14', '1', '2020-12-31', '2020-01-01') },
  ],
  invalid: [
    { name: 'dagdeel per dag', type: 'JW301', bericht: omvang('JW301', '16', '1', '2026-07-14'), paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Frequentie'] },
    { name: "euro's per dag, open-ended", type: 'WMO301', bericht: omvang('WMO301', '83', '1', undefined), paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Frequentie'] },
    { name: 'stuks (inspanning) per dag ending on 1-1-2021', type: 'WMO301', bericht: omvang('WMO301', '84', '1', '2021-01-01', '2020-06-01'), paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Frequentie'] },
    {
      name: 'a new product in etmalen per dag',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        b.Client.Verzoek.NieuweProducten![0]!.Omvang!.Frequentie = '1';
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang/Frequentie'],
    },
    {
      name: 'a product to change in dagdelen per dag',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        b.Client.Verzoek.NieuweProducten![0]!.Einddatum = '2026-12-31';
        b.Client.Verzoek.TeWijzigenProducten = [
          { ToewijzingNummer: 10072, GewensteIngangsdatum: '2026-02-01', Omvang: { Volume: 2, Eenheid: '16', Frequentie: '1' } },
        ];
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang/Frequentie'],
    },
  ],
});
