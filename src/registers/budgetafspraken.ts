/**
 * Budget agreements per aanbieder, gemeente, segment and year, for the budget KPIs:
 * `agb,gemeentecode,segment,jaar,soort,bedrag,bandbreedte,voorschot,plekken`. One agreement per
 * aanbieder, gemeente, segment and year.
 */
import { formatEuro } from './euro.js';
import { parseRegisterFile, type ParseResult, type RegisterDefinition } from './register.js';

export type BudgetSoort = 'plafond' | 'afspraak';
export const BUDGETSOORTEN: readonly BudgetSoort[] = ['plafond', 'afspraak'];

export interface Budgetafspraak {
  readonly agb: string;
  readonly gemeentecode: string;
  readonly segment: string;
  readonly jaar: number;
  /** `plafond`: a ceiling; `afspraak`: an agreed amount (with its bandbreedte). */
  readonly soort: BudgetSoort;
  /** Eurocents. */
  readonly bedrag: number;
  /** Percentage as an exact decimal string with a `.` (`'2.5'` is 2,5 %); absent when not agreed. */
  readonly bandbreedte?: string;
  /** Eurocents; absent when there is no voorschot. */
  readonly voorschot?: number;
  /** Agreed number of places (may be fractional, `'12.5'`), where trajecten were converted to plekken. */
  readonly plekken?: string;
}

export const budgetafspraken: RegisterDefinition<Budgetafspraak> = {
  name: 'budgetafspraken',
  columns: ['agb', 'gemeentecode', 'segment', 'jaar', 'soort', 'bedrag', 'bandbreedte', 'voorschot', 'plekken'],
  read(r) {
    const agb = r.digits('agb', 8, 'een AGB-code', '12345678');
    const gemeentecode = r.digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363');
    const segment = r.text('segment');
    const jaarTekst = r.text('jaar');
    let jaar: number | undefined;
    if (jaarTekst !== undefined) {
      if (/^\d{4}$/.test(jaarTekst) && Number(jaarTekst) >= 2000) jaar = Number(jaarTekst);
      else r.error('jaar', `'${jaarTekst}' is geen jaartal (vier cijfers, bijvoorbeeld 2026).`);
    }
    const soort = r.choice('soort', BUDGETSOORTEN);
    const bedrag = r.cents('bedrag');
    const bandbreedte = r.decimal('bandbreedte', { decimals: 2, max: 100 });
    const voorschot = r.cents('voorschot', false);
    const plekken = r.decimal('plekken', { decimals: 2, max: 9_999_999, zero: false });
    if (!r.ok) return undefined;
    return {
      agb: agb!,
      gemeentecode: gemeentecode!,
      segment: segment!,
      jaar: jaar!,
      soort: soort!,
      bedrag: bedrag!,
      ...(bandbreedte !== undefined ? { bandbreedte } : {}),
      ...(voorschot !== undefined ? { voorschot } : {}),
      ...(plekken !== undefined ? { plekken } : {}),
    };
  },
  key: {
    value: (b) => [b.agb, b.gemeentecode, b.segment, b.jaar].join('/'),
    describe: (b) => `dezelfde aanbieder ${b.agb}, gemeente ${b.gemeentecode}, segment '${b.segment}' en jaar ${b.jaar}`,
  },
  difference: (a, b) =>
    a.soort !== b.soort || a.bedrag !== b.bedrag ? `met een andere afspraak (${a.soort} ${formatEuro(a.bedrag)} en ${b.soort} ${formatEuro(b.bedrag)})` : undefined,
};

export const parseBudgetafspraken = (bytes: Uint8Array): ParseResult<Budgetafspraak> => parseRegisterFile(budgetafspraken, bytes);
