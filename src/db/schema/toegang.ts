/**
 * Who may do what: API keys per sending channel (stored hashed, revocable), backoffice accounts
 * with roles (password hashed with argon2id), their sessions, and the audit log of who looked at or
 * decided what.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';

export const apiKey = pgTable(
  'api_key',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The sending channel: `vecozo`, `ggk`, `suite-venlo`, ... */
    naam: text('naam').notNull(),
    /** sha256 of the key; the key itself is shown once, at creation. */
    hash: text('hash').notNull(),
    /** The first characters, to recognise a key in lists (`iwj_a1b2…`). */
    prefix: text('prefix').notNull(),
    /** What the key may do: `aanleveren` (deliver messages), `lezen` (read outcomes/retours), `kpi`. */
    rechten: text('rechten').array().notNull().default(sql`'{aanleveren,lezen}'`),
    ingetrokkenOp: timestamp('ingetrokken_op', { withTimezone: true }),
    laatstGebruiktOp: timestamp('laatst_gebruikt_op', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('api_key_hash_uq').on(t.hash)],
);

export const gebruiker = pgTable(
  'gebruiker',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    gebruikersnaam: text('gebruikersnaam').notNull(),
    naam: text('naam').notNull(),
    /** argon2id. */
    wachtwoordHash: text('wachtwoord_hash').notNull(),
    /** `medewerker`, `contractmanager`, `beheerder`. */
    rollen: text('rollen').array().notNull(),
    /** The password was set by someone else (one-time): it must be changed at the next login. */
    moetWachtwoordWijzigen: boolean('moet_wachtwoord_wijzigen').notNull().default(false),
    actief: boolean('actief').notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('gebruiker_naam_uq').on(t.gebruikersnaam)],
);

export const sessie = pgTable(
  'sessie',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** sha256 of the session token in the cookie. */
    tokenHash: text('token_hash').notNull(),
    gebruikerId: bigint('gebruiker_id', { mode: 'number' })
      .notNull()
      .references(() => gebruiker.id),
    /** CSRF token bound to the session (double submit). */
    csrf: text('csrf').notNull(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sessie_token_uq').on(t.tokenHash)],
);

/** Who looked at or decided what, when. Never holds a BSN or a name in clear: ids and kinds only. */
export const audit = pgTable(
  'audit',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    op: timestamp('op', { withTimezone: true }).notNull().defaultNow(),
    /** `gebruiker:12`, `kanaal:vecozo`, `systeem`. */
    wie: text('wie').notNull(),
    /** `bekeken`, `besloten`, `overschreven`, `geexporteerd`, `ingelogd`, `geweigerd`, ... */
    actie: text('actie').notNull(),
    /** `bericht`, `prestatie`, `client`, `batch`, `kpi`, `api_key`, `gebruiker`, ... */
    onderwerp: text('onderwerp').notNull(),
    onderwerpId: text('onderwerp_id'),
    details: jsonb('details'),
  },
  (t) => [index('audit_op_idx').on(t.op), index('audit_onderwerp_idx').on(t.onderwerp, t.onderwerpId)],
);
