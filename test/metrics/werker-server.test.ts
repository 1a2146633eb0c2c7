import { describe, expect, it } from 'vitest';
import { ProcesMetrics } from '../../src/metrics/proces.js';
import { startWerkerMetrics } from '../../src/metrics/werker-server.js';
import { leesMetrics } from './lees.js';

describe('an iwj work process’s own figures (IWJ_METRICS_PORT)', () => {
  it('serves the job durations per stage at /metrics on the loopback address, nothing else', async () => {
    const p = new ProcesMetrics();
    p.onKlaar('retour', {}, 120);
    const s = await startWerkerMetrics(p, 0);
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const r = await fetch(s.url);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(leesMetrics(await r.text()).get('iwj_stage_duur_seconden_count{stage="retour"}')).toBe(1);
      expect((await fetch(s.url.replace('/metrics', '/'))).status).toBe(404);
    } finally {
      await s.sluit();
    }
  });
});
