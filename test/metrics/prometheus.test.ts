import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/metrics/histogram.js';
import { ProcesMetrics } from '../../src/metrics/proces.js';
import { alsTekst } from '../../src/metrics/prometheus.js';
import { leesMetrics } from './lees.js';

describe('the Prometheus text format', () => {
  it('writes HELP, TYPE and samples with escaped label values', () => {
    const tekst = alsTekst([
      { naam: 'iwj_test_total', help: 'Een teller\nover twee regels', soort: 'counter', monsters: [{ labels: { kanaal: 'a"b\\c\nd' }, waarde: 3 }, { waarde: 0 }] },
      { naam: 'iwj_leeg', help: 'Nog niets gemeten', soort: 'gauge', monsters: [] },
    ]);
    expect(tekst).toBe(
      '# HELP iwj_test_total Een teller\\nover twee regels\n# TYPE iwj_test_total counter\niwj_test_total{kanaal="a\\"b\\\\c\\nd"} 3\niwj_test_total 0\n' +
        '# HELP iwj_leeg Nog niets gemeten\n# TYPE iwj_leeg gauge\n',
    );
  });

  it('refuses invalid metric and label names and a family given twice', () => {
    expect(() => alsTekst([{ naam: 'iwj-fout', help: '', soort: 'gauge', monsters: [] }])).toThrow(/metrieknaam/);
    expect(() => alsTekst([{ naam: 'iwj_x', help: '', soort: 'gauge', monsters: [{ labels: { 'le-x': '1' }, waarde: 1 }] }])).toThrow(/labelnaam/);
    expect(() => alsTekst([{ naam: 'iwj_x', help: '', soort: 'gauge', monsters: [] }, { naam: 'iwj_x', help: '', soort: 'gauge', monsters: [] }])).toThrow(/twee keer/);
  });

  it('keeps a histogram cumulative per label set, with +Inf, sum and count', () => {
    const h = new Histogram('iwj_duur_seconden', 'Duur', [0.1, 1, 10]);
    for (const v of [0.05, 0.1, 0.5, 3, 30]) h.observeer({ stage: 'validate' }, v);
    h.observeer({ stage: 'retour' }, 2);
    const m = leesMetrics(alsTekst([h.metriek()]));
    expect(m.get('iwj_duur_seconden_bucket{le="0.1",stage="validate"}')).toBe(2);
    expect(m.get('iwj_duur_seconden_bucket{le="1",stage="validate"}')).toBe(3);
    expect(m.get('iwj_duur_seconden_bucket{le="10",stage="validate"}')).toBe(4);
    expect(m.get('iwj_duur_seconden_bucket{le="+Inf",stage="validate"}')).toBe(5);
    expect(m.get('iwj_duur_seconden_count{stage="validate"}')).toBe(5);
    expect(m.get('iwj_duur_seconden_sum{stage="validate"}')).toBeCloseTo(33.65, 10);
    expect(m.get('iwj_duur_seconden_bucket{le="1",stage="retour"}')).toBe(0);
    expect(m.get('iwj_duur_seconden_bucket{le="10",stage="retour"}')).toBe(1);
    expect(() => new Histogram('x', 'x', [1, 1])).toThrow(/oplopen/);
  });

  it('turns the workers’ job durations (ms) into seconds per stage, and counts failed attempts', () => {
    const p = new ProcesMetrics();
    p.onKlaar('validate', {}, 40);
    p.onKlaar('validate', {}, 2500);
    p.onFout('control');
    const m = leesMetrics(alsTekst(p.metrieken()));
    expect(m.get('iwj_stage_duur_seconden_count{stage="validate"}')).toBe(2);
    expect(m.get('iwj_stage_duur_seconden_sum{stage="validate"}')).toBeCloseTo(2.54, 10);
    expect(m.get('iwj_stage_duur_seconden_bucket{le="0.05",stage="validate"}')).toBe(1);
    expect(m.get('iwj_jobs_mislukt_total{stage="control"}')).toBe(1);
    expect(m.get('process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
