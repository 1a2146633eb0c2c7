import { describe, expect, it } from 'vitest';
import { maandMaximum, volumeToets } from '../../src/control/prestatie-volume.js';
import { controlContext } from '../rules/rule-tester.js';
import { contract, declaratie, toewijzing } from '../rules/declaratie-fixtures.js';

describe('the volume check of one prestatie', () => {
  it('compares minutes with a toewijzing in uren in minutes', () => {
    const b = declaratie('JW323', [{ volume: 150, eenheid: '01' }]);
    const t = toewijzing('JW323');
    const toets = volumeToets(controlContext('JW323', { contracten: [contract('JW323')] }), b, b.Declaratie.Clienten[0]!.Prestaties[0]!, t);
    // April 2026 touches 5 calendar weeks: 5 x 8 uur = 2400 minutes.
    expect(toets).toMatchObject({ geleverd: 150, maximum: 2400, schaal: 1, toewijzingSchaal: 60 });
  });

  it('takes the weekly method from the contract’s bekostiging', () => {
    const b = declaratie('JW323', [{}]);
    const p = b.Declaratie.Clienten[0]!.Prestaties[0]!;
    const t = toewijzing('JW323');
    const output = volumeToets(controlContext('JW323', { contracten: [contract('JW323', { bekostiging: 'outputgericht' })] }), b, p, t);
    expect(output?.maximum).toBe(4 * 8 * 60);
    const onbekend = volumeToets(controlContext('JW323'), b, p, t);
    expect(onbekend?.maximum).toBe(5 * 8 * 60);
    expect(maandMaximum(onbekend!, p)).toBe(5 * 8 * 60);
  });

  it('applies the 6-week rule to iWmo hulp bij het huishouden (categorie 01) only', () => {
    const wmo = declaratie('WMO323', [{ categorie: '01', code: '01A03' }]);
    const t = toewijzing('WMO323', { productcategorie: '01', productcode: '01A03' });
    const ctx = controlContext('WMO323', { contracten: [contract('WMO323', { productcategorie: '01', productcode: '01A03' })] });
    expect(volumeToets(ctx, wmo, wmo.Declaratie.Clienten[0]!.Prestaties[0]!, t)?.maximum).toBe(6 * 8 * 60);
    const jw = declaratie('JW323', [{ categorie: '01', code: '01A03' }]);
    const jwCtx = controlContext('JW323', { contracten: [contract('JW323', { productcategorie: '01', productcode: '01A03' })] });
    expect(volumeToets(jwCtx, jw, jw.Declaratie.Clienten[0]!.Prestaties[0]!, { ...t, productcategorie: '01' })?.maximum).toBe(5 * 8 * 60);
  });

  it('does not apply without Omvang, with an Eenheid that does not fit, or outside the toewijzing', () => {
    const b = declaratie('JW323', [{}, { eenheid: '16' }, { periode: ['2027-01-01', '2027-01-31'] }]);
    const [a, c, d] = b.Declaratie.Clienten[0]!.Prestaties as [never, never, never];
    const ctx = controlContext('JW323');
    expect(volumeToets(ctx, b, a, toewijzing('JW323', { volume: undefined, eenheid: undefined, frequentie: undefined, budget: 100000 }))).toBeUndefined();
    expect(volumeToets(ctx, b, c, toewijzing('JW323'))).toBeUndefined();
    expect(volumeToets(ctx, b, d, toewijzing('JW323'))).toBeUndefined();
  });
});
