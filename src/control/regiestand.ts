/**
 * The state of a client's starts and stops (at one gemeente, from one aanbieder) that the lines of a
 * 305 or 307 are judged against: the earlier aanleveringen in force, minus what the message's own
 * StatusAanlevering-3 lines validly delete. IV008 advises sending a deletion and its replacement in
 * one message ("voorkomen dat een nieuwe aanlevering eerder wordt verwerkt dan de correctie"), so the
 * deletions of a message count before its new lines, wherever they stand in it. A deletion is valid
 * when it has something to delete (TR063) and, for a start, when that start has no stop yet (TR071).
 */
import { startProducten, stopProducten } from '../rules/paden.js';
import type { Bericht305, Bericht307 } from '../standard/berichten.generated.js';
import type { ControlContext } from './context.js';
import type { StartFeit, StopFeit } from './feiten.js';
import { isActueel, isVerwijdering, startregel, stopregel, teVerwijderen, zelfdeStartsleutel, type Startregel, type Stopregel } from './zorgsleutel.js';

/** A line of the message being checked, with its element path. */
export interface Lijn<R extends Startregel> {
  readonly regel: R;
  readonly pad: string;
}

export const startlijnen = (b: Bericht305): Lijn<Startregel>[] => [...startProducten(b)].map(({ item, pad }) => ({ regel: startregel(item), pad }));
export const stoplijnen = (b: Bericht307): Lijn<Stopregel>[] => [...stopProducten(b)].map(({ item, pad }) => ({ regel: stopregel(item), pad }));

export interface Regiestand {
  /** Starts in force, oldest first. */
  readonly starts: readonly StartFeit[];
  /** Stops in force, oldest first. */
  readonly stops: readonly StopFeit[];
}

/** Earlier starts and stops in force, as the Geheugen has them (before this message). */
export function eerdereRegiestand(ctx: ControlContext, gemeente: string, agb: string, bsn: string): Regiestand {
  return {
    starts: ctx.geheugen.startProducten(gemeente, agb, bsn).filter(isActueel),
    stops: ctx.geheugen.stopProducten(gemeente, agb, bsn).filter(isActueel),
  };
}

/** The state the status-1 lines of this 305 are judged against. */
export function regiestand305(b: Bericht305, ctx: ControlContext): Regiestand {
  const eerder = eerdereRegiestand(ctx, b.Header.Ontvanger, b.Header.Afzender, b.Client.Bsn);
  const weg = new Set<StartFeit>();
  for (const regel of b.Client.StartProducten.map(startregel).filter(isVerwijdering)) {
    if (eerder.stops.some((s) => zelfdeStartsleutel(s, regel))) continue;
    for (const f of teVerwijderen(regel, eerder.starts)) weg.add(f);
  }
  return { starts: eerder.starts.filter((s) => !weg.has(s)), stops: eerder.stops };
}

/** The state the status-1 lines of this 307 are judged against. */
export function regiestand307(b: Bericht307, ctx: ControlContext): Regiestand {
  const eerder = eerdereRegiestand(ctx, b.Header.Ontvanger, b.Header.Afzender, b.Client.Bsn);
  const weg = new Set<StopFeit>();
  for (const regel of b.Client.StopProducten.map(stopregel).filter(isVerwijdering)) {
    for (const f of teVerwijderen(regel, eerder.stops)) weg.add(f);
  }
  return { starts: eerder.starts, stops: eerder.stops.filter((s) => !weg.has(s)) };
}

/**
 * The date a start or stop line's toewijzing starts: its ToewijzingIngangsdatum, else the Ingangsdatum
 * of the toewijzing (in force) it names, else (taakgericht, no toewijzing) its Begindatum.
 */
export function toewijzingIngangsdatumVan(r: Startregel, gemeente: string, ctx: ControlContext): string {
  if (r.toewijzingIngangsdatum !== undefined) return r.toewijzingIngangsdatum;
  const t = r.toewijzingNummer !== undefined ? ctx.geheugen.toewijzing(gemeente, r.toewijzingNummer) : undefined;
  return t?.ingangsdatum ?? r.begindatum;
}
