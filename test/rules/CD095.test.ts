import CD095 from '../../src/rules/verzoek/CD095.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const zonderCode = (naam: 'JW315' | 'WMO315', einddatum: string | undefined, ingangsdatum?: string) =>
  variant(naam, (b) => {
    const p = b.Client.AangevraagdeProducten[0]!;
    delete p.Product!.Code;
    if (ingangsdatum) p.ToewijzingIngangsdatum = ingangsdatum;
    if (einddatum === undefined) delete p.ToewijzingEinddatum;
    else p.ToewijzingEinddatum = einddatum;
  });

ruleTester(CD095, {
  valid: [
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'no code, an Omvang, ending on 31-12-2020', type: 'WMO315', bericht: zonderCode('WMO315', '2020-12-31', '2020-06-01') },
  ],
  invalid: [
    { name: 'no code, an Omvang, ending in 2027', type: 'JW315', bericht: zonderCode('JW315', '2027-06-30'), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang'] },
    { name: 'no code, an Omvang, ending on 1-1-2021', type: 'WMO315', bericht: zonderCode('WMO315', '2021-01-01', '2020-06-01'), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang'] },
    { name: 'no code, an Omvang, open-ended', type: 'WMO315', bericht: zonderCode('WMO315', undefined), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang'] },
  ],
});
