import TR339 from '../../src/rules/declaratie/TR339.js';
import { declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR339, {
  valid: [
    { name: 'the toegewezen ProductCategorie', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { toewijzingen: [toewijzing('JW323')] } },
    {
      name: 'any categorie on a generieke toewijzing (no product, a budget)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ categorie: '06', code: '06A01' }]),
      context: { toewijzingen: [toewijzing('WMO323', { productcategorie: undefined, productcode: undefined, budget: 500000 })] },
    },
  ],
  invalid: [
    {
      name: 'another ProductCategorie than toegewezen',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { categorie: '44', code: '44A01' }]),
      context: { toewijzingen: [toewijzing('JW323')] },
      paths: [`${prestatiePad(1, 2)}/ProductCategorie`],
    },
    {
      name: 'another categorie on an aspecifieke iWmo toewijzing',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ categorie: '03', code: '03A01' }]),
      context: { toewijzingen: [toewijzing('WMO323', { productcode: undefined })] },
      paths: [`${prestatiePad(1, 1)}/ProductCategorie`],
    },
  ],
});
