import CS139 from '../../src/rules/client/CS139.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS139, {
  valid: [
    { name: 'the example toewijzing (no DatumGebruik)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example start zorg', type: 'JW305', bericht: voorbeeldBericht('JW305') },
    {
      name: 'day unknown (1) and the first of the month',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Geboortedatum = { Datum: '2010-02-01', DatumGebruik: '1' };
      }),
    },
    {
      name: 'day and month unknown (2) and 1 January',
      type: 'WMO307',
      bericht: variant('WMO307', (b) => {
        b.Client.Geboortedatum = { Datum: '1967-01-01', DatumGebruik: '2' };
      }),
    },
    {
      name: 'date unknown (3) and 1900-01-01',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' };
      }),
    },
    {
      name: 'a relation with day unknown on the first of the month',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Relaties![0]!.Geboortedatum = { Datum: '1967-01-01', DatumGebruik: '1' };
      }),
    },
  ],
  invalid: [
    {
      name: 'day unknown (1) but a day other than 01',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Geboortedatum = { Datum: '2010-02-14', DatumGebruik: '1' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/DatumGebruik'],
    },
    {
      name: 'day and month unknown (2) but on the first of August',
      type: 'WMO305',
      bericht: variant('WMO305', (b) => {
        b.Client.Geboortedatum = { Datum: '1967-08-01', DatumGebruik: '2' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/DatumGebruik'],
    },
    {
      name: 'day and month unknown (2) but on 13 January',
      type: 'JW307',
      bericht: variant('JW307', (b) => {
        b.Client.Geboortedatum = { Datum: '2010-01-13', DatumGebruik: '2' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/DatumGebruik'],
    },
    {
      name: 'date unknown (3) but 1 January of another year than 1900',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        b.Client.Geboortedatum = { Datum: '2010-01-01', DatumGebruik: '3' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/DatumGebruik'],
    },
    {
      name: 'a relation with date unknown (3) but a real date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Relaties![1]!.Geboortedatum = { Datum: '1967-08-13', DatumGebruik: '3' };
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Geboortedatum/DatumGebruik'],
    },
  ],
});
