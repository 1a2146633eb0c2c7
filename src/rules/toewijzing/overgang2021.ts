/**
 * From 2021 the standard asks more of a toewijzing's Omvang (CD080, CD095, CD096, CS338, CS343):
 * those conditions hold for every product whose end date is "groter dan 31-12-2020 of leeg", i.e.
 * that is still running on or after 1 January 2021. A product ending on 31-12-2020 itself keeps the
 * old rules. ISO dates compare as text.
 */
export const LAATSTE_DAG_OUDE_REGELS = '2020-12-31';

export function looptNa2020(einddatum: string | undefined): boolean {
  return einddatum === undefined || einddatum > LAATSTE_DAG_OUDE_REGELS;
}
