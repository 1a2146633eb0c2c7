import { describe, expect, it } from 'vitest';
import TR101 from '../../src/rules/algemeen/TR101.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

const kopie = structuredClone;

ruleTester(TR101, {
  valid: [
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example start zorg', type: 'WMO305', bericht: voorbeeldBericht('WMO305') },
    { name: 'the example start zorg', type: 'JW305', bericht: voorbeeldBericht('JW305') },
    { name: 'the example stop zorg', type: 'JW307', bericht: voorbeeldBericht('JW307') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    { name: 'the example verzoek om wijziging', type: 'JW317', bericht: voorbeeldBericht('JW317') },
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'the example declaratie-antwoord', type: 'JW325', bericht: voorbeeldBericht('JW325') },
    {
      name: 'a relation whose contact has the same Soort as the client\'s own contact (another parent)',
      type: 'WMO301',
      bericht: met(voorbeeldBericht('WMO301'), (b) => void (b.Client.Relaties![0]!.Contact.Soort = b.Client.Contactgegevens[0]!.Soort)),
    },
    {
      name: 'two StartProducten of one toewijzing with different Begindatum',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => {
        const p = kopie(b.Client.StartProducten[0]!);
        p.Begindatum = '2026-04-04';
        b.Client.StartProducten.push(p);
      }),
    },
    {
      name: 'two StartProducten differing only in Product/Code',
      type: 'WMO305',
      bericht: met(voorbeeldBericht('WMO305'), (b) => {
        const p = kopie(b.Client.StartProducten[0]!);
        p.Product = { Categorie: p.Product!.Categorie, Code: '01A99' };
        b.Client.StartProducten.push(p);
      }),
    },
    {
      name: 'two StopProducten of one start with a different Einddatum (Einddatum is part of the key)',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => {
        const p = kopie(b.Client.StopProducten[0]!);
        p.Einddatum = '2025-07-19';
        b.Client.StopProducten.push(p);
      }),
    },
    {
      name: 'two StopProducten of one start with a different RedenBeeindiging (part of the key)',
      type: 'JW307',
      bericht: met(voorbeeldBericht('JW307'), (b) => {
        const p = kopie(b.Client.StopProducten[0]!);
        p.RedenBeeindiging = '20';
        b.Client.StopProducten.push(p);
      }),
    },
    {
      name: 'the same ToewijzingNummer as OngewijzigdProduct and as TeWijzigenProduct (different classes)',
      type: 'WMO317',
      bericht: met(voorbeeldBericht('WMO317'), (b) => void (b.Client.Verzoek.TeWijzigenProducten![0]!.ToewijzingNummer = 10071)),
    },
    {
      name: 'two NieuweProducten of the same Product with another GewensteIngangsdatum',
      type: 'WMO317',
      bericht: met(voorbeeldBericht('WMO317'), (b) => {
        const p = kopie(b.Client.Verzoek.NieuweProducten![0]!);
        p.GewensteIngangsdatum = '2023-05-01';
        b.Client.Verzoek.NieuweProducten!.push(p);
      }),
    },
    {
      name: 'the same ReferentieNummer under two different clients (the client is part of the key)',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 1, 0).ProductReferentie.ReferentieNummer = 'RN001')),
    },
    {
      name: 'a debet and a credit with the same ReferentieNummer (VorigReferentieNummer is part of the key)',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => {
        const c = kopie(prestatie(b, 0, 0));
        c.ProductReferentie.VorigReferentieNummer = 'RN000';
        b.Declaratie.Clienten[0]!.Prestaties.push(c);
      }),
    },
  ],
  invalid: [
    {
      name: 'two Contacts of the client with the same Soort',
      type: 'JW301',
      bericht: met(voorbeeldBericht('JW301'), (b) => void (b.Client.Contactgegevens[1]!.Soort = b.Client.Contactgegevens[0]!.Soort)),
      paths: ['/Bericht/Client/Contactgegevens/Contact[2]'],
    },
    {
      name: 'two Relaties with the same Nummer',
      type: 'WMO301',
      bericht: met(voorbeeldBericht('WMO301'), (b) => void (b.Client.Relaties![1]!.Nummer = '1')),
      paths: ['/Bericht/Client/Relaties/Relatie[2]'],
    },
    {
      name: 'a ToegewezenProduct repeated with the same ToewijzingNummer',
      type: 'JW301',
      bericht: met(voorbeeldBericht('JW301'), (b) => void (b.Client.ToegewezenProducten[1]!.ToewijzingNummer = 300201)),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
    {
      name: 'a StartProduct sent twice',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => void b.Client.StartProducten.push(kopie(b.Client.StartProducten[0]!))),
      paths: ['/Bericht/Client/StartProducten/StartProduct[3]'],
    },
    {
      name: 'a removal and a new delivery with the same key (StatusAanlevering is no key element)',
      type: 'WMO305',
      bericht: met(voorbeeldBericht('WMO305'), (b) => {
        const p = kopie(b.Client.StartProducten[1]!);
        p.StatusAanlevering = '3';
        b.Client.StartProducten.push(p);
      }),
      paths: ['/Bericht/Client/StartProducten/StartProduct[3]'],
    },
    {
      name: 'two StartProducten without ToewijzingNummer and Product on the same Begindatum (absent equals absent)',
      type: 'JW305',
      bericht: met(voorbeeldBericht('JW305'), (b) => {
        for (const p of b.Client.StartProducten) {
          delete p.ToewijzingNummer;
          delete p.Product;
          delete p.ToewijzingIngangsdatum;
          p.Begindatum = '2026-04-03';
        }
      }),
      paths: ['/Bericht/Client/StartProducten/StartProduct[2]'],
    },
    {
      name: 'a StopProduct sent twice, three times',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => {
        b.Client.StopProducten.push(kopie(b.Client.StopProducten[1]!), kopie(b.Client.StopProducten[1]!));
      }),
      paths: ['/Bericht/Client/StopProducten/StopProduct[3]', '/Bericht/Client/StopProducten/StopProduct[4]'],
    },
    {
      name: 'two AangevraagdProducten with the same ReferentieAanbieder',
      type: 'WMO315',
      bericht: met(voorbeeldBericht('WMO315'), (b) => {
        const [eerste, tweede] = b.Client.AangevraagdeProducten;
        tweede!.ReferentieAanbieder = eerste!.ReferentieAanbieder;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]'],
    },
    {
      name: 'an OngewijzigdProduct listed twice',
      type: 'JW317',
      bericht: met(voorbeeldBericht('JW317'), (b) => void b.Client.Verzoek.OngewijzigdeProducten!.push({ ToewijzingNummer: 10071 })),
      paths: ['/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]'],
    },
    {
      name: 'a TeWijzigenProduct listed twice, with other changes',
      type: 'WMO317',
      bericht: met(voorbeeldBericht('WMO317'), (b) => {
        const p = kopie(b.Client.Verzoek.TeWijzigenProducten![0]!);
        p.Einddatum = '2023-11-30';
        b.Client.Verzoek.TeWijzigenProducten!.push(p);
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]'],
    },
    {
      name: 'a NieuwProduct of the same Product and GewensteIngangsdatum with another Omvang',
      type: 'WMO317',
      bericht: met(voorbeeldBericht('WMO317'), (b) => {
        const p = kopie(b.Client.Verzoek.NieuweProducten![0]!);
        p.Omvang = { Volume: 5, Eenheid: '14', Frequentie: '4' };
        b.Client.Verzoek.NieuweProducten!.push(p);
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]'],
    },
    {
      name: 'the standard\'s own example, whose second client repeats ReferentieNummer RN004',
      type: 'JW323',
      bericht: voorbeeldBericht('JW323'),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]'],
    },
    {
      name: 'a prestatie declared twice with other amounts',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => {
        const p = kopie(prestatie(b, 0, 1));
        p.GeleverdVolume = 1;
        p.IngediendBedrag.Bedrag = 1500;
        b.Declaratie.Clienten[0]!.Prestaties.push(p);
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 1500;
      }),
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]'],
    },
    {
      name: 'a client twice (the repeated client is the duplicate line, not each of its prestaties)',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => {
        b.Declaratie.Clienten.push(kopie(b.Declaratie.Clienten[0]!));
      }),
      paths: ['/Bericht/Declaratie/Clienten/Client[3]'],
    },
    {
      name: 'a credit repeated with the same ReferentieNummer and VorigReferentieNummer',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => {
        const prestaties = b.DeclaratieAntwoord!.Clienten![0]!.Prestaties;
        prestaties[1]!.ProductReferentie = { ...prestaties[0]!.ProductReferentie };
      }),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[2]'],
    },
    {
      name: 'a client twice in the declaratie-antwoord',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void (b.DeclaratieAntwoord!.Clienten![1]!.Bsn = b.DeclaratieAntwoord!.Clienten![0]!.Bsn)),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[2]'],
    },
  ],
});

describe('TR101 applies where the standard lists it', () => {
  it('to 301, 305, 307, 315, 317, 323 and 325 of both standards, not to 319 nor to the retours', () => {
    const nummers = ['301', '305', '307', '315', '317', '323', '325'];
    expect([...TR101.appliesTo].sort()).toEqual([...nummers.map((n) => `JW${n}`), ...nummers.map((n) => `WMO${n}`)].sort());
  });
});
