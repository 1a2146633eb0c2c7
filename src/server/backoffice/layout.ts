/**
 * The page shell of every backoffice page: `lang="nl"`, a skip link, the navigation the user's
 * roles allow (the current page marked with `aria-current`), the logout form with its CSRF token,
 * and the stylesheet and script served from this package (nothing from elsewhere).
 */
import type { Gebruiker, Rol } from '../../db/repositories/toegang.js';
import { html, type Html } from './html.js';

export interface NavItem {
  readonly pad: string;
  readonly tekst: string;
  readonly rollen: readonly Rol[];
}

export const NAVIGATIE: readonly NavItem[] = [
  { pad: '/afkeuren', tekst: 'Afkeuren', rollen: ['medewerker'] },
  { pad: '/verkeer', tekst: 'Berichtenverkeer', rollen: ['medewerker', 'contractmanager'] },
  { pad: '/kpi', tekst: "KPI's", rollen: ['contractmanager'] },
  { pad: '/registers', tekst: 'Registers', rollen: ['contractmanager'] },
  { pad: '/beheer', tekst: 'Beheer', rollen: [] },
];

/** May this account see pages for these roles? Beheerder may see everything. */
export function magRol(g: Gebruiker, rollen: readonly Rol[] | 'iedereen'): boolean {
  if (rollen === 'iedereen') return true;
  return g.rollen.includes('beheerder') || rollen.some((r) => g.rollen.includes(r));
}

export interface PaginaOpties {
  readonly titel: string;
  readonly inhoud: Html;
  readonly gebruiker?: Gebruiker;
  readonly csrf?: string;
  /** The navigation item to mark as current. */
  readonly actief?: string;
  /** A notice at the top (after an action). */
  readonly melding?: { readonly soort: 'goed' | 'fout' | 'info'; readonly tekst: string | Html };
}

export function pagina(o: PaginaOpties): string {
  const g = o.gebruiker;
  const nav = g
    ? html`<nav aria-label="Hoofdmenu" class="hoofdmenu"><ul>
        ${NAVIGATIE.filter((n) => magRol(g, n.rollen)).map(
          (n) => html`<li><a href="${n.pad}"${o.actief === n.pad ? html` aria-current="page"` : ''}>${n.tekst}</a></li>`,
        )}
      </ul></nav>
      <div class="wie">
        <span>${g.naam} <span class="rol">(${g.rollen.join(', ')})</span></span>
        <form method="post" action="/afmelden"><input type="hidden" name="_csrf" value="${o.csrf ?? ''}"><button type="submit" class="link">Afmelden</button></form>
      </div>`
    : '';
  const melding = o.melding
    ? html`<div class="melding melding-${o.melding.soort}" role="${o.melding.soort === 'fout' ? 'alert' : 'status'}">${o.melding.tekst}</div>`
    : '';
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.titel} — iWmo/iJw backoffice</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/backoffice.css">
<script src="/static/backoffice.js" defer></script>
</head>
<body>
<a class="overslaan" href="#inhoud">Naar de inhoud</a>
<header class="kop">
  <a class="merk" href="/">iWmo/iJw backoffice</a>
  ${nav}
</header>
<main id="inhoud" tabindex="-1">
<h1>${o.titel}</h1>
${melding}
${o.inhoud}
</main>
</body>
</html>`.tekst;
}
