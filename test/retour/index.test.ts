import { describe, expect, it } from 'vitest';
import { buildRetourbericht } from '../../src/retour/index.js';
import { berichttypVan } from '../../src/standard/catalogue.js';
import { buildBericht } from '../../src/xml/build.js';
import { checkBericht } from '../../src/validate/check.js';
import { voorbeeldBericht } from '../berichten.js';
import { heen, KOP, STANDAARDEN } from './heen.js';

const leeg = { header: [], delen: new Map<string, string[]>() };

describe('buildRetourbericht: the retour of any received message, by its type', () => {
  for (const s of STANDAARDEN) {
    for (const [nummer, retour] of [
      ['301', '302'],
      ['305', '306'],
      ['307', '308'],
      ['315', '316'],
      ['317', '318'],
      ['319', '320'],
      ['323', '325'],
    ] as const) {
      it(`${s} ${nummer} → ${retour}, ready for buildBericht`, () => {
        const t = berichttypVan(s, nummer);
        const r = buildRetourbericht(t, heen(s, nummer), leeg, KOP);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.bericht.nummer).toBe(retour);
        const check = checkBericht(Buffer.from(buildBericht(t.standaard, r.bericht.nummer, r.bericht.bericht)));
        expect(check.berichttype?.naam).toBe(`${t.standaard.berichtPrefix}${retour}`);
        expect(check.stage).toBe('ok');
      });
    }
  }

  it('passes on a refusal', () => {
    const r = buildRetourbericht(berichttypVan('iJw', '323'), heen('iJw', '323'), { header: [], delen: new Map(), prestaties: new Map([['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]', { status: 'in-onderzoek', toegekendBedrag: 0 }]]) }, KOP);
    expect(r.ok ? undefined : r.weigering.reden).toBe('in-onderzoek');
  });

  it('refuses to answer a retour with a retour', () => {
    const r = buildRetourbericht(berichttypVan('iJw', '325'), voorbeeldBericht('JW325'), leeg, KOP);
    expect(r.ok ? undefined : r.weigering.reden).toBe('ongeldige-invoer');
  });
});
