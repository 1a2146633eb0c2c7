import TR378 from '../../src/rules/header/TR378.js';
import { ruleTester } from './rule-tester.js';
import { CBS, gemeente, toewijzingFeit, voorbeeld } from './zorgfeiten.js';

/** Gemeente 1234 merged into 0363 on 2026-01-01: its code is in the CBS lists up to 2025-12-31. */
const HERINDELING = [...CBS, gemeente('1234', 'Oudgemeente', '1900-01-01', '2025-12-31'), gemeente('1999', 'Nieuwgemeente', '2027-01-01')];
const context = { gemeenten: HERINDELING };

/** The example 305 (Dagtekening 2026-04-15) sent to the merged gemeente's old code. */
const startAanOudeCode = (toewijzingIngangsdata: (string | undefined)[], status: string[] = []) =>
  voorbeeld('JW305', (b) => {
    b.Header.Ontvanger = '1234';
    b.Client.StartProducten.forEach((p, i) => {
      const d = toewijzingIngangsdata[i];
      if (d === undefined) delete p.ToewijzingIngangsdatum;
      else p.ToewijzingIngangsdatum = d;
      if (status[i]) p.StatusAanlevering = status[i];
    });
  });

ruleTester(TR378, {
  valid: [
    { name: 'the example start zorg to Amsterdam', type: 'JW305', bericht: voorbeeld('JW305'), context },
    { name: 'the example stop zorg (iWmo)', type: 'WMO307', bericht: voorbeeld('WMO307'), context },
    { name: 'our example toewijzing from Diemen', type: 'JW301', bericht: voorbeeld('JW301'), context },
    {
      name: 'the old code of a merged gemeente, for toewijzingen that started before the herindeling',
      type: 'JW305',
      bericht: startAanOudeCode(['2025-06-01', '2025-12-31']),
      context,
    },
    {
      name: 'the old code, the toewijzing start taken from the toewijzing the line names',
      type: 'JW305',
      bericht: startAanOudeCode([undefined, '2025-10-01']),
      context: { ...context, toewijzingen: [toewijzingFeit({ gemeente: '1234', ingangsdatum: '2025-06-01' })] },
    },
    {
      name: 'the old code, a deletion line (StatusAanlevering 3) of a later toewijzing not weighed',
      type: 'JW305',
      bericht: startAanOudeCode(['2025-06-01', '2026-02-01'], ['1', '3']),
      context,
    },
    {
      name: 'a new gemeente sending a toewijzing that starts on its first day, before that day',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => {
        b.Header.Afzender = '1999';
        b.Header.BerichtIdentificatie.Dagtekening = '2026-12-15';
        for (const p of b.Client.ToegewezenProducten) {
          p.Ingangsdatum = '2027-01-01';
          p.Einddatum = '2027-06-30';
        }
      }),
      context,
    },
    {
      name: 'a verzoek om toewijzing to a code that lapsed after the requested ToewijzingIngangsdatum',
      type: 'WMO315',
      bericht: voorbeeld('WMO315', (b) => (b.Header.Ontvanger = '1234')),
      context: { gemeenten: [gemeente('1234', 'Oudgemeente', '1900-01-01', '2023-06-30')] },
    },
  ],
  invalid: [
    {
      name: 'the old code for a toewijzing that started after the herindeling',
      type: 'JW305',
      bericht: startAanOudeCode(['2025-06-01', '2026-02-01']),
      context,
      paths: ['/Bericht/Header/Ontvanger'],
    },
    {
      name: 'a taakgericht start (no toewijzing) on the old code after the herindeling',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        b.Header.Ontvanger = '1234';
        b.Client.StartProducten = [{ Product: { Categorie: '55' }, Begindatum: '2026-01-05', StatusAanlevering: '1' }];
      }),
      context,
      paths: ['/Bericht/Header/Ontvanger'],
    },
    {
      name: 'a stop zorg to a code CBS never had',
      type: 'WMO307',
      bericht: voorbeeld('WMO307', (b) => (b.Header.Ontvanger = '0001')),
      context,
      paths: ['/Bericht/Header/Ontvanger'],
    },
    {
      name: 'our toewijzing from a gemeente code that is not in the register',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => (b.Header.Afzender = '0002')),
      context,
      paths: ['/Bericht/Header/Afzender'],
    },
    {
      name: 'a verzoek om wijziging to a lapsed code (only the Dagtekening counts for a 317)',
      type: 'JW317',
      bericht: voorbeeld('JW317', (b) => (b.Header.Ontvanger = '1234')),
      context,
      paths: ['/Bericht/Header/Ontvanger'],
    },
    {
      name: 'any message when the CBS register is empty',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: {},
      paths: ['/Bericht/Header/Ontvanger'],
    },
  ],
});
