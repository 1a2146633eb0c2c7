import CS058 from '../../src/rules/start-stop/CS058.js';
import { voorbeeldBericht } from '../berichten.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS058, {
  valid: [
    { name: 'the example start zorg (status 1)', type: 'WMO305', bericht: voorbeeldBericht('WMO305') },
    { name: 'the example stop zorg (status 1)', type: 'JW307', bericht: voorbeeldBericht('JW307') },
    {
      name: 'a removal (status 3) of a start',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => void (b.Client.StartProducten[0]!.StatusAanlevering = '3')),
    },
    {
      name: 'a removal (status 3) of a stop',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => void (b.Client.StopProducten[1]!.StatusAanlevering = '3')),
    },
  ],
  invalid: [
    {
      name: 'a start with status 2 (gewijzigde aanlevering)',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => void (b.Client.StartProducten[1]!.StatusAanlevering = '2')),
      paths: ['/Bericht/Client/StartProducten/StartProduct[2]/StatusAanlevering'],
    },
    {
      name: 'a start with status 9 (niet van toepassing)',
      type: 'WMO305',
      bericht: met(voorbeeldBericht('WMO305'), (b) => void (b.Client.StartProducten[0]!.StatusAanlevering = '9')),
      paths: ['/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering'],
    },
    {
      name: 'two stops with status 2',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => {
        for (const p of b.Client.StopProducten) p.StatusAanlevering = '2';
      }),
      paths: ['/Bericht/Client/StopProducten/StopProduct[1]/StatusAanlevering', '/Bericht/Client/StopProducten/StopProduct[2]/StatusAanlevering'],
    },
    {
      name: 'a stop with status 9',
      type: 'JW307',
      bericht: met(voorbeeldBericht('JW307'), (b) => void (b.Client.StopProducten[1]!.StatusAanlevering = '9')),
      paths: ['/Bericht/Client/StopProducten/StopProduct[2]/StatusAanlevering'],
    },
  ],
});
