import { describe, expect, it } from 'vitest';
import { instanties, wijsToe } from '../../src/retour/delen.js';
import { berichtmodellen } from '../../src/standard/model/berichten.js';
import { declaratie, heen } from './heen.js';

describe('berichtklasse instances of a heen message', () => {
  it('names every class instance by its path, list items 1-based, the Header left out', () => {
    const alle = instanties('iJw', berichtmodellen['323'].root, declaratie('iJw', [[[100, 'D'], [200, 'D']], [[300, 'C'], [400, 'D']]]));
    expect([...alle.keys()]).toEqual([
      '/Bericht/Declaratie',
      '/Bericht/Declaratie/Clienten/Client[1]',
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
      '/Bericht/Declaratie/Clienten/Client[2]',
      '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]',
    ]);
    expect(alle.get('/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]')?.ouder).toBe('/Bericht/Declaratie/Clienten/Client[2]');
  });

  it('follows the standard\'s own elements: a 301\'s relations and their contacts, the 319\'s iJw-only Woonplaatsbeginsel', () => {
    const toewijzing = [...instanties('iJw', berichtmodellen['301'].root, heen('iJw', '301')).keys()];
    expect(toewijzing).toContain('/Bericht/Client/Relaties/Relatie[1]/Contact');
    expect(toewijzing).toContain('/Bericht/Client/Contactgegevens/Contact[1]');
    expect([...instanties('iJw', berichtmodellen['319'].root, heen('iJw', '319')).keys()]).toEqual(['/Bericht/Antwoord', '/Bericht/Antwoord/Woonplaatsbeginsel']);
  });
});

describe('assigning a beoordeling\'s codes', () => {
  const alle = instanties('iJw', berichtmodellen['305'].root, heen('iJw', '305'));
  const wijs = (delen: Record<string, string[]>) => wijsToe(new Map(Object.entries(delen)), alle, 'iJw');

  it('puts codes on the header, on a class, and on the class holding an element (composite elements too)', () => {
    const t = wijs({
      '/Bericht': ['0001'],
      '/Bericht/Header/BerichtIdentificatie/Dagtekening': ['8848'],
      '/Bericht/Client/Naam/Geslachtsnaam/Achternaam': ['9019'],
      '/Bericht/Client/StartProducten/StartProduct[2]/Product/Code': ['S329'],
      '/Bericht/Client/StartProducten/StartProduct[2]/': ['9063', 'S329'],
    });
    expect(t.header).toEqual(['0001', '8848']);
    expect([...t.perDeel]).toEqual([
      ['/Bericht/Client', ['9019']],
      ['/Bericht/Client/StartProducten/StartProduct[2]', ['S329', '9063']],
    ]);
    expect(t.onbekend).toEqual([]);
  });

  it('knows no part that is not there: an item beyond the list, an unknown element, an index where none belongs', () => {
    const paden = [
      '/Bericht/Client/StartProducten/StartProduct[3]',
      '/Bericht/Client/StartProducten/StartProduct[3]/Begindatum',
      '/Bericht/Client/Onbekend',
      '/Bericht/Client/Bsn[2]',
      '/Bericht/Client/StartProducten/StartProduct',
      '/Bericht/Anders',
    ];
    expect(wijs(Object.fromEntries(paden.map((p) => [p, ['9063']]))).onbekend).toEqual(paden);
  });
});
