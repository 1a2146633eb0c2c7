import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CD007',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten.',
  check: {
    '301': (b) => {
      const c = b.Client.Communicatie;
      if (!c) return [];
      const tolkTaal = c.Vorm === '1';
      if (tolkTaal === (c.Taal !== undefined)) return [];
      return [
        {
          path: '/Bericht/Client/Communicatie/Taal',
          message: tolkTaal
            ? 'Taal ontbreekt; bij communicatievorm 1 (tolk taal) moet de taal van de cliënt worden gevuld.'
            : `Taal is gevuld bij communicatievorm ${c.Vorm}; alleen bij communicatievorm 1 (tolk taal) wordt een taal opgegeven.`,
        },
      ];
    },
  },
});
