/**
 * The rules of the standard that also hold for the legacy 303 (release 3.0), each with its 303
 * cases: in-message (checked end to end by `iwj check`'s path as well) and the controls that still
 * make sense for a 303 of 2020 or before (toewijzing, client, product, period, contract and tarief,
 * duplicates, corrections, receiver, dagtekening, woonplaats).
 */
import CD060 from '../../src/rules/declaratie/CD060.js';
import CS002 from '../../src/rules/client/CS002.js';
import CS325 from '../../src/rules/declaratie/CS325.js';
import CT001 from '../../src/rules/contract/CT001.js';
import HD001 from '../../src/rules/header/HD001.js';
import TR135 from '../../src/rules/header/TR135.js';
import TR137 from '../../src/rules/declaratie/TR137.js';
import TR304 from '../../src/rules/declaratie/TR304.js';
import TR307 from '../../src/rules/declaratie/TR307.js';
import TR308 from '../../src/rules/declaratie/TR308.js';
import TR314 from '../../src/rules/declaratie/TR314.js';
import TR315 from '../../src/rules/declaratie/TR315.js';
import TR316 from '../../src/rules/declaratie/TR316.js';
import TR319 from '../../src/rules/declaratie/TR319.js';
import TR323 from '../../src/rules/declaratie/TR323.js';
import TR333 from '../../src/rules/declaratie/TR333.js';
import TR338 from '../../src/rules/declaratie/TR338.js';
import TR339 from '../../src/rules/declaratie/TR339.js';
import TR340 from '../../src/rules/declaratie/TR340.js';
import TR358 from '../../src/rules/declaratie/TR358.js';
import TR384 from '../../src/rules/declaratie/TR384.js';
import TR389 from '../../src/rules/declaratie/TR389.js';
import TR390 from '../../src/rules/declaratie/TR390.js';
import TR418 from '../../src/rules/declaratie/TR418.js';
import WP001 from '../../src/rules/woonplaats/WP001.js';
import { BSN2, woonplaats } from './declaratie-fixtures.js';
import {
  basis2020,
  contract2020,
  d303,
  declaratie2020,
  OKTOBER_2020,
  pad303,
  prestatie2020,
  toewijzing2020,
} from './declaratie-303-fixtures.js';
import { ruleTester } from './rule-tester.js';

const IDENTIFICATIE = '/Bericht/Header/DeclaratieFactuurIdentificatie';
const BEDRAG = 'IngediendeBedragPrestatie/DeclaratieFactuurBedrag';

// In-message rules.

ruleTester(CS002, {
  valid: [{ name: 'a 303 with a valid BSN', type: 'JW303', bericht: d303('JW303', [{}]) }],
  invalid: [
    { name: 'a 303 whose second client fails the elfproef', type: 'WMO303', bericht: d303('WMO303', [{}, { bsn: '123456789' }]), paths: ['/Bericht/Clienten/Client[2]/Bsn'] },
  ],
});

ruleTester(TR358, {
  valid: [
    { name: 'a 303 whose total is the sum of debet and credit', type: 'WMO303', bericht: d303('WMO303', [{}, { ref: 'C1', vorig: 'OUD1', credit: true, periode: OKTOBER_2020 }]) },
    { name: 'a factuur whose total includes the BTW', type: 'JW303', bericht: d303('JW303', [{ btw: 2100 }], { factuur: true }) },
  ],
  invalid: [
    {
      name: 'a 303 whose DeclaratieFactuurTotaalBedrag is a cent off',
      type: 'JW303',
      bericht: (() => {
        const b = d303('JW303', [{}, {}]);
        b.Header.DeclaratieFactuurBedragen.DeclaratieFactuurTotaalBedrag.TotaalBedrag += 1;
        return b;
      })(),
      paths: ['/Bericht/Header/DeclaratieFactuurBedragen/DeclaratieFactuurTotaalBedrag'],
    },
  ],
});

ruleTester(TR137, {
  valid: [{ name: 'periods that end before the FactuurDagtekening', type: 'WMO303', bericht: d303('WMO303', [{}]) }],
  invalid: [
    {
      name: 'a 303 dated before its period ends',
      type: 'JW303',
      bericht: d303('JW303', [{}], { dagtekening: '2020-11-20' }),
      paths: [`${IDENTIFICATIE}/DeclaratiePeriode/Einddatum`, `${pad303(1, 1)}/ProductPeriode/Einddatum`],
    },
    {
      name: 'a ProductPeriode that ends before it begins',
      type: 'WMO303',
      bericht: d303('WMO303', [{ periode: ['2020-11-20', '2020-11-10'] }]),
      paths: [`${pad303(1, 1)}/ProductPeriode/Einddatum`],
    },
  ],
});

ruleTester(CD060, {
  valid: [{ name: 'a credit naming its debet', type: 'JW303', bericht: d303('JW303', [{ ref: 'C1', vorig: 'OUD1', credit: true }]) }],
  invalid: [
    { name: 'a credit without VorigReferentieNummer', type: 'WMO303', bericht: d303('WMO303', [{ credit: true }]), paths: [`${pad303(1, 1)}/ProductReferentie/VorigReferentieNummer`] },
  ],
});

ruleTester(CS325, {
  valid: [{ name: 'amounts of 0 as debet', type: 'JW303', bericht: d303('JW303', [{ volume: 0 }]) }],
  invalid: [
    {
      name: 'a prestatie and a total of 0 as credit',
      type: 'WMO303',
      bericht: (() => {
        const b = d303('WMO303', [{ volume: 0 }]);
        b.Header.DeclaratieFactuurBedragen.DeclaratieFactuurTotaalBedrag.DebetCredit = 'C';
        b.Clienten[0]!.Prestaties[0]!.IngediendeBedragPrestatie.DeclaratieFactuurBedrag.DebetCredit = 'C';
        return b;
      })(),
      paths: ['/Bericht/Header/DeclaratieFactuurBedragen/DeclaratieFactuurTotaalBedrag/DebetCredit', `${pad303(1, 1)}/${BEDRAG}/DebetCredit`],
    },
    {
      name: 'a BTW amount of 0 as credit on a factuur',
      type: 'JW303',
      bericht: (() => {
        const b = d303('JW303', [{ btw: 0 }], { factuur: true });
        b.Clienten[0]!.Prestaties[0]!.IngediendeBedragPrestatie.BtwBedrag!.DebetCredit = 'C';
        return b;
      })(),
      paths: [`${pad303(1, 1)}/IngediendeBedragPrestatie/BtwBedrag/DebetCredit`],
    },
  ],
});

ruleTester(TR315, {
  valid: [{ name: 'two credits of two debets', type: 'JW303', bericht: d303('JW303', [{ ref: 'C1', vorig: 'OUD1', credit: true }, { ref: 'C2', vorig: 'OUD2', credit: true }]) }],
  invalid: [
    {
      name: 'two credits of one debet',
      type: 'WMO303',
      bericht: d303('WMO303', [{ ref: 'C1', vorig: 'OUD1', credit: true }, { ref: 'C2', vorig: 'OUD1', credit: true }]),
      paths: [`${pad303(1, 2)}/ProductReferentie/VorigReferentieNummer`],
    },
  ],
});

ruleTester(TR316, {
  valid: [{ name: 'a credit of an earlier message’s debet', type: 'WMO303', bericht: d303('WMO303', [{ ref: 'C1', vorig: 'OUD1', credit: true }]) }],
  invalid: [
    {
      name: 'a debet credited in its own message',
      type: 'JW303',
      bericht: d303('JW303', [{ ref: 'D1' }, { ref: 'C1', vorig: 'D1', credit: true }]),
      paths: [`${pad303(1, 2)}/ProductReferentie/VorigReferentieNummer`],
    },
  ],
});

// Controls.

ruleTester(TR319, {
  valid: [
    { name: 'a prestatie of the declaratieperiode', type: 'JW303', bericht: d303('JW303', [{}]) },
    { name: 'a prestatie of an earlier month over more than one month (3.0 had no CS337)', type: 'WMO303', bericht: d303('WMO303', [{ periode: ['2020-09-15', '2020-10-31'] }]) },
  ],
  invalid: [
    {
      name: 'a prestatie that ends after the declaratieperiode',
      type: 'WMO303',
      bericht: d303('WMO303', [{}, { periode: ['2020-11-15', '2020-12-05'] }], { dagtekening: '2020-12-07' }),
      paths: [pad303(1, 2)],
    },
  ],
});

ruleTester(TR338, {
  valid: [
    { name: 'a prestatie on the aanbieder’s toewijzing', type: 'JW303', bericht: d303('JW303', [{}]), context: basis2020('JW303') },
    {
      name: 'a prestatie without ToewijzingNummer on the one toewijzing that covers it',
      type: 'WMO303',
      bericht: d303('WMO303', [{ nummer: null }]),
      context: { toewijzingen: [toewijzing2020('WMO303'), toewijzing2020('WMO303', { toewijzingNummer: 1002, productcode: '02A02' })] },
    },
  ],
  invalid: [
    { name: 'a number the gemeente never issued', type: 'WMO303', bericht: d303('WMO303', [{ nummer: 4242 }]), context: basis2020('WMO303'), paths: [pad303(1, 1)] },
    {
      name: 'another aanbieder’s toewijzing',
      type: 'JW303',
      bericht: d303('JW303', [{}]),
      context: { toewijzingen: [toewijzing2020('JW303', { agb: '11111111' })] },
      paths: [pad303(1, 1)],
    },
    {
      name: 'no ToewijzingNummer and no toewijzing that covers the ProductPeriode',
      type: 'JW303',
      bericht: d303('JW303', [{ nummer: null }]),
      context: { toewijzingen: [toewijzing2020('JW303', { einddatum: '2020-11-15' })] },
      paths: [pad303(1, 1)],
    },
    {
      name: 'no ToewijzingNummer and two toewijzingen that cover it',
      type: 'WMO303',
      bericht: d303('WMO303', [{ nummer: null }]),
      context: { toewijzingen: [toewijzing2020('WMO303'), toewijzing2020('WMO303', { toewijzingNummer: 1002, productcode: undefined })] },
      paths: [pad303(1, 1)],
    },
  ],
});

ruleTester(TR304, {
  valid: [{ name: 'a client with a toewijzing', type: 'WMO303', bericht: d303('WMO303', [{}]), context: basis2020('WMO303') }],
  invalid: [
    {
      name: 'a client without any toewijzing of this gemeente to this aanbieder',
      type: 'JW303',
      bericht: d303('JW303', [{}, { bsn: BSN2, nummer: 1002 }]),
      context: basis2020('JW303'),
      paths: ['/Bericht/Clienten/Client[2]/Bsn'],
    },
  ],
});

ruleTester(TR307, {
  valid: [{ name: 'a ProductPeriode within the toewijzing', type: 'JW303', bericht: d303('JW303', [{}]), context: basis2020('JW303') }],
  invalid: [
    {
      name: 'a ProductPeriode that begins before the toewijzing',
      type: 'WMO303',
      bericht: d303('WMO303', [{}]),
      context: { toewijzingen: [toewijzing2020('WMO303', { ingangsdatum: '2020-11-10' })] },
      paths: [`${pad303(1, 1)}/ProductPeriode`],
    },
  ],
});

ruleTester(TR308, {
  valid: [{ name: 'a ProductPeriode within the toewijzing', type: 'WMO303', bericht: d303('WMO303', [{}]), context: basis2020('WMO303') }],
  invalid: [
    {
      name: 'a ProductPeriode that ends after the toewijzing',
      type: 'JW303',
      bericht: d303('JW303', [{}]),
      context: { toewijzingen: [toewijzing2020('JW303', { einddatum: '2020-11-20' })] },
      paths: [`${pad303(1, 1)}/ProductPeriode`],
    },
  ],
});

ruleTester(TR384, {
  valid: [{ name: 'a toewijzing in force', type: 'JW303', bericht: d303('JW303', [{}]), context: basis2020('JW303') }],
  invalid: [
    {
      name: 'a toewijzing deleted (RedenWijziging 13)',
      type: 'WMO303',
      bericht: d303('WMO303', [{}]),
      context: { toewijzingen: [toewijzing2020('WMO303', { redenWijziging: '13', einddatum: '2020-01-01' })] },
      paths: [pad303(1, 1)],
    },
  ],
});

ruleTester(TR339, {
  valid: [{ name: 'the toewijzing’s categorie', type: 'WMO303', bericht: d303('WMO303', [{}]), context: basis2020('WMO303') }],
  invalid: [
    {
      name: 'another categorie than the toewijzing’s',
      type: 'JW303',
      bericht: d303('JW303', [{ categorie: '43', code: '43A01' }]),
      context: basis2020('JW303'),
      paths: [`${pad303(1, 1)}/ProductCategorie`],
    },
  ],
});

ruleTester(TR340, {
  valid: [{ name: 'the toewijzing’s code', type: 'JW303', bericht: d303('JW303', [{}]), context: basis2020('JW303') }],
  invalid: [
    { name: 'another code than the toewijzing’s', type: 'WMO303', bericht: d303('WMO303', [{ code: '02A09' }]), context: basis2020('WMO303'), paths: [`${pad303(1, 1)}/ProductCode`] },
  ],
});

ruleTester(CT001, {
  valid: [{ name: 'a prestatie under the 2020 contract', type: 'JW303', bericht: d303('JW303', [{}]), context: basis2020('JW303') }],
  invalid: [
    {
      name: 'a prestatie in a month no contract covers',
      type: 'WMO303',
      bericht: d303('WMO303', [{}]),
      context: { toewijzingen: [toewijzing2020('WMO303')], contracten: [contract2020('WMO303', { einddatum: '2020-10-31' })] },
      paths: [`${pad303(1, 1)}/ProductCode`],
    },
  ],
});

ruleTester(TR418, {
  valid: [
    { name: 'the contract tarief', type: 'WMO303', bericht: d303('WMO303', [{}]), context: basis2020('WMO303') },
    { name: 'the contract tarief on a factuur, BTW on top', type: 'JW303', bericht: d303('JW303', [{ btw: 2100 }], { factuur: true }), context: basis2020('JW303') },
  ],
  invalid: [
    {
      name: 'a tarief above the contract’s',
      type: 'JW303',
      bericht: d303('JW303', [{ tarief: 1300 }]),
      context: basis2020('JW303'),
      paths: [`${pad303(1, 1)}/IngediendeBedragPrestatie/ProductTarief`],
    },
  ],
});

ruleTester(TR314, {
  valid: [{ name: 'a new ReferentieNummer', type: 'WMO303', bericht: d303('WMO303', [{}]), context: { prestaties: [prestatie2020('WMO303')] } }],
  invalid: [
    {
      name: 'a ReferentieNummer used in an earlier declaratie',
      type: 'JW303',
      bericht: d303('JW303', [{ ref: 'OUD1' }]),
      context: { prestaties: [prestatie2020('JW303')] },
      paths: [`${pad303(1, 1)}/ProductReferentie`],
    },
    { name: 'a ReferentieNummer twice in the 303', type: 'WMO303', bericht: d303('WMO303', [{ ref: 'R1' }, { ref: 'R1' }]), paths: [`${pad303(1, 2)}/ProductReferentie`] },
  ],
});

ruleTester(TR333, {
  valid: [{ name: 'a new factuurnummer', type: 'JW303', bericht: d303('JW303', [{}]), context: { declaraties: [declaratie2020()] } }],
  invalid: [
    {
      name: 'a DeclarantFactuurNummer used before (in a 303 or a 323)',
      type: 'WMO303',
      bericht: d303('WMO303', [{}], { nummer: 'F2020100' }),
      context: { declaraties: [declaratie2020()] },
      paths: [`${IDENTIFICATIE}/DeclarantFactuurNummer`],
    },
  ],
});

ruleTester(TR389, {
  valid: [{ name: 'the first debet for November', type: 'JW303', bericht: d303('JW303', [{}]), context: { ...basis2020('JW303'), prestaties: [prestatie2020('JW303')] } }],
  invalid: [
    {
      name: 'a second debet for October while the first stands',
      type: 'WMO303',
      bericht: d303('WMO303', [{ periode: OKTOBER_2020 }]),
      context: { ...basis2020('WMO303'), prestaties: [prestatie2020('WMO303')] },
      paths: [pad303(1, 1)],
    },
  ],
});

ruleTester(TR323, {
  valid: [
    {
      name: 'a late credit of an approved debet of 2020',
      type: 'JW303',
      bericht: d303('JW303', [{ ref: 'C1', vorig: 'OUD1', credit: true, periode: OKTOBER_2020 }]),
      context: { ...basis2020('JW303'), prestaties: [prestatie2020('JW303')] },
    },
  ],
  invalid: [
    {
      name: 'a credit of a debet nobody declared',
      type: 'WMO303',
      bericht: d303('WMO303', [{ ref: 'C1', vorig: 'ONBEKEND', credit: true, periode: OKTOBER_2020 }]),
      context: basis2020('WMO303'),
      paths: [`${pad303(1, 1)}/ProductReferentie`],
    },
  ],
});

ruleTester(TR390, {
  valid: [
    {
      name: 'the first credit of a debet',
      type: 'WMO303',
      bericht: d303('WMO303', [{ ref: 'C1', vorig: 'OUD1', credit: true, periode: OKTOBER_2020 }]),
      context: { ...basis2020('WMO303'), prestaties: [prestatie2020('WMO303')] },
    },
  ],
  invalid: [
    {
      name: 'a second credit of a debet credited before',
      type: 'JW303',
      bericht: d303('JW303', [{ ref: 'C2', vorig: 'OUD1', credit: true, periode: OKTOBER_2020 }]),
      context: {
        ...basis2020('JW303'),
        prestaties: [prestatie2020('JW303'), prestatie2020('JW303', { referentieNummer: 'C1', vorigReferentieNummer: 'OUD1', debetCredit: 'C' })],
      },
      paths: [pad303(1, 1)],
    },
  ],
});

ruleTester(HD001, {
  valid: [{ name: 'a 303 to a gemeente of this installation', type: 'JW303', bericht: d303('JW303', [{}]) }],
  invalid: [{ name: 'a 303 to another gemeente', type: 'WMO303', bericht: d303('WMO303', [{}], { gemeente: '0363' }), paths: ['/Bericht/Header/Gemeente'] }],
});

ruleTester(TR135, {
  valid: [{ name: 'a 303 dated in the past', type: 'WMO303', bericht: d303('WMO303', [{}]) }],
  invalid: [{ name: 'a 303 dated after today', type: 'JW303', bericht: d303('JW303', [{}], { dagtekening: '2027-01-04' }), paths: [`${IDENTIFICATIE}/FactuurDagtekening`] }],
});

ruleTester(WP001, {
  valid: [{ name: 'a client living in the gemeente', type: 'JW303', bericht: d303('JW303', [{}]), context: { woonplaatsen: [woonplaats()] } }],
  invalid: [
    {
      name: 'a client who moved away in October 2020',
      type: 'WMO303',
      bericht: d303('WMO303', [{}]),
      context: { woonplaatsen: [woonplaats({ einddatum: '2020-10-15' }), woonplaats({ gemeentecode: '0363', ingangsdatum: '2020-10-16' })] },
      paths: [pad303(1, 1)],
    },
  ],
});
