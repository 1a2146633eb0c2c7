/**
 * Backoffice sessions for inject tests: log in through the login form, keep one session per user,
 * and GET/POST with its cookie and CSRF token, as a browser would.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../src/server/app.js';
import { WACHTWOORD } from './server.js';

export interface Sessie {
  cookies: Record<string, string>;
  csrf: string;
}

export function cookiesUit(r: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(r.cookies.map((c) => [c.name, c.value]));
}

export const csrfUit = (body: string): string => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

export function formulier(velden: Record<string, string | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(velden)) for (const w of Array.isArray(v) ? v : [v]) p.append(k, w);
  return p.toString();
}

/** The session helpers on the app `app()` gives (called late: tests build their app in beforeAll). */
export function backofficeSessies(app: () => App) {
  const sessies: Partial<Record<string, Sessie>> = {};

  const meldAan = async (naam: string, wachtwoord = WACHTWOORD, adres = '127.0.0.1'): Promise<LightMyRequestResponse> => {
    const g = await app().inject({ method: 'GET', url: '/aanmelden', remoteAddress: adres });
    const token = /name="_aanmeld" value="([^"]+)"/.exec(g.body)![1]!;
    return app().inject({
      method: 'POST',
      url: '/aanmelden',
      remoteAddress: adres,
      cookies: cookiesUit(g),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formulier({ _aanmeld: token, gebruikersnaam: naam, wachtwoord, terug: '/' }),
    });
  };

  const sessie = async (naam: string): Promise<Sessie> => {
    if (sessies[naam]) return sessies[naam]!;
    const r = await meldAan(naam);
    expect(r.statusCode).toBe(303);
    const cookies = { iwj_sessie: cookiesUit(r)['iwj_sessie']! };
    const start = await app().inject({ method: 'GET', url: '/', cookies });
    sessies[naam] = { cookies, csrf: csrfUit(start.body) };
    return sessies[naam]!;
  };

  const get = async (naam: string, url: string) => app().inject({ method: 'GET', url, cookies: (await sessie(naam)).cookies });
  const post = async (naam: string, url: string, velden: Record<string, string | string[]>, metCsrf = true) => {
    const s = await sessie(naam);
    return app().inject({
      method: 'POST',
      url,
      cookies: s.cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formulier(metCsrf ? { _csrf: s.csrf, ...velden } : velden),
    });
  };

  return { meldAan, sessie, get, post };
}
