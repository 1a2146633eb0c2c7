import HD001 from '../../src/rules/header/HD001.js';
import { ruleTester } from './rule-tester.js';
import { voorbeeld } from './zorgfeiten.js';

/** The rule tester's installation works for 0384 and a few Limburg gemeenten; 0363 is not one of them. */
const aan = <T extends { Header: { Ontvanger: string } }>(b: T, gemeente: string): T => {
  b.Header.Ontvanger = gemeente;
  return b;
};

ruleTester(HD001, {
  valid: [
    { name: 'a start zorg to one of our gemeenten', type: 'JW305', bericht: aan(voorbeeld('JW305'), '0384') },
    { name: 'a verzoek om toewijzing to 0384 (the example)', type: 'WMO315', bericht: voorbeeld('WMO315') },
    { name: 'a declaratie to Venlo', type: 'JW323', bericht: aan(voorbeeld('JW323'), '0983') },
    {
      name: 'a stop zorg to Amsterdam where this installation works for Amsterdam',
      type: 'WMO307',
      bericht: voorbeeld('WMO307'),
      contextOverrides: { eigenGemeenten: new Set(['0363']) },
    },
  ],
  invalid: [
    { name: 'the example start zorg, addressed to Amsterdam', type: 'JW305', bericht: voorbeeld('JW305'), paths: ['/Bericht/Header/Ontvanger'] },
    { name: 'a stop zorg to Amsterdam', type: 'WMO307', bericht: voorbeeld('WMO307'), paths: ['/Bericht/Header/Ontvanger'] },
    { name: 'a verzoek om wijziging to The Hague', type: 'JW317', bericht: aan(voorbeeld('JW317'), '0518'), paths: ['/Bericht/Header/Ontvanger'] },
    { name: 'a declaratie to a non-existent code', type: 'WMO323', bericht: aan(voorbeeld('WMO323'), '9999'), paths: ['/Bericht/Header/Ontvanger'] },
    { name: 'a retour on our toewijzing addressed to another gemeente', type: 'JW302', bericht: aan(voorbeeld('JW302'), '0363'), paths: ['/Bericht/Header/Ontvanger'] },
  ],
});
