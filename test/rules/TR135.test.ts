import { describe, expect, it } from 'vitest';
import TR135 from '../../src/rules/header/TR135.js';
import { gevolgOp } from '../../src/rules/rule.js';
import { typeVan } from '../berichten.js';
import { TEST_VANDAAG, ruleTester } from './rule-tester.js';
import { voorbeeld } from './zorgfeiten.js';

const gedagtekend = <T extends { Header: { BerichtIdentificatie: { Dagtekening: string } } }>(b: T, dag: string): T => {
  b.Header.BerichtIdentificatie.Dagtekening = dag;
  return b;
};

ruleTester(TR135, {
  valid: [
    { name: 'a start zorg dated today', type: 'JW305', bericht: gedagtekend(voorbeeld('JW305'), TEST_VANDAAG) },
    { name: 'a stop zorg dated yesterday', type: 'WMO307', bericht: gedagtekend(voorbeeld('WMO307'), '2026-11-21') },
    { name: 'the example declaratie (dated in the past)', type: 'JW323', bericht: voorbeeld('JW323') },
    { name: 'our own toewijzing dated today', type: 'JW301', bericht: gedagtekend(voorbeeld('JW301'), TEST_VANDAAG) },
    { name: 'a verzoek om wijziging', type: 'WMO317', bericht: voorbeeld('WMO317') },
  ],
  invalid: [
    {
      name: 'a start zorg dated tomorrow',
      type: 'JW305',
      bericht: gedagtekend(voorbeeld('JW305'), '2026-11-23'),
      paths: ['/Bericht/Header/BerichtIdentificatie/Dagtekening'],
    },
    {
      name: 'a declaratie dated next year',
      type: 'WMO323',
      bericht: gedagtekend(voorbeeld('WMO323'), '2027-01-01'),
      paths: ['/Bericht/Header/BerichtIdentificatie/Dagtekening'],
    },
    {
      name: 'a verzoek om toewijzing dated a day after a changed today',
      type: 'WMO315',
      bericht: voorbeeld('WMO315'),
      contextOverrides: { vandaag: '2023-07-14' },
      paths: ['/Bericht/Header/BerichtIdentificatie/Dagtekening'],
    },
    {
      name: 'our own toewijzing dated in the future',
      type: 'JW301',
      bericht: gedagtekend(voorbeeld('JW301'), '2026-12-01'),
      paths: ['/Bericht/Header/BerichtIdentificatie/Dagtekening'],
    },
    {
      name: 'our declaratie-antwoord on a declaratie dated in the future',
      type: 'JW325',
      bericht: voorbeeld('JW325', (b) => {
        b.Header.BerichtIdentificatie.Dagtekening = '2026-11-01';
        b.Header.DeclaratieIdentificatie.Dagtekening = '2026-11-30';
      }),
      paths: ['/Bericht/Header/DeclaratieIdentificatie/Dagtekening'],
    },
  ],
});

describe('TR135 on our own messages', () => {
  it('holds our own 301 back instead of rejecting it; an incoming 305 is rejected', () => {
    expect(gevolgOp(TR135, typeVan('JW301'))).toBe('tegenhouden');
    expect(gevolgOp(TR135, typeVan('WMO319'))).toBe('tegenhouden');
    expect(gevolgOp(TR135, typeVan('JW305'))).toBe('afkeuren');
  });
});
