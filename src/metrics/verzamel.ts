/**
 * Everything `/metrics` shows, gathered at scrape time from three sources:
 *
 * - the database (`MetricsRepository`): counters that survive restarts and are the same whichever
 *   process is asked — deliveries and messages received per bron/kanaal, rejected per stage,
 *   processed per stage, retours made — and the work waiting (messages per stage, batches, retours
 *   due and overdue against the standard's deadlines, `src/retour/termijn.ts`);
 * - Redis (`Wachtrijen.tellingen()`), when the queues are used: jobs per queue and state;
 * - this process (`ProcesMetrics`): job durations per stage, failed attempts, memory and CPU.
 *
 * Never a BSN, a name or any other message content: counts per code, type and state only.
 */
import type { Database } from '../db/client.js';
import { MetricsRepository, type MetricsStand } from '../db/repositories/metrics.js';
import { voorbij, type Fase } from '../db/status.js';
import type { Wachtrijen } from '../pipeline/wachtrij/wachtrijen.js';
import { uitersteRetourdatum } from '../retour/termijn.js';
import { berichttype } from '../standard/catalogue.js';
import type { ProcesMetrics } from './proces.js';
import type { Metriek, Monster } from './prometheus.js';

export interface MetricsBronnen {
  readonly database: Database;
  /** The queues, when this installation uses them. */
  readonly wachtrijen?: Wachtrijen;
  /** This process's own figures (job durations when it runs workers). */
  readonly proces?: ProcesMetrics;
  /** Today (`YYYY-MM-DD`, Dutch calendar) for the retour deadlines. */
  readonly vandaag: () => string;
  /** Days besides weekends that are no working days (public holidays). */
  readonly vrijeDagen?: ReadonlySet<string>;
  readonly nu?: () => Date;
}

/** The stages a message passes, by the `fase` it reaches: processed = reached it or a later one. */
const VERWERKT: readonly Fase[] = ['gevalideerd', 'gecontroleerd', 'beslist', 'retour'];
const AFKEUR_FASEN = ['xml', 'xsd', 'regels', 'controle'] as const;
/** How long a Redis that does not answer may hold up a scrape. */
const WACHTRIJ_WACHT_MS = 2000;

/** The retour type that answers a received type (`WMO305` → `WMO306`), or the type itself. */
function retourType(type: string): string {
  const t = berichttype(type);
  return t?.retour ? `${t.standaard.berichtPrefix}${t.retour}` : type;
}

function opteller<K extends string>(paren: Iterable<readonly [K, number]>): Map<K, number> {
  const m = new Map<K, number>();
  for (const [k, n] of paren) m.set(k, (m.get(k) ?? 0) + n);
  return m;
}

export function databaseMetrieken(stand: MetricsStand, vandaag: string, nu: Date, vrijeDagen?: ReadonlySet<string>): Metriek[] {
  const perKanaal = (veld: 'leveringen' | 'berichten' | 'herhaald' | 'geweigerd'): Monster[] =>
    stand.leveringen.map((l) => ({ labels: { bron: l.bron, kanaal: l.kanaal }, waarde: l[veld] }));
  const perStatus = opteller(stand.berichten.map((b) => [b.status, b.aantal] as const));
  const retoursWachtend = opteller(stand.wachtOpRetour.map((w) => [retourType(w.berichttype), w.aantal] as const));
  const retoursTeLaat = opteller(
    stand.wachtOpRetour.map((w) => {
      const uiterst = uitersteRetourdatum(w.berichttype, w.dag, vrijeDagen);
      return [retourType(w.berichttype), uiterst !== undefined && uiterst < vandaag ? w.aantal : 0] as const;
    }),
  );
  const oudste = stand.wachtend.oudsteOntvangen;
  return [
    { naam: 'iwj_leveringen_total', help: 'Ontvangen leveringen (batches) per bron en kanaal.', soort: 'counter', monsters: perKanaal('leveringen') },
    {
      naam: 'iwj_berichten_ontvangen_total',
      help: 'Ontvangen berichten per bron (http, ggk, map, cli) en kanaal (API-sleutel), herhaalde leveringen meegeteld.',
      soort: 'counter',
      monsters: perKanaal('berichten'),
    },
    { naam: 'iwj_berichten_herhaald_total', help: 'Byte-gelijke herhalingen van eerder ontvangen berichten (niet opnieuw opgeslagen).', soort: 'counter', monsters: perKanaal('herhaald') },
    { naam: 'iwj_leveringsdelen_geweigerd_total', help: 'Delen van leveringen geweigerd voordat ze een bericht werden (onveilige zip, te groot, ...).', soort: 'counter', monsters: perKanaal('geweigerd') },
    {
      naam: 'iwj_berichten_afgekeurd_total',
      help: 'Berichten met een afkeurende bevinding per fase: xml en xsd (technisch afgekeurd), regels en controle (met retourcode; ook een 323 met één afgewezen prestatie).',
      soort: 'counter',
      monsters: AFKEUR_FASEN.map((fase) => ({ labels: { fase }, waarde: stand.afgekeurd[fase] ?? 0 })),
    },
    {
      naam: 'iwj_berichten_verwerkt_total',
      help: 'Ontvangen berichten die een fase hebben doorlopen (gevalideerd, gecontroleerd, beslist, retour).',
      soort: 'counter',
      monsters: VERWERKT.map((fase) => ({ labels: { fase }, waarde: stand.berichten.filter((b) => voorbij(b.fase, fase)).reduce((s, b) => s + b.aantal, 0) })),
    },
    { naam: 'iwj_berichten', help: 'Ontvangen berichten per status, nu.', soort: 'gauge', monsters: [...perStatus].sort().map(([status, waarde]) => ({ labels: { status }, waarde })) },
    {
      naam: 'iwj_berichten_wachtend',
      help: 'Berichten die op een stage van de pijplijn wachten (een deel dat op een medewerker wacht telt niet).',
      soort: 'gauge',
      monsters: [
        { labels: { stage: 'validate' }, waarde: stand.wachtend.validatie },
        { labels: { stage: 'control' }, waarde: stand.wachtend.controle },
        { labels: { stage: 'retour' }, waarde: stand.wachtend.retour },
      ],
    },
    { naam: 'iwj_batches_wachtend', help: 'Leveringen met berichten die nog op een stage wachten.', soort: 'gauge', monsters: [{ waarde: stand.wachtend.batches }] },
    {
      naam: 'iwj_batch_oudste_wachtend_seconden',
      help: 'Hoe lang het oudste wachtende bericht al is ontvangen (0 als niets wacht).',
      soort: 'gauge',
      monsters: [{ waarde: oudste ? Math.max(0, Math.round((nu.getTime() - oudste.getTime()) / 1000)) : 0 }],
    },
    {
      naam: 'iwj_retours_total',
      help: 'Gemaakte retourberichten per type (306, 308, 316, 318, 325, ...), en 319-antwoordberichten op een verzoek (woonplaatsbeginsel).',
      soort: 'counter',
      monsters: [...stand.retours].sort((a, b) => a.berichttype.localeCompare(b.berichttype)).map((r) => ({ labels: { berichttype: r.berichttype }, waarde: r.aantal })),
    },
    {
      naam: 'iwj_retours_wachtend',
      help: 'Ontvangen berichten die nog op hun retour wachten, per type van die retour.',
      soort: 'gauge',
      monsters: [...retoursWachtend].sort().map(([t, waarde]) => ({ labels: { berichttype: t }, waarde })),
    },
    {
      naam: 'iwj_retours_te_laat',
      help: 'Wachtende retours voorbij hun termijn (3 werkdagen na ontvangst, 10 voor een 325).',
      soort: 'gauge',
      monsters: [...retoursTeLaat].sort().map(([t, waarde]) => ({ labels: { berichttype: t }, waarde })),
    },
  ];
}

async function wachtrijMetrieken(wachtrijen: Wachtrijen): Promise<Metriek[]> {
  let tellingen: Awaited<ReturnType<Wachtrijen['tellingen']>> | undefined;
  try {
    tellingen = await Promise.race([
      wachtrijen.tellingen(),
      new Promise<undefined>((r) => setTimeout(() => r(undefined), WACHTRIJ_WACHT_MS).unref()),
    ]);
  } catch {
    tellingen = undefined;
  }
  return [
    { naam: 'iwj_wachtrij_bereikbaar', help: 'Antwoordde Redis (de wachtrijen) bij deze meting: 1 ja, 0 nee.', soort: 'gauge', monsters: [{ waarde: tellingen ? 1 : 0 }] },
    {
      naam: 'iwj_wachtrij_jobs',
      help: 'Jobs per wachtrij en toestand (waiting, active, delayed, failed = dode letters, ...).',
      soort: 'gauge',
      monsters: tellingen
        ? Object.entries(tellingen).flatMap(([wachtrij, perToestand]) => Object.entries(perToestand).map(([toestand, waarde]) => ({ labels: { wachtrij, toestand }, waarde })))
        : [],
    },
  ];
}

export async function verzamelMetrics(b: MetricsBronnen): Promise<Metriek[]> {
  const t0 = performance.now();
  const stand = await new MetricsRepository(b.database.db).stand();
  const dbSeconden = (performance.now() - t0) / 1000;
  return [
    ...databaseMetrieken(stand, b.vandaag(), (b.nu ?? (() => new Date()))(), b.vrijeDagen),
    { naam: 'iwj_metrics_database_seconden', help: 'Hoe lang de databasevragen van deze meting duurden.', soort: 'gauge', monsters: [{ waarde: Math.round(dbSeconden * 1e6) / 1e6 }] },
    ...(b.wachtrijen ? await wachtrijMetrieken(b.wachtrijen) : []),
    ...(b.proces ? b.proces.metrieken() : []),
  ];
}
