import TR304 from '../../src/rules/declaratie/TR304.js';
import { voorbeeldBericht } from '../berichten.js';
import { BSN2, declaratie, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const jw = toewijzing('JW323');
const wmo = toewijzing('WMO323');
/** The 317 examples name toewijzingen 10071 (and 10072 in iWmo) of client 999900006, the fixtures' default client. */
const vow = (n: number) => toewijzing('JW323', { toewijzingNummer: n });

const metOngewijzigd = (naam: 'JW317' | 'WMO317', nummer: number) => {
  const b = voorbeeldBericht(naam);
  b.Client.Verzoek.OngewijzigdeProducten = [{ ToewijzingNummer: nummer }];
  return b;
};

ruleTester(TR304, {
  valid: [
    { name: 'a client with a toewijzing of this gemeente to this aanbieder', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { toewijzingen: [jw] } },
    {
      name: 'two clients, each with their own toewijzing',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}, { bsn: BSN2, nummer: 1002 }]),
      context: { toewijzingen: [wmo, toewijzing('WMO323', { bsn: BSN2, toewijzingNummer: 1002 })] },
    },
    {
      name: 'a known client’s prestatie on a number the gemeente never issued (TR338’s)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ nummer: 4242 }]),
      context: { toewijzingen: [jw] },
    },
    { name: 'the verzoek om wijziging of a known client', type: 'JW317', bericht: voorbeeldBericht('JW317'), context: { toewijzingen: [vow(10071)] } },
    {
      name: 'the iWmo verzoek om wijziging of a known client',
      type: 'WMO317',
      bericht: voorbeeldBericht('WMO317'),
      context: { toewijzingen: [vow(10071), vow(10072)] },
    },
  ],
  invalid: [
    {
      name: 'a client for whom the gemeente issued no toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { toewijzingen: [toewijzing('JW323', { bsn: BSN2 })] },
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Bsn'],
    },
    {
      name: 'a client with toewijzingen only to another aanbieder, or of another gemeente',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: { toewijzingen: [toewijzing('WMO323', { agb: '12345678' }), toewijzing('WMO323', { gemeente: '0363', toewijzingNummer: 5 })] },
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Bsn'],
    },
    {
      name: 'a known client’s prestatie on another client’s toewijzing (the standard rejects the Client)',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { nummer: 1002 }, { bsn: BSN2, nummer: 1002 }, { nummer: 1002, periode: ['2026-03-01', '2026-03-31'] }]),
      context: { toewijzingen: [jw, toewijzing('JW323', { bsn: BSN2, toewijzingNummer: 1002 })] },
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Bsn'],
    },
    {
      name: 'a verzoek for a client without toewijzingen',
      type: 'JW317',
      bericht: voorbeeldBericht('JW317'),
      context: { toewijzingen: [toewijzing('JW323', { bsn: BSN2, toewijzingNummer: 10071 })] },
      paths: ['/Bericht/Client/Bsn'],
    },
    {
      name: 'a verzoek naming another client’s toewijzing',
      type: 'WMO317',
      bericht: metOngewijzigd('WMO317', 10099),
      context: { toewijzingen: [vow(10072), toewijzing('WMO323', { bsn: BSN2, toewijzingNummer: 10099 })] },
      paths: ['/Bericht/Client/Bsn'],
    },
  ],
});

