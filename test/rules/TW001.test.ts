import TW001 from '../../src/rules/start-stop/TW001.js';
import { ruleTester } from './rule-tester.js';
import { toewijzingFeit, voorbeeld } from './zorgfeiten.js';

/** The JW305 example starts toewijzing 300201 on 2026-04-03 and 300202 on 2026-04-15. */
const metToewijzingen = (eerste: Parameters<typeof toewijzingFeit>[0], tweede: Parameters<typeof toewijzingFeit>[0] = {}) => ({
  toewijzingen: [toewijzingFeit(eerste), toewijzingFeit({ toewijzingNummer: 300202, productcode: '55A12', ...tweede })],
});
const BEGIN = (i: number) => `/Bericht/Client/StartProducten/StartProduct[${i}]/Begindatum`;

ruleTester(TW001, {
  valid: [
    { name: 'starts within their toewijzingen', type: 'JW305', bericht: voorbeeld('JW305'), context: metToewijzingen({}) },
    { name: 'a start on the Ingangsdatum itself', type: 'JW305', bericht: voorbeeld('JW305'), context: metToewijzingen({ ingangsdatum: '2026-04-03' }, { ingangsdatum: '2026-04-15' }) },
    { name: 'a start on the Einddatum itself', type: 'JW305', bericht: voorbeeld('JW305'), context: metToewijzingen({ einddatum: '2026-04-03' }, { einddatum: '2026-04-15' }) },
    { name: 'an open-ended toewijzing', type: 'JW305', bericht: voorbeeld('JW305'), context: metToewijzingen({ einddatum: undefined }) },
    { name: 'an unknown toewijzing (that is TR019)', type: 'JW305', bericht: voorbeeld('JW305'), context: {} },
  ],
  invalid: [
    { name: 'a start after the toewijzing ended', type: 'JW305', bericht: voorbeeld('JW305'), context: metToewijzingen({ einddatum: '2026-04-02' }), paths: [BEGIN(1)] },
    { name: 'a start before the toewijzing begins', type: 'JW305', bericht: voorbeeld('JW305'), context: metToewijzingen({}, { ingangsdatum: '2026-04-16' }), paths: [BEGIN(2)] },
  ],
});
