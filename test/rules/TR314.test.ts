import TR314 from '../../src/rules/declaratie/TR314.js';
import { BSN2, declaratie, prestatieFeit, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR314, {
  valid: [
    { name: 'new ReferentieNummers', type: 'JW323', bericht: declaratie('JW323', [{ ref: 'A1' }, { ref: 'A2' }]), context: { prestaties: [prestatieFeit('JW323')] } },
    {
      name: 'a ReferentieNummer another aanbieder used',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ref: 'OUD1' }]),
      context: { prestaties: [prestatieFeit('WMO323', { agb: '12345678' })] },
    },
    {
      name: 'a credit that names the debet in VorigReferentieNummer under a new ReferentieNummer',
      type: 'JW323',
      bericht: declaratie('JW323', [{ ref: 'C1', vorig: 'OUD1', dc: 'C' }]),
      context: { prestaties: [prestatieFeit('JW323')] },
    },
  ],
  invalid: [
    {
      name: 'a ReferentieNummer of an earlier prestatie',
      type: 'JW323',
      bericht: declaratie('JW323', [{ ref: 'A1' }, { ref: 'OUD1' }]),
      context: { prestaties: [prestatieFeit('JW323')] },
      paths: [`${prestatiePad(1, 2)}/ProductReferentie`],
    },
    {
      name: 'a ReferentieNummer of an earlier rejected prestatie (resent prestaties get a new number)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ref: 'OUD1' }]),
      context: { prestaties: [prestatieFeit('WMO323', { status: 'afgewezen' })] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`],
    },
    {
      name: 'a ReferentieNummer twice in the message, at two clients (the later one is reported)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ ref: 'A1' }, { ref: 'A1', bsn: BSN2 }, { ref: 'A2', bsn: BSN2 }]),
      paths: [`${prestatiePad(2, 1)}/ProductReferentie`],
    },
    {
      name: 'a ReferentieNummer three times in the message',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ref: 'A1' }, { ref: 'A1' }, { ref: 'A1' }]),
      paths: [`${prestatiePad(1, 2)}/ProductReferentie`, `${prestatiePad(1, 3)}/ProductReferentie`],
    },
  ],
});
