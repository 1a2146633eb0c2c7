/** What the backoffice plugin is given: the database and the few things it cannot know itself. */
import type { Database } from '../../db/client.js';

export interface BackofficeOpties {
  readonly database: Database;
  /**
   * Called when a decision leaves no prestatie of a 323 in onderzoek and its 325 does not exist yet:
   * continue processing to the retour stage (see `src/decide/backoffice.ts`).
   */
  readonly naBeslissing?: (berichtId: number) => Promise<void>;
  /** Set the `Secure` flag on cookies (the site is served over https). Default true. */
  readonly veiligeCookies?: boolean;
  /** Today (`YYYY-MM-DD`), for retour deadlines; default today in the Netherlands. */
  readonly vandaag?: () => string;
  /** Days that are not working days besides weekends (public holidays), for retour deadlines. */
  readonly vrijeDagen?: ReadonlySet<string>;
  /** Where the queue monitor (Bull Board) is mounted, when the queues are in use: a tab under Beheer. */
  readonly wachtrijMonitorPad?: string;
  /** Login throttling: failed attempts allowed per account and per address within the window. */
  readonly aanmeldRem?: { readonly pogingen: number; readonly perAdres: number; readonly vensterMs: number };
}
