/**
 * What became of each message, read back from the database: the `check` fields, its id, its
 * retour and (for a 323, and a legacy 303) the decision per prestatie. For `iwj ingest --json` and the API.
 */
import type { Database } from '../db/client.js';
import { BerichtRepository } from '../db/repositories/berichten.js';
import { FeitenRepository } from '../db/repositories/feiten.js';
import type { Finding, Stage } from '../finding.js';
import { berichttype } from '../standard/catalogue.js';
import { gevolg } from '../decide/beoordeel.js';

export interface Beslissing {
  referentieNummer: string;
  status: string;
  retourcodes: string[];
  findings: { rule: string; message: string }[];
}

export interface UitkomstJson {
  file: string;
  messageType: string | null;
  standard: string | null;
  release: string | null;
  valid: boolean;
  stage: Stage;
  retourcodes: string[];
  errors: { rule: string; path: string; line: number | null; message: string }[];
  berichtId: number;
  status: string;
  herhaling: boolean;
  retour: { type: string; file: string | null } | null;
  /** Answers made beside the retour: the 319 antwoordbericht(en) on an iJw verzoek rejected on the woonplaatsbeginsel. */
  antwoorden?: { type: string; file: string | null }[];
  decisions?: Beslissing[];
}

export interface BerichtUitkomst {
  readonly messageType: string | null;
  readonly herhaling: boolean;
  /** Rejected as a whole or in part. */
  readonly afgekeurd: boolean;
  readonly retourcodes: readonly string[];
  readonly json: UitkomstJson;
}

function stageVan(findings: readonly (Finding & { fase?: string })[], fasen: Set<string>): Stage {
  if (fasen.has('xml')) return 'xml';
  if (fasen.has('xsd')) return 'xsd';
  if (fasen.has('regels') && findings.length > 0) return 'regels';
  return 'ok';
}

/** Codes the retour carries, as the retour itself states them. */
function codesInRetour(raw: Uint8Array | undefined): string[] {
  if (!raw) return [];
  const text = new TextDecoder().decode(raw);
  return [...new Set([...text.matchAll(/RetourCode>\s*([0-9A-Z]{4})\s*</g)].map((m) => m[1]!))].sort();
}

export async function berichtUitkomsten(
  database: Database,
  berichten: readonly { berichtId: number; naam: string; herhaling: boolean }[],
): Promise<BerichtUitkomst[]> {
  const repo = new BerichtRepository(database.db);
  const feiten = new FeitenRepository(database.db);
  const out: BerichtUitkomst[] = [];
  for (const b of berichten) {
    const rij = (await repo.get(b.berichtId))!;
    const perFase = new Map<string, Finding[]>();
    for (const fase of ['xml', 'xsd', 'regels', 'controle']) {
      const f = await repo.bevindingen(b.berichtId, [fase]);
      if (f.length > 0) perFase.set(fase, f);
    }
    const check = [...(perFase.get('xml') ?? []), ...(perFase.get('xsd') ?? []), ...(perFase.get('regels') ?? [])];
    const stage = stageVan(check, new Set(perFase.keys()));
    const alle = [...check, ...(perFase.get('controle') ?? [])];
    const retour = await repo.retourVan(b.berichtId);
    const retourcodes = retour ? codesInRetour(retour.raw) : stage === 'regels' ? ['0001'] : [];
    const t = rij.berichttype ? berichttype(rij.berichttype) : undefined;
    const json: UitkomstJson = {
      file: b.naam,
      messageType: rij.berichttype,
      standard: rij.standaard,
      release: rij.release,
      valid: stage === 'ok',
      stage,
      retourcodes,
      errors: alle.map((f) => ({ rule: f.rule, path: f.path, line: f.line ?? null, message: f.message })),
      berichtId: b.berichtId,
      status: rij.status,
      herhaling: b.herhaling,
      retour: retour ? { type: retour.berichttype ?? '', file: retour.outboxPad } : null,
    };
    if (t?.nummer === '315' || t?.nummer === '317') {
      const antwoorden = (await repo.antwoordenOp(b.berichtId)).filter((a) => a.id !== retour?.id);
      if (antwoorden.length > 0) json.antwoorden = antwoorden.map((a) => ({ type: a.berichttype ?? '', file: a.outboxPad }));
    }
    if (t?.nummer === '323' || t?.nummer === '303') {
      const d = await feiten.declaratieVanBericht(b.berichtId);
      const controle = perFase.get('controle') ?? [];
      json.decisions = (d?.prestaties ?? []).map((p) => ({
        referentieNummer: p.referentieNummer,
        status: p.status,
        retourcodes: p.retourcodes,
        findings: controle.filter((f) => f.path === p.pad || f.path.startsWith(`${p.pad}/`)).map((f) => ({ rule: f.rule, message: f.message })),
      }));
    }
    const afgekeurd =
      stage !== 'ok' ||
      alle.some((f) => gevolg(f) === 'afkeuren' && f.retourcode !== undefined) ||
      rij.status === 'tegengehouden' ||
      rij.status === 'afgekeurd';
    out.push({ messageType: rij.berichttype, herhaling: b.herhaling, afgekeurd, retourcodes, json });
  }
  return out;
}
