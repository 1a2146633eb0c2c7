/**
 * What the pipeline does to stored messages, stage by stage, inside a transaction it is given:
 * - `valideerChunk` (here): xml → xsd → in-message rules, header keys, TR056;
 * - `controleerChunk` (`chunk.ts`): the cross-message controls and the system's decision, the facts
 *   written at once — so the next message (of the same client, in the standard's order) sees them;
 * - `beantwoordChunk` (`retour.ts`): the retours.
 * Each is idempotent: a message whose fase has passed the stage is left alone. The drivers that run
 * them over a batch, in chunks of one transaction each, are in `batch.ts`.
 */
import type { ControlContext } from '../control/context.js';
import type { Database, Executor } from '../db/client.js';
import { BerichtRepository, type BerichtRij } from '../db/repositories/berichten.js';
import { voorbij } from '../db/status.js';
import type { Finding } from '../finding.js';
import { controlRules } from '../rules/index.js';
import { runRule } from '../rules/rule.js';
import type { Berichten } from '../standard/berichten.generated.js';
import { berichttype as berichttypeVan, type Berichttype } from '../standard/catalogue.js';
import type { Berichtnummer } from '../standard/model/berichten.js';
import { checkBericht } from '../validate/check.js';
import { lineOf } from '../xml/locate.js';
import { parseBericht } from '../xml/parse.js';
import { berichtkop, type Berichtkop } from '../validate/kop.js';
import type { ContextInstellingen } from './context-sleutels.js';
import type { PipelineMeting } from './meting.js';

export interface StageDeps extends ContextInstellingen {
  readonly database: Database;
  /** Where retours and our own outgoing messages are written. */
  readonly outboxDir: string;
  /** When given, the time of every step is added to it (`npm run bench -- ingest`). */
  readonly meting?: PipelineMeting;
}

const decoder = new TextDecoder();

export function typeVan(rij: BerichtRij): Berichttype {
  const t = rij.berichttype ? berichttypeVan(rij.berichttype) : undefined;
  if (!t) throw new Error(`bericht ${rij.id} has no known message type at this stage`);
  return t;
}

/** The typed message of a validated message, parsed again from its raw bytes (cheap; no state kept). */
export function geparsed(rij: BerichtRij): { t: Berichttype; bericht: Berichten[Berichtnummer]; text: string } {
  const t = typeVan(rij);
  const text = decoder.decode(rij.raw);
  return { t, bericht: parseBericht(text, t.standaard, t.nummer), text };
}

/** Which messages get a retour from us: the heen messages aanbieders send. */
export function heeftRetour(t: Berichttype): boolean {
  return t.richting === 'aanbieder-gemeente' && t.retour !== undefined;
}

/**
 * Validates a chunk of stored messages in the caller's transaction: every check in memory, then the
 * findings, header keys, TR056 duplicates and statuses written in a few set-based statements.
 */
export async function valideerChunk(tx: Executor, rijen: readonly BerichtRij[]): Promise<void> {
  const berichten = new BerichtRepository(tx);
  const bevindingen = new Map<number, (Finding & { fase: string })[]>();
  type Update = Parameters<BerichtRepository['werkBijVeel']>[0][number];
  const updates: Update[] = [];
  const metKop: { id: number; r: ReturnType<typeof checkBericht>; kop: Berichtkop; sleutel: string }[] = [];
  for (const rij of rijen) {
    if (voorbij(rij.fase, 'gevalideerd')) continue;
    const r = checkBericht(rij.raw);
    const fase = r.stage === 'ok' ? 'regels' : r.stage;
    bevindingen.set(rij.id, r.findings.map((f) => ({ ...f, fase })));
    if (!r.berichttype || !r.bericht) {
      updates.push({ id: rij.id, status: 'technisch-afgekeurd', fase: 'gevalideerd', berichttype: r.berichttype?.naam, standaard: r.berichttype?.standaard.id, release: r.release });
      continue;
    }
    const kop = berichtkop(r.berichttype.nummer, r.bericht);
    metKop.push({ id: rij.id, r, kop, sleutel: `${kop.afzender}/${r.berichttype.naam}/${kop.identificatie}` });
  }
  // TR056: an Identificatie a sender used before for this message type (earlier, or earlier in this chunk).
  const eerder = await berichten.bestaandeSleutels(
    metKop.map((m) => ({ afzender: m.kop.afzender, berichttype: m.r.berichttype!.naam, identificatie: m.kop.identificatie })),
  );
  for (const m of metKop) {
    const t = m.r.berichttype!;
    const dubbelVan = eerder.get(m.sleutel);
    if (dubbelVan === undefined) eerder.set(m.sleutel, m.id);
    const header = {
      berichttype: t.naam,
      standaard: t.standaard.id,
      release: m.r.release ?? t.standaard.release.naam,
      afzender: m.kop.afzender,
      ontvanger: m.kop.ontvanger,
      identificatie: m.kop.identificatie,
      dagtekening: m.kop.dagtekening,
    };
    if (dubbelVan !== undefined) {
      const pad = m.kop.identificatiePad;
      bevindingen.get(m.id)!.push({
        fase: 'controle',
        rule: 'TR056',
        retourcode: '9056',
        path: pad,
        line: lineOf(m.r.text ?? '', pad),
        message: `De berichtidentificatie ${header.identificatie} is door deze afzender al eerder gebruikt voor een ${t.naam} (bericht ${dubbelVan}); elke identificatie moet uniek zijn.`,
      });
      updates.push({ id: m.id, ...header, dubbelVan, status: 'afgekeurd', fase: 'beslist' });
    } else if (m.r.stage === 'regels') {
      updates.push({ id: m.id, ...header, status: 'afgekeurd', fase: 'beslist' });
    } else {
      updates.push({ id: m.id, ...header, status: 'gevalideerd', fase: 'gevalideerd' });
    }
  }
  await berichten.werkBijVeel(updates, { fasen: ['xml', 'xsd', 'regels', 'controle'], perBericht: bevindingen });
}

export function runControls(t: Berichttype, bericht: unknown, ctx: ControlContext): Finding[] {
  return controlRules(t.naam).flatMap((rule) => runRule(rule, bericht, ctx));
}
