import TR002, { jarenLater } from '../../src/rules/client/TR002.js';
import { describe, expect, it } from 'vitest';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

describe('jarenLater', () => {
  it('moves a date by whole years, keeping month and day', () => {
    expect(jarenLater('1906-04-01', 120)).toBe('2026-04-01');
    expect(jarenLater('1904-02-29', 120)).toBe('2024-02-29');
    expect(jarenLater('0999-12-31', 1)).toBe('1000-12-31');
  });
  it('keeps 29 February as text, which sorts between 28 February and 1 March', () => {
    const verjaardag = jarenLater('1896-02-29', 120);
    expect(verjaardag).toBe('2016-02-29');
    expect('2016-02-28' < verjaardag && verjaardag < '2016-03-01').toBe(true);
  });
});

const dagtekening = (d: string) => (b: { Header: { BerichtIdentificatie: { Dagtekening: string } } }) => {
  b.Header.BerichtIdentificatie.Dagtekening = d;
};

ruleTester(TR002, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example start zorg', type: 'WMO305', bericht: voorbeeldBericht('WMO305') },
    { name: 'the example stop zorg', type: 'JW307', bericht: voorbeeldBericht('JW307') },
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    {
      name: 'a client born exactly 120 years before the Dagtekening',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Geboortedatum = { Datum: '1906-04-01' };
      }),
    },
    {
      name: 'a client born on 29 February exactly 120 years before a Dagtekening on 29 February',
      type: 'WMO305',
      bericht: variant('WMO305', (b) => {
        dagtekening('2024-02-29')(b);
        b.Client.Geboortedatum = { Datum: '1904-02-29' };
      }),
    },
    {
      name: 'a client born on 29 February, Dagtekening on 28 February 120 years on (birthday not yet passed)',
      type: 'JW305',
      bericht: variant('JW305', (b) => {
        dagtekening('2024-02-28')(b);
        b.Client.Geboortedatum = { Datum: '1904-02-29' };
      }),
    },
    {
      name: 'an unknown birth date (DatumGebruik 3, 1900-01-01)',
      type: 'JW307',
      bericht: variant('JW307', (b) => {
        b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' };
      }),
    },
    {
      name: 'a relation without a birth date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Relaties![0]!.Geboortedatum;
      }),
    },
  ],
  invalid: [
    {
      name: 'a client born 120 years and one day before the Dagtekening',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Geboortedatum = { Datum: '1906-03-31' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'a client born on 28 February 1904, Dagtekening 29 February 2024',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        dagtekening('2024-02-29')(b);
        b.Client.Geboortedatum = { Datum: '1904-02-28' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'a client born on 29 February 1904, Dagtekening 1 March 2024',
      type: 'WMO307',
      bericht: variant('WMO307', (b) => {
        dagtekening('2024-03-01')(b);
        b.Client.Geboortedatum = { Datum: '1904-02-29' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'the placeholder 1900-01-01 without DatumGebruik 3',
      type: 'JW305',
      bericht: variant('JW305', (b) => {
        b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '2' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'a relation born long ago',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Relaties![1]!.Geboortedatum = { Datum: '1850-06-01' };
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Geboortedatum/Datum'],
    },
    {
      name: 'a verzoek om toewijzing for a client born in 1890',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        b.Client.Geboortedatum = { Datum: '1890-07-16' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'a verzoek om toewijzing for a client born in 1900 with day and month unknown',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '2' };
      }),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
  ],
});
