import { expect, it } from 'vitest';
import CT001 from '../../src/rules/contract/CT001.js';
import TR418 from '../../src/rules/declaratie/TR418.js';
import { runRule } from '../../src/rules/rule.js';
import { contract, declaratie, prestatiePad } from './declaratie-fixtures.js';
import { controlContext, ruleTester } from './rule-tester.js';

ruleTester(CT001, {
  valid: [
    { name: 'a contract for the ProductCode', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { contracten: [contract('JW323')] } },
    {
      name: 'a contract for the whole categorie',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ code: '02A07' }]),
      context: { contracten: [contract('WMO323', { productcode: undefined })] },
    },
    {
      name: 'two contracts that join up within the ProductPeriode, the second open-ended',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { contracten: [contract('JW323', { einddatum: '2026-04-15' }), contract('JW323', { ingangsdatum: '2026-04-16', einddatum: undefined })] },
    },
    {
      name: 'a contract ending on the last day of the ProductPeriode (same day)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: { contracten: [contract('WMO323', { einddatum: '2026-04-30' })] },
    },
    { name: 'a credit', type: 'JW323', bericht: declaratie('JW323', [{ dc: 'C', vorig: 'OUD1' }]) },
  ],
  invalid: [
    { name: 'no contract at all', type: 'JW323', bericht: declaratie('JW323', [{}]), paths: [`${prestatiePad(1, 1)}/ProductCode`] },
    {
      name: 'contracts for another code, categorie, aanbieder or gemeente only',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: {
        contracten: [
          contract('WMO323', { productcode: '02A07' }),
          contract('WMO323', { productcategorie: '03', productcode: undefined }),
          contract('WMO323', { agb: '12345678' }),
          contract('WMO323', { gemeentecode: '0363' }),
        ],
      },
      paths: [`${prestatiePad(1, 1)}/ProductCode`],
    },
    {
      name: 'a contract that ends within the ProductPeriode',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { code: '45A04' }]),
      context: { contracten: [contract('JW323', { einddatum: '2026-04-15' }), contract('JW323', { productcode: '45A04' })] },
      paths: [`${prestatiePad(1, 1)}/ProductCode`],
    },
    {
      name: 'a contract that starts within the ProductPeriode',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: { contracten: [contract('WMO323', { ingangsdatum: '2026-04-02' })] },
      paths: [`${prestatiePad(1, 1)}/ProductCode`],
    },
  ],
});

it('never lets CT001 and TR418 both reject the same prestatie', () => {
  const b = declaratie('JW323', [{ tarief: 9999 }, { tarief: 9999, code: '45A04' }, { tarief: 9999, code: '45A05' }]);
  const ctx = controlContext('JW323', {
    contracten: [contract('JW323', { einddatum: '2026-04-15' }), contract('JW323', { productcode: '45A04' })],
  });
  const ct = runRule(CT001, b, ctx).map((f) => f.path.replace(/\/[A-Za-z]+$/, ''));
  const tr = runRule(TR418, b, ctx).map((f) => f.path.replace(/\/[A-Za-z]+$/, ''));
  expect(ct).toEqual([prestatiePad(1, 1), prestatiePad(1, 3)]);
  expect(tr).toEqual([prestatiePad(1, 2)]);
  expect(runRule(CT001, b, ctx)[0]!.message).toMatch(/^Niet gecontracteerd/);
});
