/** Changes a message in place and returns it, for one-line cases in a rule table. */
export function met<T>(bericht: T, wijzig: (b: T) => void): T {
  wijzig(bericht);
  return bericht;
}
