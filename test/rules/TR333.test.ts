import TR333 from '../../src/rules/declaratie/TR333.js';
import { declaratie, declaratieFeit } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const metNummer = (naam: 'JW323' | 'WMO323', nummer: string) => declaratie(naam, [{}], { nummer });

ruleTester(TR333, {
  valid: [
    { name: 'the first declaratie of the aanbieder', type: 'JW323', bericht: metNummer('JW323', 'DN2026004') },
    { name: 'a new DeclaratieNummer after earlier ones', type: 'WMO323', bericht: metNummer('WMO323', 'DN2026004'), context: { declaraties: [declaratieFeit()] } },
    {
      name: 'a number another aanbieder used',
      type: 'JW323',
      bericht: metNummer('JW323', 'DN2026003'),
      context: { declaraties: [declaratieFeit({ agb: '12345678' })] },
    },
  ],
  invalid: [
    {
      name: 'a DeclaratieNummer the aanbieder used before',
      type: 'JW323',
      bericht: metNummer('JW323', 'DN2026003'),
      context: { declaraties: [declaratieFeit()] },
      paths: ['/Bericht/Declaratie/DeclaratieNummer'],
    },
    {
      name: 'a DeclaratieNummer the aanbieder used before with another gemeente',
      type: 'WMO323',
      bericht: metNummer('WMO323', 'DN2026003'),
      context: { declaraties: [declaratieFeit({ gemeente: '0363' })] },
      paths: ['/Bericht/Declaratie/DeclaratieNummer'],
    },
  ],
});
