/**
 * TR101: no duplicate lines in a message. The standard: "voor iedere berichtklasse [moet] de logische
 * sleutel in combinatie met de logische sleutels van de bovenliggende berichtklassen uniek zijn".
 * The keys are data (`sleutels.ts`); this file only walks them.
 *
 * Reading chosen:
 * - Two instances of a class are duplicates when every key element has the same value, an absent
 *   optional key element counting as a value of its own (two StartProducten without ToewijzingNummer
 *   but with the same Product and Begindatum are duplicates).
 * - Instances under different parents can only collide when those parents have the same key
 *   themselves, and then the parent is the duplicate line: it is reported, and what it contains
 *   is part of that line and not reported again. So per parent instance, its children must differ
 *   in their own key, which is the combined key of the standard.
 * - The finding is on the later instance, naming the earlier one it repeats.
 */
import { defineRule, type CheckPerBericht, type RuleContext, type RuleFinding } from '../rule.js';
import { sleutels, type Sleutelklasse } from './sleutels.js';

interface Knoop {
  readonly klasse: string;
  readonly stappen: readonly string[];
  readonly sleutel: readonly (readonly string[])[];
  /** The key elements by name for a message text: `ToewijzingNummer, Product, Begindatum`. */
  readonly sleutelnamen: string;
  readonly onder: readonly Knoop[];
}

function knoop(k: Sleutelklasse): Knoop {
  return {
    klasse: k.klasse,
    stappen: k.pad.split('/'),
    sleutel: k.sleutel.map((s) => s.split('/')),
    sleutelnamen: [...new Set(k.sleutel.map((s) => s.split('/')[0]))].join(', '),
    onder: (k.onder ?? []).map(knoop),
  };
}

interface Instantie {
  readonly item: Record<string, unknown>;
  readonly pad: string;
  /** The last step of the path (`Prestatie[2]`), to name it in a message. */
  readonly naam: string;
}

/**
 * The instances a class has under one parent: follow the steps; an array is a list class, whose
 * items the next step names (the typed message keeps `Clienten` as an array of Client).
 */
function instanties(ouder: unknown, pad: string, stappen: readonly string[], i: number, uit: Instantie[], naam: string): void {
  if (i === stappen.length) {
    if (ouder !== null && typeof ouder === 'object') uit.push({ item: ouder as Record<string, unknown>, pad, naam });
    return;
  }
  const stap = stappen[i]!;
  const waarde = (ouder as Record<string, unknown> | undefined)?.[stap];
  if (waarde === undefined) return;
  if (Array.isArray(waarde)) {
    const itemnaam = stappen[i + 1] ?? stap;
    for (let n = 0; n < waarde.length; n++) {
      const stapnaam = `${itemnaam}[${n + 1}]`;
      instanties(waarde[n], `${pad}/${stap}/${stapnaam}`, stappen, i + 2, uit, stapnaam);
    }
    return;
  }
  instanties(waarde, `${pad}/${stap}`, stappen, i + 1, uit, stap);
}

const AFWEZIG = '\u0000';
const SCHEIDING = '\u001f';

function sleutelwaarde(item: Record<string, unknown>, sleutel: readonly (readonly string[])[]): string {
  let uit = '';
  for (let s = 0; s < sleutel.length; s++) {
    let v: unknown = item;
    for (const stap of sleutel[s]!) v = v === undefined || v === null ? undefined : (v as Record<string, unknown>)[stap];
    uit += (s === 0 ? '' : SCHEIDING) + (v === undefined || v === null ? AFWEZIG : String(v));
  }
  return uit;
}

function controleer(k: Knoop, ouder: unknown, ouderpad: string, findings: RuleFinding[]): void {
  const lijst: Instantie[] = [];
  instanties(ouder, ouderpad, k.stappen, 0, lijst, '');
  const gezien = lijst.length > 1 ? new Map<string, Instantie>() : undefined;
  for (const inst of lijst) {
    if (gezien) {
      const waarde = sleutelwaarde(inst.item, k.sleutel);
      const eerder = gezien.get(waarde);
      if (eerder) {
        findings.push({
          path: inst.pad,
          message: `${inst.naam} heeft dezelfde logische sleutel (${k.sleutelnamen}) als ${eerder.naam}; dubbele regels zijn binnen een bericht niet toegestaan.`,
        });
        continue;
      }
      gezien.set(waarde, inst);
    }
    for (const o of k.onder) controleer(o, inst.item, inst.pad, findings);
  }
}

function checkVoor(top: Sleutelklasse): (bericht: unknown) => RuleFinding[] {
  const wortel = knoop(top);
  return (bericht) => {
    const findings: RuleFinding[] = [];
    controleer(wortel, bericht, '/Bericht', findings);
    return findings;
  };
}

/** One check per message that has keys; the messages TR101 applies to are those of the table. */
const check = Object.fromEntries(
  Object.entries(sleutels).map(([nummer, top]) => [nummer, checkVoor(top)]),
) as CheckPerBericht<RuleContext>;

export default defineRule({
  code: 'TR101',
  retourcode: '0001',
  level: 'bericht',
  description: 'Binnen een bericht zijn dubbele regels niet toegestaan.',
  check,
});
