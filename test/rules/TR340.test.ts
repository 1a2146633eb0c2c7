import TR340 from '../../src/rules/declaratie/TR340.js';
import { declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR340, {
  valid: [
    { name: 'the toegewezen ProductCode', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { toewijzingen: [toewijzing('JW323')] } },
    {
      name: 'several codes of the categorie on an aspecifieke toewijzing',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ code: '02A01' }, { code: '02A07' }]),
      context: { toewijzingen: [toewijzing('WMO323', { productcode: undefined })] },
    },
  ],
  invalid: [
    {
      name: 'another ProductCode than toegewezen',
      type: 'JW323',
      bericht: declaratie('JW323', [{ code: '45A04' }]),
      context: { toewijzingen: [toewijzing('JW323')] },
      paths: [`${prestatiePad(1, 1)}/ProductCode`],
    },
    {
      name: 'another iWmo ProductCode',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}, { code: '02A09' }]),
      context: { toewijzingen: [toewijzing('WMO323')] },
      paths: [`${prestatiePad(1, 2)}/ProductCode`],
    },
  ],
});
