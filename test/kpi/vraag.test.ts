import { describe, expect, it } from 'vitest';
import { KpiVraagFout, leesVraag } from '../../src/kpi/vraag.js';

describe('a question to the KPI snapshots', () => {
  it('takes filters repeated or comma separated, and the grouping asked for', () => {
    expect(leesVraag('wachttijd', { gemeente: ['0983', '0984,0889'], per: 'aanbieder, segment', peildatum: '2025-06-30' })).toEqual({
      figuur: 'wachttijd',
      peildatum: '2025-06-30',
      per: ['aanbieder', 'segment'],
      filter: { gemeente: ['0983', '0984', '0889'] },
    });
  });

  it('groups by default per month (stroom) or per agreement (budget, bezetting); per=totaal gives one row', () => {
    expect(leesVraag('stroom', {}).per).toEqual(['maand']);
    expect(leesVraag('budget', {}).per).toEqual(['aanbieder', 'gemeente', 'segment']);
    expect(leesVraag('budget', { per: 'totaal' }).per).toEqual([]);
    expect(leesVraag('wachtlijst', {}).per).toEqual([]);
  });

  it('refuses unknown figures, groupings, dates, afrekenwijzen and limits with a Dutch sentence', () => {
    const fout = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(KpiVraagFout);
        return (e as Error).message;
      }
      throw new Error('geen fout');
    };
    expect(fout(() => leesVraag('wachtrij', {}))).toMatch(/^Onbekend kengetal 'wachtrij'; kies uit: wachttijd, /);
    expect(fout(() => leesVraag('budget', { per: 'reden' }))).toMatch(/budget kan niet worden ingedeeld per 'reden'/);
    expect(fout(() => leesVraag('wachtlijst-langst', { per: 'aanbieder' }))).toBe('wachtlijst-langst kent geen indeling (per).');
    expect(fout(() => leesVraag('wachttijd', { peildatum: '2025-02-29' }))).toBe("Peildatum '2025-02-29' is geen datum (JJJJ-MM-DD).");
    expect(fout(() => leesVraag('wachttijd', { van: '2025-01-01' }))).toMatch(/geef ook per=peildatum/);
    expect(fout(() => leesVraag('wachttijd', { per: 'peildatum', van: '2025-03-01', tot: '2025-01-01' }))).toMatch(/ligt na/);
    expect(fout(() => leesVraag('budget', { afrekening: 'half' }))).toMatch(/kies uit: geheel, buiten-band/);
    expect(fout(() => leesVraag('wachtlijst-langst', { limiet: '26' }))).toMatch(/1 tot en met 25/);
    expect(fout(() => leesVraag('wachttijd', { peildatum: ['2025-01-01', '2025-02-01'] }))).toMatch(/één keer/);
  });

  it('accepts a trend over a range of peildata', () => {
    expect(leesVraag('budget', { per: 'peildatum', van: '2025-01-01', tot: '2025-06-30', afrekening: 'geheel' })).toMatchObject({
      per: ['peildatum'],
      van: '2025-01-01',
      tot: '2025-06-30',
      afrekenwijze: 'geheel',
    });
  });
});
