import type { VerzoekFeit } from '../../src/control/feiten.js';
import TR379 from '../../src/rules/toewijzing/TR379.js';
import { ruleTester } from './rule-tester.js';
import { AGB_301, BSN, GEMEENTE_301, toewijzingFeit, voorbeeld } from './zorgfeiten.js';

/** A verzoek of the example 301's aanbieder (42420001) to its gemeente (0384) for its client. */
const verzoek = (referentieAanbieder: string, over: Partial<VerzoekFeit> = {}): VerzoekFeit => ({
  gemeente: GEMEENTE_301,
  agb: AGB_301,
  bsn: BSN,
  referentieAanbieder,
  berichtsoort: '315',
  ...over,
});

/** The example 301 honours two AangevraagdProducten of a VOT: 40A12341234 and 40A12341235. */
const VOT = [verzoek('40A12341234'), verzoek('40A12341235')];
const PAD = (i: number) => `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i}]/ReferentieAanbieder`;
const eerdereVersie = (ref: string | undefined, toewijzingsdatum: string) =>
  toewijzingFeit({
    gemeente: GEMEENTE_301,
    agb: AGB_301,
    toewijzingsdatum,
    toewijzingstijd: '12:34:56',
    ...(ref !== undefined ? { referentieAanbieder: ref } : {}),
  });

ruleTester(TR379, {
  valid: [
    { name: 'the example honouring a VOT, both referenties known', type: 'JW301', bericht: voorbeeld('JW301'), context: { verzoeken: VOT } },
    {
      name: 'no ReferentieAanbieder (not honouring a verzoek)',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => b.Client.ToegewezenProducten.forEach((p) => delete p.ReferentieAanbieder)),
    },
    {
      name: 'honouring a verzoek om wijziging (317), one referentie on every product',
      type: 'WMO301',
      bericht: voorbeeld('WMO301'),
      context: { verzoeken: [verzoek('42420002', { berichtsoort: '317' })] },
    },
    {
      name: 'the same first version sent again',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: { verzoeken: VOT, toewijzingen: [eerdereVersie('40A12341234', '2026-04-01')] },
    },
    {
      name: 'a later version without ReferentieAanbieder after the first carried it',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.ReferentieAanbieder;
        p.Toewijzingsdatum = '2026-05-01';
        p.RedenWijziging = '04';
      }),
      context: { verzoeken: VOT, toewijzingen: [eerdereVersie('40A12341234', '2026-04-01')] },
    },
  ],
  invalid: [
    { name: 'ReferentieAanbieder that no verzoek has', type: 'JW301', bericht: voorbeeld('JW301'), context: { verzoeken: [VOT[0]!] }, paths: [PAD(2)] },
    {
      name: 'a verzoek of another aanbieder',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: { verzoeken: [VOT[0]!, verzoek('40A12341235', { agb: '12345678' })] },
      paths: [PAD(2)],
    },
    {
      name: 'a verzoek for another client',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: { verzoeken: [verzoek('40A12341234', { bsn: '111222333' }), VOT[1]!] },
      paths: [PAD(1)],
    },
    {
      name: 'a verzoek to another gemeente',
      type: 'WMO301',
      bericht: voorbeeld('WMO301'),
      context: { verzoeken: [verzoek('42420002', { gemeente: '0363' })] },
      paths: [PAD(1)],
    },
    {
      name: 'a later version that repeats the ReferentieAanbieder of the first',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        p.Toewijzingsdatum = '2026-05-01';
        p.RedenWijziging = '04';
      }),
      context: { verzoeken: VOT, toewijzingen: [eerdereVersie('40A12341234', '2026-04-01')] },
      paths: [PAD(1)],
    },
  ],
});
