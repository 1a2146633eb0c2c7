/** An amount in eurocents as a Dutch reader writes it: `€ 1.234,50`. Integer maths only. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}
