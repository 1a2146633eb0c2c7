/**
 * The watched drop folder: a sending system puts files in `inbox/`; each is claimed, delivered
 * through `Aanlevering` (stored raw first), and moved on.
 *
 * The contract for the sending system:
 * - Only `*.xml` (one message) and `*.zip` (a batch of messages) directly in `inbox/` are read;
 *   names starting with a dot and every other name are left alone. Write a file under a temporary
 *   name (`bericht.xml.tmp`, `.bericht.xml`) and rename it to its final name when it is complete
 *   (a rename within one file system is atomic). A file written in place under its final name is
 *   taken only once its size and modification time have not changed for the quiet period
 *   (`rustMs`, default 2 s): a half-written file is never read.
 * - A claimed file is moved (renamed, atomically: one runner wins) to `inbox/bezig/` under a
 *   unique name `<tijdstip>-<willekeurig>-<naam>`. Once its messages are stored it moves to
 *   `inbox/processed/`; when nothing of it could be taken in (too large, a broken zip, every part
 *   refused) to `inbox/failed/`, with `<naam>.reden.txt` beside it saying why, in Dutch. A processed
 *   file of which some parts were refused also gets a `.reden.txt` listing them.
 * - After a crash, files left in `bezig/` are delivered again when the runner starts: storing is
 *   idempotent (a byte-identical message is recognised by its sha256 and not stored twice). When
 *   storing fails (the database is away), the file stays in `bezig/` and is tried again each round,
 *   up to `maxPogingen` times; then it goes to `failed/`.
 * - One runner per folder is the intent; a second one on the same folder is harmless (a claim is a
 *   rename, and storing is idempotent) but does double work after a restart.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/client.js';
import { veiligeFout } from '../log/veilige-fout.js';
import type { Aanlevering } from '../pipeline/aanlevering.js';
import { leesBestand } from './invoer.js';
import { inMb, STANDAARD_LIMIETEN, type AanleverLimieten } from './limieten.js';

export interface MapOpties {
  /** The watched folder; `bezig/`, `processed/` and `failed/` are made inside it. */
  readonly inbox: string;
  readonly aanlevering: Aanlevering;
  /** To record re-delivered messages per batch (optional). */
  readonly database?: Database;
  readonly limieten?: AanleverLimieten;
  /** Time between rounds (default 1 s). */
  readonly intervalMs?: number;
  /** How long a file must be unchanged before it is taken (default 2 s; 0: at once). */
  readonly rustMs?: number;
  /** Attempts to store a file before it goes to `failed/` (default 5). */
  readonly maxPogingen?: number;
  /** The channel recorded on the batches (default `map`). */
  readonly kanaal?: string;
  readonly log?: (niveau: 'info' | 'warn' | 'error', bericht: string, velden?: Record<string, unknown>) => void;
}

export interface MapUitkomst {
  readonly bestand: string;
  readonly map: 'processed' | 'failed' | 'bezig';
  readonly batchId?: number;
  readonly berichten: number;
  readonly geweigerd: number;
}

const NAAM = /^[^.].*\.(xml|zip)$/i;
/** `20261122T174553-a1b2c3-`: the prefix a claimed file gets. */
const CLAIM_PREFIX = /^\d{8}T\d{6}-[0-9a-f]{6}-/;

function stempel(moment = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}${p(moment.getMonth() + 1)}${p(moment.getDate())}T${p(moment.getHours())}${p(moment.getMinutes())}${p(moment.getSeconds())}`;
}

/** The name as the sender gave it, from the name in `bezig/`. */
export const oorspronkelijkeNaam = (geclaimd: string): string => geclaimd.replace(CLAIM_PREFIX, '');

export class MapRunner {
  readonly bezigDir: string;
  readonly processedDir: string;
  readonly failedDir: string;
  private readonly limieten: AanleverLimieten;
  private readonly gezien = new Map<string, { grootte: number; mtimeMs: number; sinds: number }>();
  private readonly pogingen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private ronde: Promise<MapUitkomst[]> | undefined;
  private gestopt = false;

  constructor(private readonly o: MapOpties) {
    this.bezigDir = path.join(o.inbox, 'bezig');
    this.processedDir = path.join(o.inbox, 'processed');
    this.failedDir = path.join(o.inbox, 'failed');
    this.limieten = o.limieten ?? STANDAARD_LIMIETEN;
  }

  private log(niveau: 'info' | 'warn' | 'error', bericht: string, velden?: Record<string, unknown>): void {
    this.o.log?.(niveau, bericht, velden);
  }

  /** Starts watching: a round now, then one every `intervalMs`. */
  start(): this {
    this.gestopt = false;
    const lus = async () => {
      if (this.gestopt) return;
      try {
        await this.scan();
      } catch (e) {
        this.log('error', 'ronde van de inbox mislukt', { ...veiligeFout(e) });
      }
      if (!this.gestopt) this.timer = setTimeout(lus, this.o.intervalMs ?? 1000);
    };
    void lus();
    return this;
  }

  /** Stops watching; resolves when the round in progress is done. */
  async stop(): Promise<void> {
    this.gestopt = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ronde?.catch(() => undefined);
  }

  /** One round: what was left in `bezig/`, then every settled file in the inbox. */
  scan(): Promise<MapUitkomst[]> {
    if (this.ronde) return this.ronde;
    this.ronde = this.rondeUitvoeren().finally(() => {
      this.ronde = undefined;
    });
    return this.ronde;
  }

  private async rondeUitvoeren(): Promise<MapUitkomst[]> {
    for (const d of [this.o.inbox, this.bezigDir, this.processedDir, this.failedDir]) await fs.promises.mkdir(d, { recursive: true });
    const uitkomsten: MapUitkomst[] = [];
    for (const naam of (await fs.promises.readdir(this.bezigDir)).sort()) {
      if (this.gestopt) break;
      if (!NAAM.test(oorspronkelijkeNaam(naam))) continue;
      uitkomsten.push(await this.verwerk(naam));
    }
    const nu = Date.now();
    const rust = this.o.rustMs ?? 2000;
    const entries = await fs.promises.readdir(this.o.inbox, { withFileTypes: true });
    const aanwezig = new Set<string>();
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (this.gestopt) break;
      if (!e.isFile() || !NAAM.test(e.name)) continue;
      aanwezig.add(e.name);
      const pad = path.join(this.o.inbox, e.name);
      let stat: fs.Stats;
      try {
        stat = await fs.promises.stat(pad);
      } catch {
        continue; // taken by another runner, or removed
      }
      if (rust > 0) {
        const vorig = this.gezien.get(e.name);
        if (!vorig || vorig.grootte !== stat.size || vorig.mtimeMs !== stat.mtimeMs) {
          this.gezien.set(e.name, { grootte: stat.size, mtimeMs: stat.mtimeMs, sinds: nu });
          continue;
        }
        if (nu - vorig.sinds < rust) continue;
      }
      this.gezien.delete(e.name);
      const geclaimd = `${stempel()}-${randomBytes(3).toString('hex')}-${e.name}`;
      try {
        await fs.promises.rename(pad, path.join(this.bezigDir, geclaimd));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // another runner was first
        throw err;
      }
      uitkomsten.push(await this.verwerk(geclaimd));
    }
    for (const naam of this.gezien.keys()) if (!aanwezig.has(naam)) this.gezien.delete(naam);
    return uitkomsten;
  }

  private async verplaats(geclaimd: string, naar: 'processed' | 'failed', reden?: string): Promise<void> {
    const dir = naar === 'processed' ? this.processedDir : this.failedDir;
    if (reden !== undefined) {
      // The reason first: a file in failed/ is never without it.
      const tmp = path.join(dir, `.${geclaimd}.reden.txt.tmp`);
      await fs.promises.writeFile(tmp, reden, 'utf8');
      await fs.promises.rename(tmp, path.join(dir, `${geclaimd}.reden.txt`));
    }
    await fs.promises.rename(path.join(this.bezigDir, geclaimd), path.join(dir, geclaimd));
  }

  private redenTekst(naam: string, kop: string, regels: readonly string[], batchId?: number): string {
    return [
      `Bestand: ${naam}`,
      `Tijdstip: ${new Date().toISOString()}`,
      ...(batchId !== undefined ? [`Batch: ${batchId}`] : []),
      '',
      kop,
      ...regels.map((r) => `- ${r}`),
      '',
    ].join('\n');
  }

  private async verwerk(geclaimd: string): Promise<MapUitkomst> {
    const naam = oorspronkelijkeNaam(geclaimd);
    const pad = path.join(this.bezigDir, geclaimd);
    const l = this.limieten;
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(pad);
    } catch {
      return { bestand: naam, map: 'bezig', berichten: 0, geweigerd: 0 };
    }
    const teGroot = async (zip: boolean): Promise<MapUitkomst> => {
      const limiet = zip ? l.maxLeveringBytes : l.maxBerichtBytes;
      const reden = `Het bestand is ${inMb(stat.size)}; een ${zip ? 'zip' : 'bericht'} mag hoogstens ${inMb(limiet)} zijn. Het is niet opgeslagen; verdeel de berichten over meer bestanden.`;
      await this.verplaats(geclaimd, 'failed', this.redenTekst(naam, 'Niet verwerkt:', [reden]));
      this.log('warn', 'bestand te groot; naar failed/', { bestand: naam, grootte: stat.size });
      return { bestand: naam, map: 'failed', berichten: 0, geweigerd: 1 };
    };
    // Never read more than a delivery may be.
    if (stat.size > l.maxLeveringBytes) return teGroot(/\.zip$/i.test(naam));
    try {
      const bytes = await fs.promises.readFile(pad);
      const gelezen = await leesBestand(naam, bytes, l.zip);
      const container = 'onderdelen' in gelezen ? gelezen : undefined;
      if (!container && bytes.length > l.maxBerichtBytes) return await teGroot(false);
      const ontvangen = await this.o.aanlevering.ontvang({ bron: 'map', kanaal: this.o.kanaal ?? 'map', bestandsnaam: naam }, container ?? [gelezen]);
      this.pogingen.delete(geclaimd);
      try {
        await this.o.aanlevering.start(ontvangen.berichten.map((b) => b.berichtId));
      } catch (e) {
        // Stored: the messages are picked up when the queue is back.
        this.log('warn', 'verwerking niet gestart; de berichten zijn opgeslagen', { bestand: naam, batch: ontvangen.batchId, fout: (e as Error).name });
      }
      const weigeringen = ontvangen.weigeringen.map((w) => `${w.naam}: ${w.reden}`);
      if (ontvangen.berichten.length === 0) {
        await this.verplaats(
          geclaimd,
          'failed',
          this.redenTekst(naam, 'Er kon geen enkel bericht uit dit bestand worden aangenomen:', weigeringen.length ? weigeringen : ['Het bestand bevat geen berichten.'], ontvangen.batchId),
        );
        return { bestand: naam, map: 'failed', batchId: ontvangen.batchId, berichten: 0, geweigerd: weigeringen.length };
      }
      await this.verplaats(
        geclaimd,
        'processed',
        weigeringen.length ? this.redenTekst(naam, `${ontvangen.berichten.length} berichten opgeslagen; deze onderdelen zijn geweigerd:`, weigeringen, ontvangen.batchId) : undefined,
      );
      this.log('info', 'bestand aangenomen', { bestand: naam, batch: ontvangen.batchId, berichten: ontvangen.berichten.length, geweigerd: weigeringen.length });
      return { bestand: naam, map: 'processed', batchId: ontvangen.batchId, berichten: ontvangen.berichten.length, geweigerd: weigeringen.length };
    } catch (e) {
      const n = (this.pogingen.get(geclaimd) ?? 0) + 1;
      this.pogingen.set(geclaimd, n);
      if (n < (this.o.maxPogingen ?? 5)) {
        this.log('warn', 'bestand kon niet worden opgeslagen; volgende ronde opnieuw', { bestand: naam, poging: n, fout: (e as Error).name });
        return { bestand: naam, map: 'bezig', berichten: 0, geweigerd: 0 };
      }
      this.pogingen.delete(geclaimd);
      await this.verplaats(
        geclaimd,
        'failed',
        this.redenTekst(naam, 'Niet verwerkt:', [`Het bestand kon na ${n} pogingen niet worden opgeslagen (${(e as Error).name}); lever het opnieuw aan of neem contact op met de beheerder.`]),
      );
      this.log('error', 'bestand na herhaalde pogingen naar failed/', { bestand: naam, fout: (e as Error).name });
      return { bestand: naam, map: 'failed', berichten: 0, geweigerd: 0 };
    }
  }
}

/** Starts watching a drop folder (see the contract above). */
export function startMap(opties: MapOpties): MapRunner {
  return new MapRunner(opties).start();
}
