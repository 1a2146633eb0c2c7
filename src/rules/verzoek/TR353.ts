import { defineRule } from '../rule.js';

export default defineRule({
  code: 'TR353',
  retourcode: '0001',
  level: 'bericht',
  description: 'Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct voor.',
  check: {
    '317': (b) => {
      const v = b.Client.Verzoek;
      if ((v.TeWijzigenProducten?.length ?? 0) + (v.NieuweProducten?.length ?? 0) > 0) return [];
      return [
        {
          path: '/Bericht/Client/Verzoek',
          message: 'Het verzoek om wijziging vraagt niets te wijzigen: er is geen te wijzigen product en geen nieuw product.',
        },
      ];
    },
  },
});
