import CS050 from '../../src/rules/client/CS050.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS050, {
  valid: [
    { name: 'the example toewijzing (partner name, NaamGebruik 4 and 1)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example toewijzing (no partner name, NaamGebruik 1)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    {
      name: 'a partner name with NaamGebruik 2 and 3',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Relaties![0]!.Naam.NaamGebruik = '2';
        b.Client.Naam.Partnernaam = { Achternaam: 'Vries' };
        b.Client.Naam.NaamGebruik = '3';
      }),
    },
    {
      name: 'a relation without partner name with NaamGebruik 6 (an organisation)',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Relaties![1]!.Naam.Partnernaam;
        b.Client.Relaties![1]!.Naam.NaamGebruik = '6';
      }),
    },
  ],
  invalid: [
    {
      name: 'a partner name with NaamGebruik 6',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Naam.NaamGebruik = '6';
      }),
      paths: ['/Bericht/Client/Naam/NaamGebruik'],
    },
    {
      name: 'a relation with a partner name and NaamGebruik 5 (pseudoniem)',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Relaties![0]!.Naam.NaamGebruik = '5';
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[1]/Naam/NaamGebruik'],
    },
    {
      name: 'no partner name and NaamGebruik 2',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Relaties![1]!.Naam.NaamGebruik = '2';
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Naam/NaamGebruik'],
    },
    {
      name: 'no partner name and NaamGebruik 4, for client and relation',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Naam.Partnernaam;
        delete b.Client.Relaties![0]!.Naam.Partnernaam;
        b.Client.Relaties![0]!.Naam.NaamGebruik = '5';
      }),
      paths: ['/Bericht/Client/Naam/NaamGebruik', '/Bericht/Client/Relaties/Relatie[1]/Naam/NaamGebruik'],
    },
  ],
});
