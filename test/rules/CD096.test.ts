import CD096 from '../../src/rules/verzoek/CD096.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const zonderCode = (naam: 'JW317' | 'WMO317', einddatum: string | undefined, ingangsdatum?: string) =>
  variant(naam, (b) => {
    const p = b.Client.Verzoek.NieuweProducten![0]!;
    delete p.Product!.Code;
    if (ingangsdatum) p.GewensteIngangsdatum = ingangsdatum;
    if (einddatum === undefined) delete p.Einddatum;
    else p.Einddatum = einddatum;
  });

ruleTester(CD096, {
  valid: [
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    { name: 'the example verzoek om wijziging', type: 'JW317', bericht: voorbeeldBericht('JW317') },
    { name: 'no code, an Omvang, ending on 31-12-2020', type: 'JW317', bericht: zonderCode('JW317', '2020-12-31', '2020-06-01') },
  ],
  invalid: [
    { name: 'no code, an Omvang, ending in 2023', type: 'WMO317', bericht: zonderCode('WMO317', '2023-12-31'), paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang'] },
    { name: 'no code, an Omvang, ending on 1-1-2021', type: 'JW317', bericht: zonderCode('JW317', '2021-01-01', '2020-06-01'), paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang'] },
    { name: 'no code, an Omvang, open-ended', type: 'JW317', bericht: zonderCode('JW317', undefined), paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang'] },
  ],
});
