/**
 * The retour stage: makes the retour the standard demands for a decided message (306, 308, 316, 318,
 * 325), checks it against our own schemas and rules before anything leaves, stores it as an outgoing
 * message linked to the one it answers, and writes it to the outbox. For our own 301s that were not
 * held back, this is where they are released to the outbox. Idempotent: one retour per message.
 *
 * Beside the 316/318 of an iJw verzoek that the control decided to reject on the woonplaatsbeginsel
 * (recorded with the verzoek, `verzoek.antwoord`), the 319 antwoordbericht: VerzoekAntwoord 1,
 * RedenAfwijzingVerzoek 8 and the responsible gemeente, one per ReferentieAanbieder answered, made
 * with the retour (so well within OP359's two weeks), checked, stored linked to the verzoek and
 * written to the outbox the same way. Its Identificatie is derived from the verzoek (`A<id>`,
 * `A<id>-2`, ...), so making it again finds the one made before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BerichtRepository, type BerichtRij } from '../db/repositories/berichten.js';
import { FeitenRepository } from '../db/repositories/feiten.js';
import type { Executor } from '../db/client.js';
import { voorbij } from '../db/status.js';
import { afgekeurdOpRegels, beoordeel } from '../decide/beoordeel.js';
import type { Beoordeling, PrestatieStatus } from '../decide/beoordeling.js';
import { buildAntwoord, buildRetourbericht } from '../retour/index.js';
import type { RetourKop } from '../decide/beoordeling.js';
import type { Berichten } from '../standard/berichten.generated.js';
import { berichttypVan } from '../standard/catalogue.js';
import { checkBericht } from '../validate/check.js';
import { buildBericht } from '../xml/build.js';
import { geparsed, type StageDeps } from './stages.js';
import type { Finding } from '../finding.js';
import type { Berichttype } from '../standard/catalogue.js';
import type { PrestatieRij } from '../db/schema/declaratie.js';

const encoder = new TextEncoder();

/** The Identificatie of our retour: derived from the message it answers, so making it twice gives the same. */
export const retourIdentificatie = (heenId: number, soort: 'R' | 'A' = 'R'): string => `${soort}${heenId}`;

/** The Identificatie of our n-th (1-based) 319 antwoordbericht on a verzoek. */
export const antwoordIdentificatie = (verzoekId: number, n: number): string => `${retourIdentificatie(verzoekId, 'A')}${n > 1 ? `-${n}` : ''}`;

/**
 * The Beoordeling a retour is made from: the stored findings, with the decisions in force per
 * prestatie (the backoffice may have changed the system's).
 */
export function huidigeBeoordeling(
  t: Berichttype,
  bericht: unknown,
  findings: { regels: readonly Finding[]; controle: readonly Finding[] },
  prestatieRijen: readonly PrestatieRij[] | undefined,
): Beoordeling {
  if (findings.regels.length > 0) return afgekeurdOpRegels();
  const b = beoordeel(t.nummer, bericht, findings.controle);
  if (t.nummer !== '323' || !b.prestaties || !prestatieRijen) return b;
  const prestaties = new Map(b.prestaties);
  const delen = new Map(b.delen);
  for (const p of prestatieRijen) {
    prestaties.set(p.pad, { status: p.status as PrestatieStatus, toegekendBedrag: p.toegekendBedrag });
    const codes = p.retourcodes.filter((c) => c !== '0200');
    if (p.status === 'afgewezen' && codes.length > 0) delen.set(p.pad, codes);
    else if (p.status !== 'afgewezen') delen.delete(p.pad);
  }
  const inOnderzoek = [...prestaties].filter(([, v]) => v.status === 'in-onderzoek').map(([k]) => k);
  return { ...b, delen, prestaties, inOnderzoek };
}

type Uitgaand = Parameters<BerichtRepository['bewaarUitgaandVeel']>[0][number];

/** An outgoing message we made in answer to `heen`, checked: nothing leaves that our own schemas and rules would reject. */
function uitgaandBericht(t: Berichttype, heen: BerichtRij, rt: Berichttype, bericht: unknown, kop: RetourKop): Uitgaand {
  const xml = buildBericht(t.standaard, rt.nummer, bericht as never);
  const raw = encoder.encode(xml);
  const zelfcontrole = checkBericht(raw);
  if (!zelfcontrole.valid) {
    throw new Error(
      `${rt.naam} for bericht ${heen.id} fails our own check at ${zelfcontrole.stage}: ${zelfcontrole.findings.map((x) => `${x.rule} ${x.path}`).join('; ')}`,
    );
  }
  const h = (bericht as { Header: { Afzender: string; Ontvanger: string } }).Header;
  return {
    raw,
    berichttype: rt.naam,
    standaard: t.standaard.id,
    release: t.standaard.release.naam,
    afzender: h.Afzender,
    ontvanger: h.Ontvanger,
    identificatie: kop.identificatie,
    dagtekening: kop.dagtekening,
    antwoordOp: heen.id,
    batchId: heen.batchId,
  };
}

/**
 * Writes files to the outbox, each under a temporary name and renamed when complete (a reader never
 * sees half a file), all of a chunk at once off the event loop; resolves when every file is in place.
 */
async function schrijfOutbox(dir: string, bestanden: readonly { id: number; naam: string; raw: Uint8Array }[]): Promise<{ id: number; pad: string }[]> {
  if (bestanden.length === 0) return [];
  await fs.promises.mkdir(dir, { recursive: true });
  return Promise.all(
    bestanden.map(async (b, i) => {
      const file = path.join(dir, b.naam);
      const tmp = `${file}.${process.pid}.${i}.tmp`;
      await fs.promises.writeFile(tmp, b.raw);
      await fs.promises.rename(tmp, file);
      return { id: b.id, pad: file };
    }),
  );
}

/**
 * Makes, checks and stores the retours of a chunk of decided messages (and releases our own 301s),
 * in the caller's transaction: findings and decisions read in two queries, the retours written in a
 * few. A message whose retour must wait for a person is put back in onderzoek.
 */
export async function beantwoordChunk(tx: Executor, rijen: readonly BerichtRij[], deps: StageDeps): Promise<void> {
  const berichten = new BerichtRepository(tx);
  const feiten = new FeitenRepository(tx);
  const open = rijen.filter((r) => !voorbij(r.fase, 'retour') && r.status !== 'technisch-afgekeurd');
  const ids = open.map((r) => r.id);
  const findings = await berichten.bevindingenVeel(ids, ['regels', 'controle']);
  const prestaties = await feiten.prestatiesVanBerichten(open.filter((r) => /323$/.test(r.berichttype ?? '')).map((r) => r.id));
  const afwijzingen = await feiten.verzoekAfwijzingen(open.filter((r) => /(315|317)$/.test(r.berichttype ?? '')).map((r) => r.id));
  const statussen: Parameters<BerichtRepository['werkBijVeel']>[0][number][] = [];
  const uitgaand: Uitgaand[] = [];
  const outbox: { id: number; naam: string; raw: Uint8Array }[] = [];

  for (const rij of open) {
    const { t, bericht } = geparsed(rij);
    if (t.nummer === '301') {
      // Our own toewijzing, not held back: released to the outbox to be sent.
      if (rij.status !== 'gereed') continue;
      outbox.push({ id: rij.id, naam: `${t.naam}-${rij.afzender}-${rij.identificatie}.xml`, raw: rij.raw });
      statussen.push({ id: rij.id, status: 'gereed', fase: 'retour' });
      continue;
    }
    if (!t.retour) continue;
    const f = findings.get(rij.id) ?? [];
    const beoordeling = huidigeBeoordeling(
      t,
      bericht,
      { regels: f.filter((x) => x.fase === 'regels'), controle: f.filter((x) => x.fase === 'controle') },
      prestaties.get(rij.id),
    );
    const kop = { identificatie: retourIdentificatie(rij.id), dagtekening: deps.vandaag };
    const r = buildRetourbericht(t, bericht, beoordeling, kop);
    if (!r.ok) {
      if (r.weigering.reden === 'in-onderzoek') {
        statussen.push({ id: rij.id, status: 'in-onderzoek', fase: 'beslist' });
        continue;
      }
      throw new Error(`retour for bericht ${rij.id} could not be made: ${r.weigering.message}`);
    }
    const rt = berichttypVan(t.standaard.id, r.bericht.nummer);
    uitgaand.push(uitgaandBericht(t, rij, rt, r.bericht.bericht, kop));
    if (t.nummer === '315' || t.nummer === '317') {
      const nummer = t.nummer;
      (afwijzingen.get(rij.id) ?? []).forEach((a, i) => {
        const antwoordKop = { identificatie: antwoordIdentificatie(rij.id, i + 1), dagtekening: deps.vandaag };
        const antwoord = buildAntwoord(t.standaard, nummer, bericht as Berichten[typeof nummer], { antwoord: 'afgewezen', reden: a.reden, woonplaatsbeginselGemeente: a.gemeente }, antwoordKop, a.referentieAanbieder);
        if (!antwoord.ok) throw new Error(`antwoordbericht for bericht ${rij.id} could not be made: ${antwoord.weigering.message}`);
        uitgaand.push(uitgaandBericht(t, rij, berichttypVan(t.standaard.id, '319'), antwoord.bericht, antwoordKop));
      });
    }
    statussen.push({ id: rij.id, status: 'beantwoord', fase: 'retour' });
  }
  for (const u of await berichten.bewaarUitgaandVeel(uitgaand)) {
    outbox.push({ id: u.berichtId, naam: `${u.berichttype}-${u.afzender}-${u.identificatie}.xml`, raw: u.raw });
  }
  await berichten.zetOutboxPaden(await schrijfOutbox(deps.outboxDir, outbox));
  await berichten.werkBijVeel(statussen);
}
