/**
 * The rule catalogue: every rule we implement, by code, in one sorted list. Generated from the rule
 * files by `npm run docs` (one file per rule: src/rules/<family>/<CODE>.ts); the README's rule table
 * and the backoffice's rule list are generated from it.
 */
import type { ControlContext } from '../control/context.js';
import type { Rule, RuleContext } from './rule.js';
import CD005 from './contact/CD005.js';
import CD007 from './client/CD007.js';
import CD009 from './contact/CD009.js';
import CD025 from './contact/CD025.js';
import CD034 from './contact/CD034.js';
import CD041 from './toewijzing/CD041.js';
import CD043 from './verzoek/CD043.js';
import CD060 from './declaratie/CD060.js';
import CD066 from './verzoek/CD066.js';
import CD067 from './verzoek/CD067.js';
import CD068 from './verzoek/CD068.js';
import CD075 from './toewijzing/CD075.js';
import CD076 from './toewijzing/CD076.js';
import CD077 from './toewijzing/CD077.js';
import CD078 from './toewijzing/CD078.js';
import CD079 from './toewijzing/CD079.js';
import CD080 from './toewijzing/CD080.js';
import CD085 from './verzoek/CD085.js';
import CD086 from './verzoek/CD086.js';
import CD087 from './declaratie/CD087.js';
import CD095 from './verzoek/CD095.js';
import CD096 from './verzoek/CD096.js';
import CS002 from './client/CS002.js';
import CS003 from './toewijzing/CS003.js';
import CS050 from './client/CS050.js';
import CS058 from './start-stop/CS058.js';
import CS089 from './contact/CS089.js';
import CS100 from './declaratie/CS100.js';
import CS139 from './client/CS139.js';
import CS318 from './client/CS318.js';
import CS325 from './declaratie/CS325.js';
import CS335 from './toewijzing/CS335.js';
import CS336 from './toewijzing/CS336.js';
import CS337 from './declaratie/CS337.js';
import CS338 from './toewijzing/CS338.js';
import CS339 from './declaratie/CS339.js';
import CS340 from './declaratie/CS340.js';
import CS343 from './verzoek/CS343.js';
import CT001 from './contract/CT001.js';
import CT002 from './contract/CT002.js';
import HD001 from './header/HD001.js';
import LG001 from './legacy/LG001.js';
import TR002 from './client/TR002.js';
import TR006 from './contact/TR006.js';
import TR018 from './start-stop/TR018.js';
import TR019 from './start-stop/TR019.js';
import TR061 from './contact/TR061.js';
import TR063 from './start-stop/TR063.js';
import TR071 from './start-stop/TR071.js';
import TR074 from './start-stop/TR074.js';
import TR101 from './algemeen/TR101.js';
import TR134 from './algemeen/TR134.js';
import TR135 from './header/TR135.js';
import TR137 from './declaratie/TR137.js';
import TR302 from './toewijzing/TR302.js';
import TR304 from './declaratie/TR304.js';
import TR307 from './declaratie/TR307.js';
import TR308 from './declaratie/TR308.js';
import TR314 from './declaratie/TR314.js';
import TR315 from './declaratie/TR315.js';
import TR316 from './declaratie/TR316.js';
import TR318 from './declaratie/TR318.js';
import TR319 from './declaratie/TR319.js';
import TR321 from './declaratie/TR321.js';
import TR322 from './declaratie/TR322.js';
import TR323 from './declaratie/TR323.js';
import TR326 from './start-stop/TR326.js';
import TR332 from './toewijzing/TR332.js';
import TR333 from './declaratie/TR333.js';
import TR335 from './declaratie/TR335.js';
import TR338 from './declaratie/TR338.js';
import TR339 from './declaratie/TR339.js';
import TR340 from './declaratie/TR340.js';
import TR341 from './declaratie/TR341.js';
import TR342 from './declaratie/TR342.js';
import TR346 from './declaratie/TR346.js';
import TR352 from './verzoek/TR352.js';
import TR353 from './verzoek/TR353.js';
import TR358 from './declaratie/TR358.js';
import TR369 from './declaratie/TR369.js';
import TR377 from './verzoek/TR377.js';
import TR378 from './header/TR378.js';
import TR379 from './toewijzing/TR379.js';
import TR380 from './verzoek/TR380.js';
import TR381 from './toewijzing/TR381.js';
import TR382 from './start-stop/TR382.js';
import TR383 from './verzoek/TR383.js';
import TR384 from './declaratie/TR384.js';
import TR386 from './verzoek/TR386.js';
import TR387 from './declaratie/TR387.js';
import TR388 from './declaratie/TR388.js';
import TR389 from './declaratie/TR389.js';
import TR390 from './declaratie/TR390.js';
import TR409 from './verzoek/TR409.js';
import TR410 from './verzoek/TR410.js';
import TR413 from './start-stop/TR413.js';
import TR414 from './start-stop/TR414.js';
import TR415 from './start-stop/TR415.js';
import TR416 from './declaratie/TR416.js';
import TR418 from './declaratie/TR418.js';
import TW001 from './start-stop/TW001.js';
import WP001 from './woonplaats/WP001.js';
import WP002 from './woonplaats/WP002.js';
import WP003 from './woonplaats/WP003.js';
import WP004 from './woonplaats/WP004.js';

/** A rule of the catalogue: an in-message rule reads only the message, a control also the context. */
export type CatalogusRegel = Rule<RuleContext> | Rule<ControlContext>;

export const rules: readonly CatalogusRegel[] = [
  CD005,
  CD007,
  CD009,
  CD025,
  CD034,
  CD041,
  CD043,
  CD060,
  CD066,
  CD067,
  CD068,
  CD075,
  CD076,
  CD077,
  CD078,
  CD079,
  CD080,
  CD085,
  CD086,
  CD087,
  CD095,
  CD096,
  CS002,
  CS003,
  CS050,
  CS058,
  CS089,
  CS100,
  CS139,
  CS318,
  CS325,
  CS335,
  CS336,
  CS337,
  CS338,
  CS339,
  CS340,
  CS343,
  CT001,
  CT002,
  HD001,
  LG001,
  TR002,
  TR006,
  TR018,
  TR019,
  TR061,
  TR063,
  TR071,
  TR074,
  TR101,
  TR134,
  TR135,
  TR137,
  TR302,
  TR304,
  TR307,
  TR308,
  TR314,
  TR315,
  TR316,
  TR318,
  TR319,
  TR321,
  TR322,
  TR323,
  TR326,
  TR332,
  TR333,
  TR335,
  TR338,
  TR339,
  TR340,
  TR341,
  TR342,
  TR346,
  TR352,
  TR353,
  TR358,
  TR369,
  TR377,
  TR378,
  TR379,
  TR380,
  TR381,
  TR382,
  TR383,
  TR384,
  TR386,
  TR387,
  TR388,
  TR389,
  TR390,
  TR409,
  TR410,
  TR413,
  TR414,
  TR415,
  TR416,
  TR418,
  TW001,
  WP001,
  WP002,
  WP003,
  WP004,
];

const perBerichttype = new Map<string, readonly Rule<RuleContext>[]>();

/** The in-message rules (level `bericht`) that apply to a message type (selected once per type). */
export function berichtRules(berichttype: string): readonly Rule<RuleContext>[] {
  let lijst = perBerichttype.get(berichttype);
  if (!lijst) {
    lijst = rules.filter((r): r is Rule<RuleContext> => r.level === 'bericht' && r.appliesTo.includes(berichttype));
    perBerichttype.set(berichttype, lijst);
  }
  return lijst;
}

const controlsPerBerichttype = new Map<string, readonly Rule<ControlContext>[]>();

/** The controls (levels `berichtoverstijgend` and `eigen`) that apply to a message type (selected once per type). */
export function controlRules(berichttype: string): readonly Rule<ControlContext>[] {
  let lijst = controlsPerBerichttype.get(berichttype);
  if (!lijst) {
    lijst = rules.filter((r) => r.level !== 'bericht' && r.appliesTo.includes(berichttype)) as Rule<ControlContext>[];
    controlsPerBerichttype.set(berichttype, lijst);
  }
  return lijst;
}
