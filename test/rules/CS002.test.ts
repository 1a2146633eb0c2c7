import { voldoetAanElfproef } from '../../src/rules/client/CS002.js';
import CS002 from '../../src/rules/client/CS002.js';
import { describe, expect, it } from 'vitest';
import { voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

describe('elfproef', () => {
  it('accepts BSNs whose weighted sum is divisible by 11', () => {
    expect(voldoetAanElfproef('999900006')).toBe(true);
    expect(voldoetAanElfproef('111222333')).toBe(true);
    expect(voldoetAanElfproef('123456782')).toBe(true);
  });
  it('rejects BSNs that fail it', () => {
    expect(voldoetAanElfproef('999900007')).toBe(false);
    expect(voldoetAanElfproef('123456789')).toBe(false);
  });
});

const metBsn = <T extends { Client: { Bsn: string } }>(b: T, bsn: string): T => ({ ...b, Client: { ...b.Client, Bsn: bsn } });

const declaratieMetFouteBsn = () => {
  const b = voorbeeldBericht('JW323');
  b.Declaratie.Clienten[0]!.Bsn = '123456789';
  return b;
};

ruleTester(CS002, {
  valid: [
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example declaratie', type: 'JW323', bericht: voorbeeldBericht('JW323') },
    { name: 'a start zorg', type: 'JW305', bericht: voorbeeldBericht('JW305') },
    { name: 'the example declaratie-antwoord', type: 'JW325', bericht: voorbeeldBericht('JW325') },
    {
      name: 'a declaratie-antwoord without clients',
      type: 'JW325',
      bericht: (() => {
        const b = voorbeeldBericht('JW325');
        delete b.DeclaratieAntwoord!.Clienten;
        b.DeclaratieAntwoord!.TotaalToegekendBedrag = { ...b.DeclaratieAntwoord!.TotaalIngediendBedrag };
        return b;
      })(),
    },
  ],
  invalid: [
    { name: 'a toewijzing for BSN 123456789', type: 'JW301', bericht: metBsn(voorbeeldBericht('JW301'), '123456789'), paths: ['/Bericht/Client/Bsn'] },
    { name: 'a stop zorg with a mistyped BSN', type: 'WMO307', bericht: metBsn(voorbeeldBericht('WMO307'), '999900007'), paths: ['/Bericht/Client/Bsn'] },
    { name: 'a declaratie client with a bad BSN', type: 'JW323', bericht: declaratieMetFouteBsn(), paths: ['/Bericht/Declaratie/Clienten/Client[1]/Bsn'] },
    {
      name: 'a declaratie-antwoord client with a bad BSN (self-check of our own 325)',
      type: 'JW325',
      bericht: (() => {
        const b = voorbeeldBericht('JW325');
        b.DeclaratieAntwoord!.Clienten![1]!.Bsn = '999900019';
        return b;
      })(),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[2]/Bsn'],
    },
  ],
});
