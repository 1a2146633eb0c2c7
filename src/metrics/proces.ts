/**
 * The figures only this process knows: how long the queue jobs it ran took per stage (a histogram,
 * fed by the workers' `onKlaar`), how many job attempts failed here (`onFout`), and the process
 * itself (memory, CPU, start time). They start at zero when the process starts; Prometheus's
 * `rate()` and `histogram_quantile()` handle that, and `sum by (stage)` adds the processes up.
 */
import type { Stage } from '../pipeline/wachtrij/jobs.js';
import { Histogram } from './histogram.js';
import type { Metriek } from './prometheus.js';

/** Seconds: a small batch validates in milliseconds, a batch of thousands takes minutes. */
export const STAGE_DUUR_GRENZEN: readonly number[] = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export class ProcesMetrics {
  private readonly duur = new Histogram('iwj_stage_duur_seconden', 'Duur van een job per stage (één batch), in dit proces.', STAGE_DUUR_GRENZEN);
  private readonly mislukt = new Map<Stage, number>();
  private readonly start = Date.now();

  /** For `startWerkers({ onKlaar })`. */
  readonly onKlaar = (stage: Stage, _job: unknown, ms: number): void => this.duur.observeer({ stage }, ms / 1000);

  /** For `startWerkers({ onFout })`: a failed attempt (it may be retried). */
  readonly onFout = (stage: Stage): void => {
    this.mislukt.set(stage, (this.mislukt.get(stage) ?? 0) + 1);
  };

  metrieken(): Metriek[] {
    const geheugen = process.memoryUsage();
    const cpu = process.cpuUsage();
    return [
      this.duur.metriek(),
      {
        naam: 'iwj_jobs_mislukt_total',
        help: 'Mislukte pogingen van jobs per stage in dit proces (een poging kan later slagen).',
        soort: 'counter',
        monsters: [...this.mislukt].map(([stage, waarde]) => ({ labels: { stage }, waarde })),
      },
      { naam: 'process_start_time_seconds', help: 'Starttijd van het proces (Unix-tijd, seconden).', soort: 'gauge', monsters: [{ waarde: Math.floor(this.start / 1000) }] },
      { naam: 'process_cpu_seconds_total', help: 'CPU-tijd van het proces (gebruiker + systeem), seconden.', soort: 'counter', monsters: [{ waarde: (cpu.user + cpu.system) / 1e6 }] },
      { naam: 'process_resident_memory_bytes', help: 'Werkgeheugen van het proces (RSS), bytes.', soort: 'gauge', monsters: [{ waarde: geheugen.rss }] },
      { naam: 'nodejs_heap_used_bytes', help: 'Gebruikte V8-heap, bytes.', soort: 'gauge', monsters: [{ waarde: geheugen.heapUsed }] },
    ];
  }
}
