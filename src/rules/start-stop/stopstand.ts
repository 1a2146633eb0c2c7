/**
 * TR413–TR415 judge a new stop against the stops of the same levering (Bsn, ToewijzingNummer,
 * Begindatum; see `zelfdeLevering`) that are in force: the earlier ones (after this message's valid
 * deletions) and the new stops earlier in this same message, in message order, as the receiver
 * processes them. Lines with StatusAanlevering 3 are corrections and are not judged (TR063).
 */
import type { ControlContext } from '../../control/context.js';
import { regiestand307, stoplijnen } from '../../control/regiestand.js';
import { isVerwijdering, zelfdeLevering, type Stopregel } from '../../control/zorgsleutel.js';
import type { Bericht307 } from '../../standard/berichten.generated.js';

export interface StopMetVoorgangers {
  readonly regel: Stopregel;
  readonly pad: string;
  /** Stops in force of the same levering, before this line. */
  readonly eerder: readonly Stopregel[];
}

export function stopsMetVoorgangers(b: Bericht307, ctx: ControlContext): StopMetVoorgangers[] {
  const bekend: Stopregel[] = [...regiestand307(b, ctx).stops];
  const uit: StopMetVoorgangers[] = [];
  for (const { regel, pad } of stoplijnen(b)) {
    if (isVerwijdering(regel)) continue;
    uit.push({ regel, pad, eerder: bekend.filter((s) => zelfdeLevering(s, regel)) });
    bekend.push(regel);
  }
  return uit;
}
