/**
 * A rule of the standard (or one of our own) as one declaration: its code, the retourcode it yields,
 * the level at which the standard checks it, its text, and a pure check per message it applies to.
 * The engine selects rules by `appliesTo`; nobody keeps per-message lists by hand.
 */
import type { Finding } from '../finding.js';
import type { Berichten } from '../standard/berichten.generated.js';
import type { Berichttype } from '../standard/catalogue.js';
import type { Berichtnummer } from '../standard/model/berichten.js';
import { alleStandaarden, type Standaard, type StandaardId } from '../standard/standaard.js';

/**
 * Where the standard checks a rule:
 * - `bericht`: inside one message (the standard's "bericht inhoud (xslt)"): a failure rejects the
 *   whole message with retourcode 0001;
 * - `berichtoverstijgend`: against earlier messages and reference data;
 * - `eigen`: a control of our own (contract, woonplaats); never put into a retour unless it carries
 *   a retourcode the standard prescribes for it.
 */
export type RuleLevel = 'bericht' | 'berichtoverstijgend' | 'eigen';

/**
 * What a finding of the rule does to the part it is about:
 * - `afkeuren`: the part is rejected with the rule's retourcode (the default);
 * - `onderzoek`: a person must look first; the part waits for a backoffice decision (in-onderzoek);
 * - `tegenhouden`: our own outgoing message (a 301) is held back and not sent;
 * - `signaal`: shown to the backoffice, changes no decision.
 */
export type Gevolg = 'afkeuren' | 'onderzoek' | 'tegenhouden' | 'signaal';

/** What a rule may know besides the message itself. */
export interface RuleContext {
  readonly standaard: Standaard;
  readonly berichttype: Berichttype;
}

/** A finding as a rule reports it; the engine adds the rule code and retourcode. */
export interface RuleFinding {
  readonly path: string;
  readonly message: string;
}

export type CheckPerBericht<C extends RuleContext> = {
  readonly [N in Berichtnummer]?: (bericht: Berichten[N], ctx: C) => readonly RuleFinding[];
};

export interface Rule<C extends RuleContext = RuleContext> {
  readonly code: string;
  /** The retourcode the standard prescribes; absent for our own findings that never go into a retour. */
  readonly retourcode?: string;
  readonly level: RuleLevel;
  readonly gevolg: Gevolg;
  /** A different gevolg on some messages (e.g. a signal on a 305 where a prestatie waits for a person). */
  readonly gevolgPer?: Partial<Record<Berichtnummer, Gevolg>>;
  /** The rule's text as the standard words it. */
  readonly description: string;
  /** Message types it applies to: `WMO323`, `JW323`, ... (derived from `check` and `standaarden`). */
  readonly appliesTo: readonly string[];
  readonly check: CheckPerBericht<C>;
}

export interface RuleDefinition<C extends RuleContext> {
  readonly code: string;
  readonly retourcode?: string;
  readonly level: RuleLevel;
  readonly gevolg?: Gevolg;
  readonly gevolgPer?: Partial<Record<Berichtnummer, Gevolg>>;
  readonly description: string;
  /** Limit to one standard; by default a rule applies to iWmo and iJw alike. */
  readonly standaarden?: readonly StandaardId[];
  readonly check: CheckPerBericht<C>;
}

export function defineRule<C extends RuleContext = RuleContext>(def: RuleDefinition<C>): Rule<C> {
  const ids = def.standaarden ?? (['iWmo', 'iJw'] as const);
  // Every release's descriptor: a check for the 303 applies to the WMO303/JW303 of release 3.0.
  const appliesTo = alleStandaarden
    .filter((s) => ids.includes(s.id))
    .flatMap((s) => (Object.keys(def.check) as Berichtnummer[]).filter((n) => s.release.berichten.includes(n)).map((nummer) => `${s.berichtPrefix}${nummer}`));
  return {
    code: def.code,
    retourcode: def.retourcode,
    level: def.level,
    gevolg: def.gevolg ?? 'afkeuren',
    ...(def.gevolgPer ? { gevolgPer: def.gevolgPer } : {}),
    description: def.description,
    appliesTo,
    check: def.check,
  };
}

/**
 * What a finding of the rule does on this message type. On our own outgoing messages (301, 319: the
 * gemeente is the sender) a rule that would have the receiver reject the message (`afkeuren`: the
 * retour would bounce it back with the rule's retourcode) holds it back before it is sent instead.
 */
export function gevolgOp(rule: Pick<Rule<RuleContext>, 'gevolg' | 'gevolgPer'>, berichttype: Berichttype): Gevolg {
  const gevolg = rule.gevolgPer?.[berichttype.nummer] ?? rule.gevolg;
  return gevolg === 'afkeuren' && berichttype.richting === 'gemeente-aanbieder' ? 'tegenhouden' : gevolg;
}

/** Runs one rule on one message; the findings carry the rule's code and retourcode. */
export function runRule<C extends RuleContext>(rule: Rule<C>, bericht: unknown, ctx: C): Finding[] {
  if (!rule.appliesTo.includes(ctx.berichttype.naam)) return [];
  const check = rule.check[ctx.berichttype.nummer] as ((b: unknown, c: C) => readonly RuleFinding[]) | undefined;
  if (!check) return [];
  const gevonden = check(bericht, ctx);
  if (gevonden.length === 0) return [];
  return gevonden.map((f) => ({
    rule: rule.code,
    ...(rule.retourcode !== undefined ? { retourcode: rule.retourcode } : {}),
    path: f.path,
    message: f.message,
  }));
}
