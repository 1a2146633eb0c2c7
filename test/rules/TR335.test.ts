import TR335 from '../../src/rules/declaratie/TR335.js';
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

/** A declaratie with DeclaratieDagtekening `dagtekening` and one ProductPeriode changed. */
const oud = (naam: 'JW323' | 'WMO323', dagtekening: string, Begindatum: string, Einddatum: string, header?: string): Bericht323 =>
  met(naam === 'JW323' ? geldigeDeclaratie('JW323') : voorbeeldBericht('WMO323'), (b) => {
    b.Declaratie.DeclaratieDagtekening = dagtekening;
    if (header) b.Header.BerichtIdentificatie.Dagtekening = header;
    prestatie(b, 0, 0).ProductPeriode = { Begindatum, Einddatum };
  });

const pad = ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum'];

ruleTester(TR335, {
  valid: [
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'an Einddatum exactly 5 years before', type: 'JW323', bericht: oud('JW323', '2026-05-06', '2021-05-01', '2021-05-06') },
    {
      name: 'a Begindatum more than 5 years before, the Einddatum not (the Einddatum is compared)',
      type: 'JW323',
      bericht: oud('JW323', '2026-05-06', '2021-05-01', '2021-05-31'),
    },
    {
      name: 'an Einddatum of 29 February 2020 on 28 February 2025 (5 years not yet passed)',
      type: 'WMO323',
      bericht: oud('WMO323', '2025-02-28', '2020-02-01', '2020-02-29', '2025-02-28'),
    },
    {
      name: 'an Einddatum within 5 years of the DeclaratieDagtekening but not of a later header Dagtekening',
      type: 'JW323',
      bericht: oud('JW323', '2026-05-06', '2021-06-01', '2021-06-30', '2026-07-15'),
    },
  ],
  invalid: [
    { name: 'an Einddatum 5 years and 1 day before', type: 'JW323', bericht: oud('JW323', '2026-05-06', '2021-05-01', '2021-05-05'), paths: pad },
    {
      name: 'an Einddatum of 29 February 2020 on 1 March 2025',
      type: 'WMO323',
      bericht: oud('WMO323', '2025-03-01', '2020-02-01', '2020-02-29', '2025-03-01'),
      paths: pad,
    },
    {
      name: 'an Einddatum of 28 February 2019 on 29 February 2024 (5 years and a day)',
      type: 'JW323',
      bericht: oud('JW323', '2024-02-29', '2019-02-01', '2019-02-28', '2024-02-29'),
      paths: pad,
    },
    {
      name: 'a DeclaratieDagtekening more than 5 years after every prestatie (the header Dagtekening is not compared)',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (b.Declaratie.DeclaratieDagtekening = '2028-05-01')),
      paths: ['Client[1]/Prestaties/Prestatie[1]', 'Client[1]/Prestaties/Prestatie[2]', 'Client[2]/Prestaties/Prestatie[1]', 'Client[2]/Prestaties/Prestatie[2]'].map(
        (p) => `/Bericht/Declaratie/Clienten/${p}/ProductPeriode/Einddatum`,
      ),
    },
  ],
});
