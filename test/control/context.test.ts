import { describe, expect, it } from 'vitest';
import { InMemoryContext } from '../../src/control/context.js';
import { isVerwijderd } from '../../src/control/toewijzing.js';
import { gemeenteTekst, woonplaatsOp } from '../../src/control/woonplaats.js';
import { gevolgOp } from '../../src/rules/rule.js';
import { typeVan } from '../berichten.js';
import { BSN, CBS, woonplaats } from '../rules/zorgfeiten.js';

describe('the context lookups the zorg controls added', () => {
  it('finds a verzoek by aanbieder and ReferentieAanbieder', () => {
    const v = { gemeente: '0384', agb: '42420001', bsn: BSN, referentieAanbieder: 'R1', berichtsoort: '315' as const };
    const ctx = new InMemoryContext({ verzoeken: [v] });
    expect(ctx.verzoek('42420001', 'R1')).toEqual(v);
    expect(ctx.verzoek('42420002', 'R1')).toBeUndefined();
    expect(ctx.verzoek('42420001', 'R2')).toBeUndefined();
  });
});

describe('woonplaats on a date', () => {
  const r = new InMemoryContext({ gemeenten: CBS, woonplaatsen: [woonplaats('0384', '2000-01-01', '2026-03-31'), woonplaats('0363', '2026-05-01')] });
  it('tells known, not on the date, and unknown apart', () => {
    expect(woonplaatsOp(r, BSN, '2026-03-31')).toEqual({ soort: 'bekend', gemeentecode: '0384' });
    expect(woonplaatsOp(r, BSN, '2026-05-01')).toEqual({ soort: 'bekend', gemeentecode: '0363' });
    expect(woonplaatsOp(r, BSN, '2026-04-15')).toEqual({ soort: 'niet-op-datum' });
    expect(woonplaatsOp(r, '111222333', '2026-04-15')).toEqual({ soort: 'onbekend' });
  });
  it('names a gemeente by code and CBS name', () => {
    expect(gemeenteTekst(r, '0363', '2026-01-01')).toBe('gemeente 0363 (Amsterdam)');
    expect(gemeenteTekst(r, '9999', '2026-01-01')).toBe('gemeente 9999');
  });
});

describe('toewijzing versions and our own messages', () => {
  it('knows a deleted version by RedenWijziging 13, in facts and in messages', () => {
    expect(isVerwijderd({ redenWijziging: '13' })).toBe(true);
    expect(isVerwijderd({ RedenWijziging: '13' })).toBe(true);
    expect(isVerwijderd({ RedenWijziging: '01' })).toBe(false);
    expect(isVerwijderd({})).toBe(false);
  });
  it('holds our own messages back where the receiver would reject them; other gevolgen stay', () => {
    expect(gevolgOp({ gevolg: 'afkeuren' }, typeVan('WMO301'))).toBe('tegenhouden');
    expect(gevolgOp({ gevolg: 'afkeuren' }, typeVan('WMO305'))).toBe('afkeuren');
    expect(gevolgOp({ gevolg: 'signaal' }, typeVan('JW301'))).toBe('signaal');
    expect(gevolgOp({ gevolg: 'onderzoek' }, typeVan('JW317'))).toBe('onderzoek');
  });
});
