import CS343 from '../../src/rules/verzoek/CS343.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const omvang = (naam: 'JW315' | 'WMO315', eenheid: string, frequentie: string, einddatum: string | undefined, ingangsdatum?: string) =>
  variant(naam, (b) => {
    const p = b.Client.AangevraagdeProducten[1]!;
    p.Omvang = { Volume: 5, Eenheid: eenheid, Frequentie: frequentie };
    if (ingangsdatum) p.ToewijzingIngangsdatum = ingangsdatum;
    if (einddatum === undefined) delete p.ToewijzingEinddatum;
    else p.ToewijzingEinddatum = einddatum;
  });

ruleTester(CS343, {
  valid: [
    { name: 'the example (dagdeel per maand)', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    { name: 'the example (etmaal per maand)', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: "euro's per week", type: 'WMO315', bericht: omvang('WMO315', '83', '2', '2023-12-31') },
    { name: 'minuten per dag (eenheid 01 is not restricted)', type: 'JW315', bericht: omvang('JW315', '01', '1', undefined) },
    { name: 'dagdeel per dag ending on 31-12-2020', type: 'JW315', bericht: omvang('JW315', '16', '1', '2020-12-31', '2020-01-01') },
  ],
  invalid: [
    { name: 'etmaal per dag', type: 'WMO315', bericht: omvang('WMO315', '14', '1', '2023-06-30'), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Omvang/Frequentie'] },
    { name: 'stuks (inspanning) per dag, open-ended', type: 'JW315', bericht: omvang('JW315', '84', '1', undefined), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Omvang/Frequentie'] },
    { name: "euro's per dag ending on 1-1-2021", type: 'WMO315', bericht: omvang('WMO315', '83', '1', '2021-01-01', '2020-06-01'), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Omvang/Frequentie'] },
  ],
});
