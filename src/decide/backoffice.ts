/**
 * Decisions a person takes in the backoffice on what the controls rejected or put in onderzoek:
 *
 * - `bevestigen`: confirm a rejected prestatie (the rejection stands; recorded as a decision of
 *   that person, so the queue knows it was looked at);
 * - `toekennen`: override — approve a rejected prestatie, or one in onderzoek, with a reason
 *   (mandatory); prestaties are granted wholly (IV087), so the granted amount is what was declared;
 * - `afwijzen`: reject a prestatie in onderzoek (or correct an approval) with a reason and the
 *   retourcode(s) the 325 gives it.
 *
 * Each decision is a new `beslissing` row (`door` = `gebruiker:<id>`, `reden`), mirrored on the
 * prestatie, and the declaratie's TotaalToegekendBedrag is recomputed. While the 325 of the
 * declaratie does not exist yet, the decision changes what the 325 will say: when no prestatie of
 * the message is in onderzoek any more, `naBeslissing(berichtId)` is called so processing continues
 * to the retour stage. Once the 325 exists, a decision that changes something is recorded as a
 * correction (`correctie = true`): the 325 that was sent stays as it was.
 *
 * Every decision writes one audit entry (who, which prestatie, what) — also in bulk, one per item.
 */
import type { Database, Executor } from '../db/client.js';
import { BerichtRepository } from '../db/repositories/berichten.js';
import { BeslissingRepository } from '../db/repositories/beslissingen.js';
import { FeitenRepository } from '../db/repositories/feiten.js';
import { ToegangRepository } from '../db/repositories/toegang.js';
import type { PrestatieRij } from '../db/schema/index.js';
import { afkeurcodes } from '../retour/retourcodes.js';
import { betekenis } from '../standard/codes.js';
import type { StandaardId } from '../standard/standaard.js';
import { gevolg } from './beoordeel.js';
import { deelVan } from './delen.js';

export type Besluit = 'bevestigen' | 'toekennen' | 'afwijzen';
export const BESLUITEN: readonly Besluit[] = ['bevestigen', 'toekennen', 'afwijzen'];

export interface PrestatieBesluit {
  readonly prestatieId: number;
  readonly besluit: Besluit;
  /** Why: mandatory for `toekennen` and `afwijzen`. */
  readonly reden?: string;
  /** For `afwijzen`: the retourcode(s) the 325 gives the prestatie (from the RetourCode list). */
  readonly retourcodes?: readonly string[];
}

export interface BackofficeDeps {
  readonly database: Database;
  /**
   * Called after a decision when the message has no prestatie in onderzoek any more and its 325
   * does not exist yet: the lead wires this to the retour stage (enqueue or run `retour`).
   */
  readonly naBeslissing?: (berichtId: number) => Promise<void>;
}

export interface BeslisUitkomst {
  readonly prestatieId: number;
  readonly berichtId: number;
  readonly declaratieId: number;
  readonly beslissingId: number;
  readonly status: 'toegekend' | 'afgewezen';
  /** Taken after the 325 existed: recorded as a correction, the 325 is not changed. */
  readonly correctie: boolean;
  /** Prestaties of the message still in onderzoek after this decision. */
  readonly nogInOnderzoek: number;
  /** `naBeslissing` was called: the 325 can now be made. */
  readonly retourGestart: boolean;
}

export type BeslisFoutCode = 'onbekend' | 'reden-vereist' | 'retourcode-vereist' | 'retourcode-onbekend' | 'niet-mogelijk';

/** A decision that cannot be taken, with a Dutch sentence for the person who tried. */
export class BeslisFout extends Error {
  constructor(
    readonly code: BeslisFoutCode,
    message: string,
  ) {
    super(message);
    this.name = 'BeslisFout';
  }
}

const REDEN_MAX = 2000;

function schoneReden(reden: string | undefined): string | undefined {
  const r = reden?.trim();
  return r ? r.slice(0, REDEN_MAX) : undefined;
}

/** The retourcodes a person may give a rejected prestatie: rejecting codes of the standard's list. */
export function afwijscodes(standaard: StandaardId, codes: readonly string[]): { geldig: string[]; onbekend: string[] } {
  const uniek = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  const onbekend = uniek.filter((c) => betekenis('RetourCode', standaard, c) === undefined);
  // 0001 (technical) and 8001 (fully granted) are never a prestatie's reason for rejection.
  const geldig = afkeurcodes(uniek.filter((c) => !onbekend.includes(c))).filter((c) => c !== '0001' && c !== '8001');
  return { geldig, onbekend: [...onbekend, ...uniek.filter((c) => !onbekend.includes(c) && !geldig.includes(c))] };
}

/** Is the prestatie rejected through its Client (every prestatie of that client goes back with 0233)? */
async function afgekeurdOpClient(db: Executor, p: PrestatieRij): Promise<boolean> {
  const i = p.pad.indexOf('/Prestaties/');
  if (i < 0) return false;
  const clientPad = p.pad.slice(0, i);
  const findings = await new BerichtRepository(db).bevindingen(p.berichtId, ['controle']);
  return findings.some((f) => f.retourcode !== undefined && gevolg(f) === 'afkeuren' && deelVan('323', f.path) === clientPad);
}

interface Plan {
  readonly status: 'toegekend' | 'afgewezen';
  readonly retourcodes: string[];
  readonly toegekendBedrag: number;
  readonly reden?: string;
  /** Does the decision change the prestatie (a confirmation does not)? */
  readonly wijzigt: boolean;
}

async function plan(db: Executor, p: PrestatieRij, b: PrestatieBesluit, na325: boolean): Promise<Plan> {
  const reden = schoneReden(b.reden);
  switch (b.besluit) {
    case 'bevestigen':
      if (p.status !== 'afgewezen') {
        throw new BeslisFout('niet-mogelijk', p.status === 'in-onderzoek' ? 'Deze prestatie wacht op onderzoek; kies toekennen of afwijzen.' : 'Deze prestatie is niet afgewezen; er is geen afwijzing om te bevestigen.');
      }
      return { status: 'afgewezen', retourcodes: [...p.retourcodes], toegekendBedrag: 0, ...(reden ? { reden } : {}), wijzigt: false };
    case 'toekennen': {
      if (!reden) throw new BeslisFout('reden-vereist', 'Geef een reden op: een afwijzing overschrijven mag alleen met een reden.');
      if (p.status === 'toegekend') throw new BeslisFout('niet-mogelijk', 'Deze prestatie is al toegekend.');
      if (p.dubbel) throw new BeslisFout('niet-mogelijk', 'Deze prestatie heeft een ReferentieNummer dat de aanbieder al eerder gebruikte (TR314); zij kan niet worden toegekend.');
      if (!na325 && (await afgekeurdOpClient(db, p))) {
        throw new BeslisFout(
          'niet-mogelijk',
          'De afkeuring ligt op de cliënt: alle prestaties van deze cliënt gaan terug zonder beoordeling (IV087). Eén prestatie toekennen kan pas als correctie nadat de 325 is gemaakt.',
        );
      }
      return { status: 'toegekend', retourcodes: [], toegekendBedrag: p.bedrag, reden, wijzigt: true };
    }
    case 'afwijzen': {
      if (!reden) throw new BeslisFout('reden-vereist', 'Geef een reden op voor de afwijzing.');
      if (p.status === 'afgewezen') throw new BeslisFout('niet-mogelijk', 'Deze prestatie is al afgewezen; bevestig de afwijzing of ken haar toe.');
      const { geldig, onbekend } = afwijscodes(p.standaard as StandaardId, b.retourcodes ?? []);
      if (onbekend.length > 0) {
        throw new BeslisFout('retourcode-onbekend', `Retourcode ${onbekend.join(', ')} kan een prestatie niet afwijzen; kies een afwijzende code uit de retourcodelijst.`);
      }
      if (geldig.length === 0) throw new BeslisFout('retourcode-vereist', 'Kies de retourcode die de 325 bij deze afwijzing geeft.');
      return { status: 'afgewezen', retourcodes: geldig, toegekendBedrag: 0, reden, wijzigt: true };
    }
  }
}

/** One decision on one prestatie, in one transaction; `door` is `gebruiker:<id>`. */
export async function beslisPrestatie(deps: BackofficeDeps, door: string, b: PrestatieBesluit): Promise<BeslisUitkomst> {
  const u = await deps.database.db.transaction(async (tx) => {
    const repo = new BeslissingRepository(tx);
    const p = await repo.prestatie(b.prestatieId, true);
    if (!p) throw new BeslisFout('onbekend', `Prestatie ${b.prestatieId} bestaat niet.`);
    const na325 = (await new BerichtRepository(tx).retourVan(p.berichtId)) !== undefined;
    const pl = await plan(tx, p, b, na325);
    const correctie = na325 && pl.wijzigt;
    const rij = await repo.schrijf(p.id, {
      status: pl.status,
      retourcodes: pl.retourcodes,
      toegekendBedrag: pl.toegekendBedrag,
      door,
      ...(pl.reden ? { reden: pl.reden } : {}),
      correctie,
    });
    await new FeitenRepository(tx).herberekenTotaal(p.declaratieId);
    await new ToegangRepository(tx).audit({
      wie: door,
      actie: b.besluit === 'bevestigen' ? 'bevestigd' : 'besloten',
      onderwerp: 'prestatie',
      onderwerpId: p.id,
      details: { besluit: b.besluit, van: p.status, naar: pl.status, retourcodes: pl.retourcodes, correctie, berichtId: p.berichtId, beslissingId: rij.id },
    });
    const nogInOnderzoek = await repo.aantalInOnderzoek(p.declaratieId);
    // Nothing of the message waits for a person any more: it is decided, and its retour is due.
    if (nogInOnderzoek === 0 && !na325) await new BerichtRepository(tx).zetStatusAls(p.berichtId, 'in-onderzoek', 'beslist');
    return { prestatieId: p.id, berichtId: p.berichtId, declaratieId: p.declaratieId, beslissingId: rij.id, status: pl.status, correctie, nogInOnderzoek, na325 };
  });
  let retourGestart = false;
  if (!u.na325 && u.nogInOnderzoek === 0 && deps.naBeslissing) {
    await deps.naBeslissing(u.berichtId);
    retourGestart = true;
  }
  const { na325: _na325, ...rest } = u;
  return { ...rest, retourGestart };
}

export interface BulkUitkomst {
  readonly gelukt: BeslisUitkomst[];
  readonly mislukt: { readonly prestatieId: number; readonly code: BeslisFoutCode; readonly melding: string }[];
}

/**
 * The same decision on many prestaties (a filtered selection): each in its own transaction with
 * its own audit entry; one that cannot be taken is reported and does not stop the others.
 */
export async function beslisPrestaties(
  deps: BackofficeDeps,
  door: string,
  ids: readonly number[],
  besluit: Omit<PrestatieBesluit, 'prestatieId'>,
): Promise<BulkUitkomst> {
  const gelukt: BeslisUitkomst[] = [];
  const mislukt: BulkUitkomst['mislukt'][number][] = [];
  for (const prestatieId of new Set(ids)) {
    try {
      gelukt.push(await beslisPrestatie(deps, door, { ...besluit, prestatieId }));
    } catch (e) {
      if (!(e instanceof BeslisFout)) throw e;
      mislukt.push({ prestatieId, code: e.code, melding: e.message });
    }
  }
  return { gelukt, mislukt };
}

export type BevestigOnderwerp = 'bericht' | 'startregel' | 'stopregel';

/**
 * Confirms the rejection of a whole message or of a start/stop line: nothing changes in what was
 * decided or answered; the audit log records who looked and agreed (the queue shows it as handled).
 */
export async function bevestigAfkeuring(deps: BackofficeDeps, door: string, onderwerp: BevestigOnderwerp, id: number, reden?: string): Promise<void> {
  const r = schoneReden(reden);
  await new ToegangRepository(deps.database.db).audit({
    wie: door,
    actie: 'bevestigd',
    onderwerp,
    onderwerpId: id,
    details: r ? { reden: r } : {},
  });
}

/** The reason a message is ended outside the message traffic, as the backoffice offers it. */
export const AFGEHANDELD_BUITEN_BERICHTENVERKEER = 'Afgehandeld buiten het berichtenverkeer';

/**
 * Ends a received message that waits in onderzoek as a whole and has no prestaties (a 305/307/315/
 * 317 held by a finding such as HD001: not addressed to a gemeente of this installation): a person
 * handled it outside the message traffic (forwarded it, told the aanbieder). The reason is
 * mandatory. The message gets status `afgehandeld` (fase `retour`: nothing of the pipeline waits
 * for it any more, no retour follows) and one audit entry records who, why and from which status.
 * A 323 is decided per prestatie instead; anything not in onderzoek cannot be ended this way.
 */
export async function handelBerichtAf(deps: Pick<BackofficeDeps, 'database'>, door: string, berichtId: number, reden: string | undefined): Promise<void> {
  const r = schoneReden(reden);
  if (!r) throw new BeslisFout('reden-vereist', 'Geef een reden op: een bericht afhandelen buiten het berichtenverkeer mag alleen met een reden.');
  await deps.database.db.transaction(async (tx) => {
    const berichten = new BerichtRepository(tx);
    const rij = await berichten.get(berichtId);
    if (!rij) throw new BeslisFout('onbekend', `Bericht ${berichtId} bestaat niet.`);
    if (rij.richting !== 'in' || rij.status !== 'in-onderzoek') {
      throw new BeslisFout('niet-mogelijk', 'Alleen een ontvangen bericht dat als geheel in onderzoek staat, kan buiten het berichtenverkeer worden afgehandeld.');
    }
    if ((await new FeitenRepository(tx).declaratieVanBericht(berichtId)) !== undefined) {
      throw new BeslisFout('niet-mogelijk', 'Een declaratie wordt per prestatie beslist; ken de prestaties toe of wijs ze af.');
    }
    if (!(await berichten.zetStatusAlsFase(berichtId, 'in-onderzoek', 'afgehandeld', 'retour'))) {
      throw new BeslisFout('niet-mogelijk', 'Het bericht is intussen al door iemand anders behandeld.');
    }
    await new ToegangRepository(tx).audit({
      wie: door,
      actie: 'afgehandeld',
      onderwerp: 'bericht',
      onderwerpId: berichtId,
      details: { van: 'in-onderzoek', naar: 'afgehandeld', afhandeling: AFGEHANDELD_BUITEN_BERICHTENVERKEER, reden: r },
    });
  });
}
