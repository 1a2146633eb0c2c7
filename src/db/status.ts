/**
 * Where a message stands. `status` is what a backoffice employee reads; `fase` the last stage the
 * pipeline completed for it (stages are idempotent: a stage that finds its fase done does nothing).
 */

export type BerichtStatus =
  /** Stored raw, not yet validated. */
  | 'ontvangen'
  /** Not XML or not schema-valid: a technical rejection, no retour (the transport's error list). */
  | 'technisch-afgekeurd'
  /** Failed an in-message rule or a header-level control: header-only retour. */
  | 'afgekeurd'
  /** Validated; controls to run. */
  | 'gevalideerd'
  /** Controlled and decided. */
  | 'beslist'
  /** A part waits for a person (woonplaatsbeginsel, ...): the retour waits too. */
  | 'in-onderzoek'
  /**
   * A message in onderzoek as a whole (no prestaties) that a person ended "afgehandeld buiten het
   * berichtenverkeer" (with a reason, audited): no retour follows; done.
   */
  | 'afgehandeld'
  /** Our own 301 held back by a control: not sent. */
  | 'tegengehouden'
  /** Answered (retour made) or, for our own messages, ready to be sent. */
  | 'beantwoord'
  | 'gereed'
  /** A received retour (302 on our 301), linked and recorded. */
  | 'verwerkt';

export type Fase = 'opgeslagen' | 'gevalideerd' | 'gecontroleerd' | 'beslist' | 'retour' | 'kpi';

const VOLGORDE: readonly Fase[] = ['opgeslagen', 'gevalideerd', 'gecontroleerd', 'beslist', 'retour', 'kpi'];

/** Has a message at fase `huidig` already completed `fase`? */
export function voorbij(huidig: string, fase: Fase): boolean {
  return VOLGORDE.indexOf(huidig as Fase) >= VOLGORDE.indexOf(fase);
}
