/** Passwords: the one-time password an administrator hands out, and what a new password must be. */
import { randomBytes } from 'node:crypto';

/** A one-time password: 18 random characters from an alphabet without look-alikes. */
export function eenmaligWachtwoord(): string {
  const alfabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(18);
  let s = '';
  for (const b of bytes) s += alfabet[b % alfabet.length];
  return s;
}

export const MINIMALE_LENGTE = 12;

/** Why a chosen password is not acceptable, in Dutch; undefined when it is. */
export function wachtwoordProbleem(wachtwoord: string, gebruikersnaam: string): string | undefined {
  if (wachtwoord.length < MINIMALE_LENGTE) return `Het wachtwoord moet minstens ${MINIMALE_LENGTE} tekens lang zijn.`;
  if (wachtwoord.length > 200) return 'Het wachtwoord mag hoogstens 200 tekens lang zijn.';
  if (wachtwoord.toLowerCase().includes(gebruikersnaam.toLowerCase())) return 'Het wachtwoord mag de gebruikersnaam niet bevatten.';
  if (new Set(wachtwoord).size < 5) return 'Het wachtwoord bestaat uit te weinig verschillende tekens.';
  return undefined;
}
