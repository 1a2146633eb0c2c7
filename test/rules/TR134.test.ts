import { describe, expect, it } from 'vitest';
import TR134 from '../../src/rules/algemeen/TR134.js';
import { runRule } from '../../src/rules/rule.js';
import { typeVan, voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR134, {
  valid: [
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example toewijzing (Toewijzingsdatum on the Dagtekening itself)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example start zorg', type: 'WMO305', bericht: voorbeeldBericht('WMO305') },
    { name: 'the example stop zorg', type: 'JW307', bericht: voorbeeldBericht('JW307') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'the example declaratie-antwoord', type: 'JW325', bericht: voorbeeldBericht('JW325') },
    {
      name: 'a Begindatum of levering on the Dagtekening',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => void (b.Client.StartProducten[1]!.Begindatum = b.Header.BerichtIdentificatie.Dagtekening)),
    },
    {
      name: 'a relation without Geboortedatum',
      type: 'JW301',
      bericht: met(voorbeeldBericht('JW301'), (b) => void delete b.Client.Relaties![0]!.Geboortedatum),
    },
    {
      name: 'a birth date on the Dagtekening',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => void (b.Client.Geboortedatum.Datum = b.Header.BerichtIdentificatie.Dagtekening)),
    },
    {
      name: 'a StopProduct whose Begindatum is after the Dagtekening (only its Einddatum is TR134\'s)',
      type: 'JW307',
      bericht: met(voorbeeldBericht('JW307'), (b) => void (b.Client.StopProducten[0]!.Begindatum = '2026-07-21')),
    },
    {
      name: 'a ProductPeriode whose Einddatum is after the Dagtekening (that is TR137\'s)',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2026-05-06', Einddatum: '2026-05-31' })),
    },
    {
      name: 'a DeclaratieDagtekening before the periods (the Dagtekening of the message counts)',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (b.Declaratie.DeclaratieDagtekening = '2023-03-15')),
    },
  ],
  invalid: [
    {
      name: 'a client born after the Dagtekening',
      type: 'WMO301',
      bericht: met(voorbeeldBericht('WMO301'), (b) => void (b.Client.Geboortedatum.Datum = '2023-08-14')),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'a relation born after the Dagtekening',
      type: 'JW301',
      bericht: met(voorbeeldBericht('JW301'), (b) => void (b.Client.Relaties![1]!.Geboortedatum!.Datum = '2027-01-01')),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Geboortedatum/Datum'],
    },
    {
      name: 'a Toewijzingsdatum one day after the Dagtekening',
      type: 'JW301',
      bericht: met(voorbeeldBericht('JW301'), (b) => void (b.Client.ToegewezenProducten[1]!.Toewijzingsdatum = '2026-04-02')),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Toewijzingsdatum'],
    },
    {
      name: 'a start of levering one day after the Dagtekening',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => void (b.Client.StartProducten[1]!.Begindatum = '2026-04-16')),
      paths: ['/Bericht/Client/StartProducten/StartProduct[2]/Begindatum'],
    },
    {
      name: 'a client of a start zorg born after the Dagtekening',
      type: 'WMO305',
      bericht: met(voorbeeldBericht('WMO305'), (b) => void (b.Client.Geboortedatum.Datum = '2025-04-06')),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'an end of levering after the Dagtekening',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => void (b.Client.StopProducten[0]!.Einddatum = '2025-07-22')),
      paths: ['/Bericht/Client/StopProducten/StopProduct[1]/Einddatum'],
    },
    {
      name: 'a client of a verzoek om toewijzing born after the Dagtekening',
      type: 'WMO315',
      bericht: met(voorbeeldBericht('WMO315'), (b) => void (b.Client.Geboortedatum.Datum = '2024-01-01')),
      paths: ['/Bericht/Client/Geboortedatum/Datum'],
    },
    {
      name: 'a ProductPeriode that begins after the Dagtekening',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 1, 1).ProductPeriode = { Begindatum: '2026-05-07', Einddatum: '2026-05-07' })),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductPeriode/Begindatum'],
    },
    {
      name: 'a declaratie dated before its DeclaratiePeriode and most ProductPerioden',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (b.Header.BerichtIdentificatie.Dagtekening = '2026-03-31')),
      paths: [
        '/Bericht/Declaratie/DeclaratiePeriode/Begindatum',
        '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Begindatum',
        '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode/Begindatum',
        '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductPeriode/Begindatum',
        '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductPeriode/Begindatum',
      ],
    },
    {
      name: 'a rejected prestatie whose ProductPeriode begins after the Dagtekening of the answer',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => {
        b.DeclaratieAntwoord!.Clienten![1]!.Prestaties[0]!.ProductPeriode = { Begindatum: '2023-05-08', Einddatum: '2023-05-08' };
      }),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductPeriode/Begindatum'],
    },
  ],
});

describe('TR134 messages', () => {
  it('never show a birth date', () => {
    const b = met(voorbeeldBericht('JW301'), (x) => {
      x.Client.Geboortedatum.Datum = '2026-12-24';
      x.Client.Relaties![0]!.Geboortedatum!.Datum = '2026-11-23';
    });
    const t = typeVan('JW301');
    const findings = runRule(TR134, b, { standaard: t.standaard, berichttype: t });
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.message).not.toMatch(/2026-1[12]-2[34]|24-12-2026|23-11-2026/);
  });
});

describe('TR134 applies where the standard lists it', () => {
  it('to 301, 305, 307, 315, 323 and 325 of both standards', () => {
    const nummers = ['301', '305', '307', '315', '323', '325'];
    expect([...TR134.appliesTo].sort()).toEqual([...nummers.map((n) => `JW${n}`), ...nummers.map((n) => `WMO${n}`)].sort());
  });
});
