/**
 * A Prometheus histogram kept in this process: cumulative bucket counts, the sum and the count of
 * the observed values, per combination of label values.
 */
import type { Labels, Metriek } from './prometheus.js';

interface Reeks {
  readonly labels: Labels;
  readonly emmers: number[];
  som: number;
  aantal: number;
}

export class Histogram {
  private readonly reeksen = new Map<string, Reeks>();

  /** `grenzen`: the buckets' upper bounds, ascending (`+Inf` is added). */
  constructor(
    readonly naam: string,
    readonly help: string,
    readonly grenzen: readonly number[],
  ) {
    for (let i = 1; i < grenzen.length; i++) if (!(grenzen[i]! > grenzen[i - 1]!)) throw new Error('histogramgrenzen moeten oplopen');
  }

  observeer(labels: Labels, waarde: number): void {
    const sleutel = JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
    let r = this.reeksen.get(sleutel);
    if (!r) this.reeksen.set(sleutel, (r = { labels, emmers: this.grenzen.map(() => 0), som: 0, aantal: 0 }));
    // Buckets are cumulative: a value counts in every bucket whose bound it does not exceed.
    for (let i = 0; i < this.grenzen.length; i++) if (waarde <= this.grenzen[i]!) r.emmers[i]!++;
    r.som += waarde;
    r.aantal++;
  }

  metriek(): Metriek {
    const monsters = [...this.reeksen.values()].flatMap((r) => [
      ...this.grenzen.map((g, i) => ({ achtervoegsel: '_bucket', labels: { ...r.labels, le: String(g) }, waarde: r.emmers[i]! })),
      { achtervoegsel: '_bucket', labels: { ...r.labels, le: '+Inf' }, waarde: r.aantal },
      { achtervoegsel: '_sum', labels: r.labels, waarde: r.som },
      { achtervoegsel: '_count', labels: r.labels, waarde: r.aantal },
    ]);
    return { naam: this.naam, help: this.help, soort: 'histogram', monsters };
  }
}
