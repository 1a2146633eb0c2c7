import { defineRule } from '../rule.js';

export default defineRule({
  code: 'TR352',
  retourcode: '0001',
  level: 'bericht',
  description: 'Bij een verzoek om wijziging komt minstens 1 OngewijzigdProduct of TeWijzigenProduct voor.',
  check: {
    '317': (b) => {
      const v = b.Client.Verzoek;
      if ((v.OngewijzigdeProducten?.length ?? 0) + (v.TeWijzigenProducten?.length ?? 0) > 0) return [];
      return [
        {
          path: '/Bericht/Client/Verzoek',
          message: 'Het verzoek om wijziging bevat geen ongewijzigd of te wijzigen product; het moet alle actuele toegewezen producten van de cliënt bevatten, dus minstens één.',
        },
      ];
    },
  },
});
