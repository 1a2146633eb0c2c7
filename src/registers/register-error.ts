/**
 * An error in a register file: the physical line in the file (the header is line 1), the column
 * where one value is wrong, and a Dutch sentence a backoffice employee can act on. Never a BSN in
 * the sentence.
 */
export interface RegisterError {
  /** Physical line in the file where the row starts (the header is line 1). */
  readonly line: number;
  /** The column (as named in the header) when one value is wrong; absent for a whole-row error. */
  readonly column?: string;
  readonly message: string;
  /** For a duplicate or an overlap: the line of the other row. */
  readonly relatedLine?: number;
}

/** `regel 17, kolom tarief: ...` or `regel 17: ...`. */
export function formatRegisterError(e: RegisterError): string {
  return `regel ${e.line}${e.column ? `, kolom ${e.column}` : ''}: ${e.message}`;
}

/** In file order: by line, whole-row errors after the column errors of that line, then by the other line. */
export function sortRegisterErrors(errors: readonly RegisterError[]): RegisterError[] {
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.line - b.e.line || Number(a.e.column === undefined) - Number(b.e.column === undefined) || (a.e.relatedLine ?? 0) - (b.e.relatedLine ?? 0) || a.i - b.i)
    .map((x) => x.e);
}
