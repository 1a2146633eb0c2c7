/**
 * Access: API keys (hashed), accounts (argon2id), sessions and the audit log. The only code that
 * touches the `api_key`, `gebruiker`, `sessie` and `audit` tables.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { apiKey, audit, gebruiker, sessie } from '../schema/index.js';

export type Rol = 'medewerker' | 'contractmanager' | 'beheerder';
export const ROLLEN: readonly Rol[] = ['medewerker', 'contractmanager', 'beheerder'];

export type Recht = 'aanleveren' | 'lezen' | 'kpi' | 'metrics';
export const RECHTEN: readonly Recht[] = ['aanleveren', 'lezen', 'kpi', 'metrics'];

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export const SESSIE_DUUR_MS = 8 * 60 * 60 * 1000;

export interface Kanaal {
  readonly id: number;
  readonly naam: string;
  readonly rechten: readonly Recht[];
}

export interface Gebruiker {
  readonly id: number;
  readonly gebruikersnaam: string;
  readonly naam: string;
  readonly rollen: readonly Rol[];
  readonly moetWachtwoordWijzigen: boolean;
}

export interface AuditRegel {
  readonly wie: string;
  readonly actie: string;
  readonly onderwerp: string;
  readonly onderwerpId?: string | number;
  readonly details?: Record<string, unknown>;
}

function alsGebruiker(r: typeof gebruiker.$inferSelect): Gebruiker {
  return { id: r.id, gebruikersnaam: r.gebruikersnaam, naam: r.naam, rollen: r.rollen as Rol[], moetWachtwoordWijzigen: r.moetWachtwoordWijzigen };
}

export class ToegangRepository {
  constructor(private readonly db: Executor) {}

  // ── API keys ───────────────────────────────────────────────────────────────

  /** Creates a key for a channel; returns the key itself, which is never stored and shown only now. */
  async maakApiKey(naam: string, rechten: readonly Recht[] = ['aanleveren', 'lezen']): Promise<{ id: number; sleutel: string }> {
    const sleutel = `iwj_${randomBytes(24).toString('base64url')}`;
    const [row] = await this.db
      .insert(apiKey)
      .values({ naam, hash: sha256(sleutel), prefix: sleutel.slice(0, 8), rechten: [...rechten] })
      .returning({ id: apiKey.id });
    return { id: row!.id, sleutel };
  }

  /** The channel of a valid, not revoked key. */
  async kanaalVoorSleutel(sleutel: string): Promise<Kanaal | undefined> {
    const [row] = await this.db
      .select()
      .from(apiKey)
      .where(and(eq(apiKey.hash, sha256(sleutel)), isNull(apiKey.ingetrokkenOp)));
    if (!row) return undefined;
    await this.db.update(apiKey).set({ laatstGebruiktOp: sql`now()` }).where(eq(apiKey.id, row.id));
    return { id: row.id, naam: row.naam, rechten: row.rechten as Recht[] };
  }

  async trekApiKeyIn(id: number): Promise<boolean> {
    const rows = await this.db
      .update(apiKey)
      .set({ ingetrokkenOp: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(apiKey.id, id), isNull(apiKey.ingetrokkenOp)))
      .returning({ id: apiKey.id });
    return rows.length > 0;
  }

  async apiKeys() {
    return this.db
      .select({
        id: apiKey.id,
        naam: apiKey.naam,
        prefix: apiKey.prefix,
        rechten: apiKey.rechten,
        ingetrokkenOp: apiKey.ingetrokkenOp,
        laatstGebruiktOp: apiKey.laatstGebruiktOp,
        createdAt: apiKey.createdAt,
      })
      .from(apiKey)
      .orderBy(apiKey.id);
  }

  // ── accounts ───────────────────────────────────────────────────────────────

  async maakGebruiker(v: { gebruikersnaam: string; naam: string; wachtwoord: string; rollen: readonly Rol[]; eenmalig?: boolean }): Promise<Gebruiker> {
    const [row] = await this.db
      .insert(gebruiker)
      .values({
        gebruikersnaam: v.gebruikersnaam,
        naam: v.naam,
        wachtwoordHash: await argon2Hash(v.wachtwoord),
        rollen: [...v.rollen],
        moetWachtwoordWijzigen: v.eenmalig ?? false,
      })
      .returning();
    return alsGebruiker(row!);
  }

  async gebruikers(): Promise<(Gebruiker & { actief: boolean })[]> {
    const rows = await this.db.select().from(gebruiker).orderBy(gebruiker.gebruikersnaam);
    return rows.map((r) => ({ ...alsGebruiker(r), actief: r.actief }));
  }

  async aantalGebruikers(): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(gebruiker);
    return row?.n ?? 0;
  }

  /** The account when the password is right; undefined otherwise (also for unknown names, in equal time). */
  async controleerWachtwoord(gebruikersnaam: string, wachtwoord: string): Promise<Gebruiker | undefined> {
    const [row] = await this.db.select().from(gebruiker).where(and(eq(gebruiker.gebruikersnaam, gebruikersnaam), eq(gebruiker.actief, true)));
    const hash = row?.wachtwoordHash ?? DUMMY_HASH;
    const ok = await argon2Verify(hash, wachtwoord).catch(() => false);
    return row && ok ? alsGebruiker(row) : undefined;
  }

  async zetWachtwoord(id: number, wachtwoord: string, eenmalig = false): Promise<void> {
    await this.db
      .update(gebruiker)
      .set({ wachtwoordHash: await argon2Hash(wachtwoord), moetWachtwoordWijzigen: eenmalig, updatedAt: sql`now()` })
      .where(eq(gebruiker.id, id));
  }

  async zetRollen(id: number, rollen: readonly Rol[], actief = true): Promise<void> {
    await this.db.update(gebruiker).set({ rollen: [...rollen], actief, updatedAt: sql`now()` }).where(eq(gebruiker.id, id));
  }

  // ── sessions ───────────────────────────────────────────────────────────────

  async maakSessie(gebruikerId: number, duurMs = SESSIE_DUUR_MS): Promise<{ token: string; csrf: string; verlooptOp: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const verlooptOp = new Date(Date.now() + duurMs);
    await this.db.insert(sessie).values({ tokenHash: sha256(token), gebruikerId, csrf, verlooptOp });
    await this.db.delete(sessie).where(lt(sessie.verlooptOp, new Date()));
    return { token, csrf, verlooptOp };
  }

  async sessie(token: string): Promise<{ gebruiker: Gebruiker; csrf: string } | undefined> {
    const [row] = await this.db
      .select({ g: gebruiker, csrf: sessie.csrf })
      .from(sessie)
      .innerJoin(gebruiker, eq(gebruiker.id, sessie.gebruikerId))
      .where(and(eq(sessie.tokenHash, sha256(token)), gt(sessie.verlooptOp, new Date()), eq(gebruiker.actief, true)));
    return row ? { gebruiker: alsGebruiker(row.g), csrf: row.csrf } : undefined;
  }

  async beeindigSessie(token: string): Promise<void> {
    await this.db.delete(sessie).where(eq(sessie.tokenHash, sha256(token)));
  }

  // ── audit ──────────────────────────────────────────────────────────────────

  async audit(r: AuditRegel): Promise<void> {
    await this.db.insert(audit).values({
      wie: r.wie,
      actie: r.actie,
      onderwerp: r.onderwerp,
      onderwerpId: r.onderwerpId === undefined ? null : String(r.onderwerpId),
      details: r.details ?? null,
    });
  }

  async auditLog(opts: { onderwerp?: string; onderwerpId?: string; limit?: number } = {}) {
    const conds = [];
    if (opts.onderwerp) conds.push(eq(audit.onderwerp, opts.onderwerp));
    if (opts.onderwerpId) conds.push(eq(audit.onderwerpId, opts.onderwerpId));
    // `wieNaam`: the display name of the backoffice user behind `gebruiker:<id>`, for the pages only
    // (the audit entry itself keeps the id; logs never carry a person's name).
    const rijen = await this.db
      .select({ regel: audit, wieNaam: gebruiker.naam })
      .from(audit)
      .leftJoin(gebruiker, sql`${audit.wie} = 'gebruiker:' || ${gebruiker.id}`)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(desc(audit.id))
      .limit(opts.limit ?? 200);
    return rijen.map((r) => ({ ...r.regel, wieNaam: r.wieNaam ?? undefined }));
  }
}

/** Verified against when a name is unknown, so a login takes as long either way. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$J5OE0J7Yu5m3Fz7Xy0o9mQ3rWQn3hZ4o3JtqYzV0hYk';

/** Constant-time comparison of two tokens. */
export function gelijkeTokens(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
