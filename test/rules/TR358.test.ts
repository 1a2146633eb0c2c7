import TR358, { saldo } from '../../src/rules/declaratie/TR358.js';
import { describe, expect, it } from 'vitest';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

/** A credit of € 50,00 (reversing an earlier debet) added to the first client. */
const metCredit = () =>
  met(geldigeDeclaratie('JW323'), (b) => {
    const c = structuredClone(prestatie(b, 0, 0));
    c.ProductReferentie = { ReferentieNummer: 'RN100', VorigReferentieNummer: 'RN000' };
    c.IngediendBedrag.DebetCredit = 'C';
    b.Declaratie.Clienten[0]!.Prestaties.push(c);
  });

describe('saldo', () => {
  it('adds debet and subtracts credit', () => {
    expect(saldo([{ Bedrag: 1000, DebetCredit: 'D' }, { Bedrag: 300, DebetCredit: 'C' }])).toEqual({ bedrag: 700, debetCredit: 'D' });
    expect(saldo([{ Bedrag: 100, DebetCredit: 'D' }, { Bedrag: 300, DebetCredit: 'C' }])).toEqual({ bedrag: 200, debetCredit: 'C' });
    expect(saldo([])).toEqual({ bedrag: 0, debetCredit: 'D' });
  });
});

const metTotaal = (naam: 'JW323' | 'WMO323', totaal: number, dc: string) => {
  const b = voorbeeldBericht(naam);
  b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: totaal, DebetCredit: dc };
  return b;
};

const sum = (naam: 'JW323' | 'WMO323') =>
  saldo(voorbeeldBericht(naam).Declaratie.Clienten.flatMap((c) => c.Prestaties.map((p) => p.IngediendBedrag)));

ruleTester(TR358, {
  valid: [
    { name: 'the example declaratie', type: 'JW323', bericht: voorbeeldBericht('JW323') },
    { name: 'the iWmo example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'a declaratie with a credit, counted down', type: 'JW323', bericht: herbereken(metCredit()) },
  ],
  invalid: [
    { name: 'a total one cent off', type: 'JW323', bericht: metTotaal('JW323', sum('JW323').bedrag + 1, 'D'), paths: ['/Bericht/Declaratie/TotaalIngediendBedrag'] },
    { name: 'the right amount as credit', type: 'WMO323', bericht: metTotaal('WMO323', sum('WMO323').bedrag, 'C'), paths: ['/Bericht/Declaratie/TotaalIngediendBedrag'] },
    {
      name: 'a credit added up instead of counted down',
      type: 'JW323',
      bericht: met(metCredit(), (b) => void (b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 79000 + 5000, DebetCredit: 'D' })),
      paths: ['/Bericht/Declaratie/TotaalIngediendBedrag'],
    },
  ],
});
