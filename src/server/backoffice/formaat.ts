/** How the backoffice writes amounts, dates and BSNs: Dutch conventions, exact cents, masked BSNs. */

/** `123456` eurocents → `€ 1.234,56` (negative with a minus sign). Integer maths only. */
export function euro(centen: number): string {
  const neg = centen < 0;
  const abs = Math.abs(Math.trunc(centen));
  const euros = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cent = String(abs % 100).padStart(2, '0');
  return `${neg ? '−' : ''}€ ${euros},${cent}`;
}

/** A whole number with Dutch thousands separators. */
export function aantal(n: number): string {
  return Math.trunc(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A decimal as the API sends it (`"12.5"`) with a decimal comma (`12,5`). */
export function decimaal(s: string | number | null | undefined): string {
  if (s === null || s === undefined || s === '') return '–';
  return String(s).replace('.', ',');
}

/** `2025-03-01` → `1-3-2025`; anything else unchanged. */
export function datum(iso: string | null | undefined): string {
  if (!iso) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}

const tijdFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A moment in Dutch time: `1-3-2025 14:05`. */
export function tijdstip(d: Date | string | null | undefined): string {
  if (!d) return '–';
  const x = d instanceof Date ? d : new Date(d);
  return Number.isNaN(x.getTime()) ? String(d) : tijdFormaat.format(x).replace(',', '');
}

/** A BSN as lists show it: only the last four digits (`*****1234`). */
export function maskeerBsn(bsn: string | null | undefined): string {
  if (!bsn) return '–';
  return `${'*'.repeat(Math.max(bsn.length - 4, 0))}${bsn.slice(-4)}`;
}
