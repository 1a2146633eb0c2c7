/**
 * Controls and decisions for a chunk of messages in one transaction, set-based: the facts every
 * message of the chunk may need are read in a handful of queries; messages are then controlled and
 * decided one after another in the standard's order against that memory, each decision's facts added
 * to it at once (so a 305 sees the 301 decided just before it); at the end everything is written in a
 * few statements. The outcome is exactly that of deciding the messages one by one.
 */
import { InMemoryContext, type ContextData, type ControlContext } from '../control/context.js';
import type { StartFeit, StopFeit } from '../control/feiten.js';
import { teVerwijderen, VERWIJDEREN_AANLEVERING, type Stopregel } from '../control/zorgsleutel.js';
import type { Executor } from '../db/client.js';
import { BerichtRepository, type BerichtRij } from '../db/repositories/berichten.js';
import { FeitenRepository } from '../db/repositories/feiten.js';
import type { BerichtStatus, Fase } from '../db/status.js';
import { voorbij } from '../db/status.js';
import { beoordeel, tegengehouden, wachtOpOnderzoek } from '../decide/beoordeel.js';
import { declaratieFeiten, startFeiten, stopFeiten, toewijzingFeiten, verzoekFeiten, type DeclaratieFeiten, type ZorgRegel } from '../decide/feiten.js';
import type { Finding } from '../finding.js';
import type { Bericht301, Bericht303, Bericht305, Bericht307, Bericht315, Bericht317, Bericht323 } from '../standard/berichten.generated.js';
import { declaratieFeiten303 } from '../decide/feiten-303.js';
import { toewijzingNummers303 } from '../control/koppeling-303.js';
import type { Berichttype } from '../standard/catalogue.js';
import type { StandaardId } from '../standard/standaard.js';
import { lineOf } from '../xml/locate.js';
import { REDEN_WOONPLAATSBEGINSEL } from '../retour/antwoord.js';
import { woonplaatsbeginsel } from '../rules/woonplaats/WP003.js';
import { RegisterCache, sleutels, type Sleutels } from './context-sleutels.js';
import { geparsed, runControls, type StageDeps } from './stages.js';

/** The messages the gemeente receives and controls per part, its own 301s, and the legacy 303. */
const GECONTROLEERD = new Set(['301', '303', '305', '307', '315', '317', '323']);

interface Item {
  readonly rij: BerichtRij;
  readonly t: Berichttype;
  readonly bericht: unknown;
  readonly text: string;
}

type Drie<A, B, C> = readonly [A, B, C];
const uniek = <T extends readonly unknown[]>(l: readonly T[]): T[] => [...new Map(l.map((x) => [JSON.stringify(x), x])).values()];

/**
 * The facts the controls of these messages may read, per standard, in memory: every kind of fact is
 * read for the messages of both standards at once (its keys start with the standaard), each in one
 * round trip.
 */
async function laadGeheugen(tx: Executor, items: readonly Item[], registers: RegisterCache): Promise<Map<StandaardId, InMemoryContext>> {
  const feiten = new FeitenRepository(tx);
  const perStd = new Map<StandaardId, { i: Item; s: Sleutels }[]>();
  for (const i of items) {
    const std = i.t.standaard.id;
    const l = perStd.get(std);
    const e = { i, s: sleutels(i.t, i.bericht) };
    if (l) l.push(e);
    else perStd.set(std, [e]);
  }
  const uit = new Map<StandaardId, InMemoryContext>();
  const alleBsns = new Set<string>();
  const gemeenten = await registers.gemeenten();
  const nummers: Drie<string, string, number>[] = [];
  const clienten: Drie<string, string, string>[] = [];
  const zorg: (readonly [string, string, string, string])[] = [];
  const refs: Drie<string, string, string>[] = [];
  const opToewijzing: Drie<string, string, number>[] = [];
  const aanbiedersGemeenten: Drie<string, string, string>[] = [];
  const declNummers: Drie<string, string, string>[] = [];
  const verzoekRefs: Drie<string, string, string>[] = [];
  for (const [std, lijst] of perStd) {
    for (const { i, s } of lijst) {
      for (const n of s.nummers) nummers.push([std, s.gemeente, n]);
      for (const b of s.bsns) {
        clienten.push([std, s.gemeente, b]);
        zorg.push([std, s.gemeente, s.agb, b]);
        alleBsns.add(b);
      }
      if (i.t.nummer === '323' || i.t.nummer === '303') {
        for (const r of s.referenties) refs.push([std, s.agb, r]);
        for (const n of s.nummers) opToewijzing.push([std, s.gemeente, n]);
        aanbiedersGemeenten.push([std, s.agb, s.gemeente]);
        if (s.declaratieNummer) declNummers.push([std, s.agb, s.declaratieNummer]);
      }
      if (i.t.nummer === '301') for (const r of s.referenties) verzoekRefs.push([std, s.agb, r]);
    }
  }
  // One query at a time: a transaction has one connection.
  const toewijzingen = await feiten.toewijzingenVoor(uniek(nummers), uniek(clienten));
  // A 303 prestatie without ToewijzingNummer is judged on the client's toewijzing it is linked to
  // (koppeling-303.ts): the earlier prestaties on every toewijzing of the client at that aanbieder count.
  for (const [std, lijst] of perStd) {
    for (const { s } of lijst) {
      if (!s.zonderToewijzingNummer) continue;
      const bsns = new Set(s.bsns);
      for (const t of toewijzingen.get(std) ?? []) if (t.agb === s.agb && t.gemeente === s.gemeente && bsns.has(t.bsn)) opToewijzing.push([std, s.gemeente, t.toewijzingNummer]);
    }
  }
  const starts = await feiten.zorgregelsVoor('start', uniek(zorg));
  const stops = await feiten.zorgregelsVoor('stop', uniek(zorg));
  const prestaties = await feiten.prestatiesVoor(uniek(refs), uniek(opToewijzing));
  const declaraties = await feiten.declaratiesVoor(uniek(aanbiedersGemeenten), uniek(declNummers));
  const verzoeken = await feiten.verzoekenVoor(uniek(verzoekRefs));
  for (const [std, lijst] of perStd) {
    const data: ContextData = {
      toewijzingen: toewijzingen.get(std) ?? [],
      startProducten: starts.get(std) ?? [],
      stopProducten: (stops.get(std) ?? []) as unknown as StopFeit[],
      prestaties: prestaties.get(std) ?? [],
      declaraties: declaraties.get(std) ?? [],
      verzoeken: verzoeken.get(std) ?? [],
      gemeenten,
      productcodes: [],
      contracten: [],
      aanbieders: [],
    };
    const ks = lijst.map((e) => e.s);
    for (const g of new Set(ks.map((k) => k.gemeente))) (data.productcodes as unknown[]).push(...(await registers.productcodes(g, std)));
    for (const [a, g] of uniek(ks.map((k) => [k.agb, k.gemeente] as const))) (data.contracten as unknown[]).push(...(await registers.contracten(a, g, std)));
    for (const a of new Set(ks.map((k) => k.agb))) (data.aanbieders as unknown[]).push(...(await registers.aanbieders(a)));
    uit.set(std, new InMemoryContext(data));
  }
  const woonplaatsen = await registers.woonplaatsen([...alleBsns]);
  for (const ctx of uit.values()) ctx.voegWoonplaatsenToe(woonplaatsen);
  return uit;
}

/** What the chunk will write, gathered while deciding. */
class Schrijver {
  readonly bevindingen = new Map<number, (Finding & { fase: string })[]>();
  readonly statussen: { id: number; status: BerichtStatus; fase: Fase }[] = [];
  readonly toewijzingen: Parameters<FeitenRepository['schrijfToewijzingenVeel']>[0][number][] = [];
  readonly zorg = { start: [] as { berichtId: number; standaard: string; feit: StartFeit & ZorgRegel }[], stop: [] as { berichtId: number; standaard: string; feit: StopFeit & ZorgRegel }[] };
  readonly verwijderdeIds = { start: new Set<number>(), stop: new Set<number>() };
  readonly verzoeken: Parameters<FeitenRepository['schrijfVerzoekenVeel']>[0][number][] = [];
  readonly declaraties: { berichtId: number; standaard: string; feiten: DeclaratieFeiten }[] = [];
  readonly koppelingen: { id: number; heenId: number }[] = [];

  async schrijf(tx: Executor): Promise<void> {
    const berichten = new BerichtRepository(tx);
    const feiten = new FeitenRepository(tx);
    await feiten.schrijfToewijzingenVeel(this.toewijzingen);
    await feiten.markeerVerwijderd('start', [...this.verwijderdeIds.start]);
    await feiten.markeerVerwijderd('stop', [...this.verwijderdeIds.stop]);
    await feiten.schrijfZorgregelsVeel('start', this.zorg.start);
    await feiten.schrijfZorgregelsVeel('stop', this.zorg.stop);
    await feiten.schrijfVerzoekenVeel(this.verzoeken);
    await feiten.schrijfDeclaratiesVeel(this.declaraties);
    for (const k of this.koppelingen) await berichten.koppelAntwoord(k.id, k.heenId);
    // The statuses and the findings last, in one statement.
    await berichten.werkBijVeel(this.statussen, { fasen: ['controle'], perBericht: this.bevindingen });
  }
}

/**
 * Accepted StatusAanlevering-3 lines delete the earlier lines in force with the same key (IV008):
 * in memory for the rest of the chunk, and in the database (earlier rows by id; rows of this chunk
 * are written as deleted).
 */
function verwijder(
  tabel: 'start' | 'stop',
  ctx: InMemoryContext,
  regels: readonly (StartFeit & ZorgRegel)[],
  schrijver: Schrijver,
): void {
  for (const r of regels) {
    if (r.statusAanlevering !== VERWIJDEREN_AANLEVERING || r.beoordeling !== 'toegekend') continue;
    const eerder = tabel === 'start' ? ctx.startProducten(r.gemeente, r.agb, r.bsn) : ctx.stopProducten(r.gemeente, r.agb, r.bsn);
    const weg = tabel === 'start' ? teVerwijderen(r, eerder) : teVerwijderen(r as unknown as Stopregel, eerder as StopFeit[]);
    for (const w of weg) {
      const nieuw = { ...w, verwijderd: true };
      ctx.vervangZorgregel(w, nieuw);
      const id = (w as { id?: number }).id;
      if (id !== undefined) schrijver.verwijderdeIds[tabel].add(id);
      const wachtend = schrijver.zorg[tabel].find((z) => z.feit === w);
      if (wachtend) (wachtend as { feit: StartFeit & ZorgRegel }).feit = nieuw as StartFeit & ZorgRegel;
    }
  }
}

export async function controleerChunk(tx: Executor, rijen: readonly BerichtRij[], deps: StageDeps, registers: RegisterCache): Promise<void> {
  const m = deps.meting;
  const geladen = m ? performance.now() : 0;
  const berichten = new BerichtRepository(tx);
  const items: Item[] = rijen.filter((r) => !voorbij(r.fase, 'beslist') && r.status === 'gevalideerd').map((rij) => ({ rij, ...geparsed(rij) }));
  const teControleren = items.filter((i) => GECONTROLEERD.has(i.t.nummer));
  const geheugen = await laadGeheugen(tx, teControleren, registers);
  if (m) m.control += performance.now() - geladen;
  const s = new Schrijver();

  for (const { rij, t, bericht, text } of items) {
    const id = rij.id;
    const std = t.standaard.id;
    if (t.nummer === '302' || t.nummer === '320') {
      // The aanbieder's retour on our 301 (or 319): linked to it.
      const h = (bericht as { Header: { Afzender: string; BerichtIdentificatie: { Identificatie: string } } }).Header;
      const heen = t.nummer === '302' ? '301' : '319';
      const ons = await berichten.vindOpIdentificatie(h.Afzender, `${t.standaard.berichtPrefix}${heen}`, h.BerichtIdentificatie.Identificatie);
      if (ons) s.koppelingen.push({ id, heenId: ons.id });
      s.statussen.push({ id, status: 'verwerkt', fase: 'retour' });
      continue;
    }
    if (!GECONTROLEERD.has(t.nummer)) {
      // A message the gemeente sends itself (306, 308, 316, 318, 319, 325): kept, not processed.
      s.bevindingen.set(id, [
        {
          fase: 'controle',
          rule: 'IWJ001',
          path: '/Bericht/Header',
          message: `Een ${t.naam} (${t.omschrijving.toLowerCase()}) wordt door de gemeente verstuurd, niet ontvangen; het bericht is bewaard maar niet verwerkt.`,
        },
      ]);
      s.statussen.push({ id, status: 'verwerkt', fase: 'retour' });
      continue;
    }
    const mem = geheugen.get(std)!;
    const ctx: ControlContext = { standaard: t.standaard, berichttype: t, geheugen: mem, registers: mem, eigenGemeenten: deps.eigenGemeenten, vandaag: deps.vandaag };
    const gecontroleerd = m ? performance.now() : 0;
    const findings = runControls(t, bericht, ctx).map((f) => ({ ...f, line: lineOf(text, f.path) }));
    if (m) m.control += performance.now() - gecontroleerd;
    s.bevindingen.set(id, findings.map((f) => ({ ...f, fase: 'controle' })));

    const b = beoordeel(t.nummer, bericht, findings);
    const geheelAfgekeurd = b.header.length > 0;
    if (t.nummer === '301') {
      const b301 = bericht as Bericht301;
      if (tegengehouden(findings, t) || geheelAfgekeurd) {
        s.statussen.push({ id, status: 'tegengehouden', fase: 'beslist' });
        continue;
      }
      const nieuwe = toewijzingFeiten(b301);
      mem.voegToe({ toewijzingen: nieuwe });
      for (const feit of nieuwe) s.toewijzingen.push({ berichtId: id, standaard: std, feit, status: 'gereed', geboortedatum: b301.Client.Geboortedatum.Datum });
      s.statussen.push({ id, status: 'gereed', fase: 'beslist' });
      continue;
    }
    if (!geheelAfgekeurd) {
      switch (t.nummer) {
        case '305': {
          const regels = startFeiten(bericht as Bericht305, b);
          verwijder('start', mem, regels, s);
          mem.voegToe({ startProducten: regels });
          for (const feit of regels) s.zorg.start.push({ berichtId: id, standaard: std, feit });
          break;
        }
        case '307': {
          const regels = stopFeiten(bericht as Bericht307, b);
          verwijder('stop', mem, regels, s);
          mem.voegToe({ stopProducten: regels });
          for (const feit of regels) s.zorg.stop.push({ berichtId: id, standaard: std, feit });
          break;
        }
        case '315':
        case '317': {
          const verzoek = bericht as Bericht315 | Bericht317;
          // iJw: a verzoek for a client who by the woonplaats register lives in another gemeente is
          // answered with a 319 "afgewezen", RedenAfwijzingVerzoek 8 and that gemeente (WP003, IV095,
          // OP359) — unless the message waits for a person (then no answer goes out on its own).
          const afwijzingen =
            std === 'iJw' && !wachtOpOnderzoek(b)
              ? woonplaatsbeginsel(verzoek, mem).map((a) => ({ referentieAanbieder: a.referentieAanbieder, pad: a.pad, reden: REDEN_WOONPLAATSBEGINSEL, gemeente: a.gemeente }))
              : [];
          const v = verzoekFeiten(t.nummer, verzoek, b, afwijzingen);
          mem.voegToe({ verzoeken: v.filter((x) => x.beoordeling === 'toegekend') });
          for (const feit of v) s.verzoeken.push({ berichtId: id, standaard: std, feit });
          break;
        }
        case '303':
        case '323': {
          if (b.declaratie && b.declaratie.length > 0) break;
          const f =
            t.nummer === '303'
              ? declaratieFeiten303(bericht as Bericht303, b, toewijzingNummers303(mem, bericht as Bericht303))
              : declaratieFeiten(bericht as Bericht323, b);
          mem.voegToe({ declaraties: [f.declaratie], prestaties: f.prestaties.filter((p) => !p.dubbel) });
          s.declaraties.push({ berichtId: id, standaard: std, feiten: f });
          break;
        }
      }
    }
    const wacht = wachtOpOnderzoek(b);
    s.statussen.push({ id, status: wacht ? 'in-onderzoek' : geheelAfgekeurd ? 'afgekeurd' : 'beslist', fase: 'beslist' });
  }
  await s.schrijf(tx);
}

