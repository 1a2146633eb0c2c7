/** A register file as bytes: lines joined with LF (or what is given), UTF-8. */
export function csvBestand(lines: readonly string[], eol = '\n'): Uint8Array {
  return new TextEncoder().encode(lines.join(eol) + eol);
}
