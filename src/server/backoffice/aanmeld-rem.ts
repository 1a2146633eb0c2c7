/**
 * Login throttling against brute force: failed attempts are counted per account name and per
 * client address within a sliding window; past the limit, logins for that key are refused until
 * the oldest counted failure leaves the window. In memory, per process (a second process counts
 * on its own: the limit per process still bounds the guessing rate).
 */
export class AanmeldRem {
  private readonly mislukt = new Map<string, number[]>();

  constructor(
    private readonly limieten: { readonly pogingen: number; readonly perAdres: number; readonly vensterMs: number } = {
      pogingen: 5,
      perAdres: 20,
      vensterMs: 15 * 60 * 1000,
    },
    private readonly nu: () => number = Date.now,
  ) {}

  private sleutels(naam: string, adres: string): [string, number][] {
    return [
      [`naam:${naam.trim().toLowerCase()}`, this.limieten.pogingen],
      [`adres:${adres}`, this.limieten.perAdres],
    ];
  }

  private recent(sleutel: string): number[] {
    const grens = this.nu() - this.limieten.vensterMs;
    const t = (this.mislukt.get(sleutel) ?? []).filter((x) => x > grens);
    if (t.length === 0) this.mislukt.delete(sleutel);
    else this.mislukt.set(sleutel, t);
    return t;
  }

  /** Milliseconds until a login for this name from this address may be tried again; 0 = now. */
  wachttijd(naam: string, adres: string): number {
    let wacht = 0;
    for (const [s, max] of this.sleutels(naam, adres)) {
      const t = this.recent(s);
      if (t.length >= max) wacht = Math.max(wacht, t[t.length - max]! + this.limieten.vensterMs - this.nu());
    }
    return Math.max(wacht, 0);
  }

  registreerMislukt(naam: string, adres: string): void {
    for (const [s] of this.sleutels(naam, adres)) this.mislukt.set(s, [...this.recent(s), this.nu()]);
  }

  /** A good login clears the account's count (not the address's). */
  registreerGelukt(naam: string): void {
    this.mislukt.delete(`naam:${naam.trim().toLowerCase()}`);
  }
}
