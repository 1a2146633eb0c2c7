/**
 * The structure of every message of release 3.2, as data: the berichtklassen (message classes) with
 * their elements in order and their cardinality. One model for iWmo and iJw: where they differ, an
 * element says in which standard it exists (`alleen`). The retour messages (302, 306, 308, 316, 318,
 * 320) are derived from their heen message by the standard's own construction (see `retourVan`); the
 * 325 (declaratie-antwoord) has a shape of its own.
 *
 * One message of release 3.0 is here too: the 303 declaratie/factuur, phased out in 3.x and read for
 * late corrections and archives. Which release holds which message is the release descriptor's
 * (`Release.berichten` in `standaard.ts`); message numbers are unique across releases.
 */
import type { StandaardId } from '../standaard.js';

export type Berichtnummer =
  | '301' | '302' | '303' | '305' | '306' | '307' | '308' | '315' | '316'
  | '317' | '318' | '319' | '320' | '323' | '325';

export interface Element {
  readonly naam: string;
  readonly min: 0 | 1;
  readonly max: 1 | 'unbounded';
  /** `LDT_*` or `CDT_*` of the basisschema, or a berichtklasse of the message itself. */
  readonly type: string | Klasse;
  /** A further restriction on a simple type in this place (e.g. the fixed BerichtCode). */
  readonly pattern?: string | { readonly berichtcode: true };
  /** The element exists only in this standard. */
  readonly alleen?: StandaardId;
}

export interface Klasse {
  readonly naam: string;
  readonly elementen: readonly Element[];
}

export interface Berichtmodel {
  readonly nummer: Berichtnummer;
  readonly root: Klasse;
  /** For a retour message: the heen message it answers. */
  readonly retourVan?: Berichtnummer;
}

type Opties = Pick<Element, 'pattern' | 'alleen'>;
type Regel = readonly [string, string | Klasse] | readonly [string, string | Klasse, Opties];

/** `Naam` 1..1, `Naam?` 0..1, `Naam+` 1..unbounded, `Naam*` 0..unbounded. */
function element([naamMetKardinaliteit, type, opties]: Regel): Element {
  const suffix = naamMetKardinaliteit.at(-1);
  const naam = /[?+*]$/.test(naamMetKardinaliteit) ? naamMetKardinaliteit.slice(0, -1) : naamMetKardinaliteit;
  const min = suffix === '?' || suffix === '*' ? 0 : 1;
  const max = suffix === '+' || suffix === '*' ? 'unbounded' : 1;
  return { naam, min, max, type, ...opties };
}

export function klasse(naam: string, ...regels: Regel[]): Klasse {
  return { naam, elementen: regels.map(element) };
}

/** A class holding nothing but a list of one other class (Clienten, Prestaties, ...). */
export function isLijstklasse(k: Klasse): boolean {
  return k.elementen.length === 1 && k.elementen[0]!.max === 'unbounded' && typeof k.elementen[0]!.type !== 'string';
}

/** The elements of a class as they exist in one standard. */
export function elementenVan(k: Klasse, standaard: StandaardId): readonly Element[] {
  return k.elementen.filter((e) => e.alleen === undefined || e.alleen === standaard);
}

const RetourCodes = klasse('RetourCodes', ['RetourCode+', 'LDT_RetourCode']);

function header(afzender: 'LDT_Gemeente' | 'LDT_AgbCode', ontvanger: 'LDT_Gemeente' | 'LDT_AgbCode', extra: Regel[] = []): Klasse {
  return klasse(
    'Header',
    ['BerichtCode', 'LDT_BerichtCode', { pattern: { berichtcode: true } }],
    ['BerichtVersie', 'LDT_BerichtVersie', { pattern: '3' }],
    ['BerichtSubversie', 'LDT_BerichtSubversie', { pattern: '2' }],
    ['Afzender', afzender],
    ['Ontvanger', ontvanger],
    ['BerichtIdentificatie', 'CDT_BerichtIdentificatie'],
    ['XsdVersie', 'CDT_XsdVersie'],
    ...extra,
  );
}
const gemeenteNaarAanbieder = header('LDT_Gemeente', 'LDT_AgbCode');
const aanbiederNaarGemeente = header('LDT_AgbCode', 'LDT_Gemeente');

const Contact = klasse(
  'Contact',
  ['Soort', 'LDT_AdresSoort'],
  ['Adres?', 'CDT_Adres'],
  ['Organisatie?', 'LDT_Organisatienaam'],
  ['Telefoon?', 'CDT_Telefoonnummers'],
  ['Emailadres?', 'LDT_Emailadres'],
  ['Periode?', 'CDT_OpenPeriode'],
);

const Relatie = klasse(
  'Relatie',
  ['Nummer', 'LDT_Persoonsid'],
  ['Volgorde?', 'LDT_RelatieVolgorde'],
  ['Soort', 'LDT_SoortRelatie'],
  ['Geboortedatum?', 'CDT_Geboortedatum'],
  ['Geslacht?', 'LDT_Geslacht'],
  ['Naam', 'CDT_VolledigeNaam'],
  ['Contact', Contact],
);

const ToegewezenProduct = klasse(
  'ToegewezenProduct',
  ['ToewijzingNummer', 'LDT_Nummer'],
  ['ReferentieAanbieder?', 'LDT_Referentie'],
  ['Product?', 'CDT_Product'],
  ['Toewijzingsdatum', 'LDT_Datum'],
  ['Toewijzingstijd', 'LDT_Tijd'],
  ['Ingangsdatum', 'LDT_Datum'],
  ['Einddatum?', 'LDT_Datum'],
  ['RedenWijziging?', 'LDT_RedenWijziging'],
  ['Omvang?', 'CDT_Omvang'],
  ['Budget?', 'LDT_Budget'],
  ['Commentaar?', 'LDT_Commentaar'],
);

/** 301: Toewijzing (gemeente → aanbieder). */
const toewijzing: Berichtmodel = {
  nummer: '301',
  root: klasse(
    'Root',
    ['Header', gemeenteNaarAanbieder],
    [
      'Client',
      klasse(
        'Client',
        ['Bsn', 'LDT_BurgerServicenummer'],
        ['Geboortedatum', 'CDT_Geboortedatum'],
        ['Geslacht', 'LDT_Geslacht'],
        ['Naam', 'CDT_VolledigeNaam'],
        ['Communicatie?', 'CDT_Communicatie'],
        ['JuridischeStatus?', 'LDT_JuridischeStatus'],
        ['WettelijkeVertegenwoordiging?', 'LDT_WettelijkeVertegenwoordiging'],
        ['Commentaar?', 'LDT_Commentaar'],
        ['Relaties?', klasse('Relaties', ['Relatie+', Relatie])],
        ['Contactgegevens', klasse('Contactgegevens', ['Contact+', Contact])],
        ['ToegewezenProducten', klasse('ToegewezenProducten', ['ToegewezenProduct+', ToegewezenProduct])],
      ),
    ],
  ),
};

/** The client as 305/307 (and 315) carry it: identification only. */
const clientKort: Regel[] = [
  ['Bsn', 'LDT_BurgerServicenummer'],
  ['Geboortedatum', 'CDT_Geboortedatum'],
  ['Geslacht', 'LDT_Geslacht'],
  ['Naam', 'CDT_VerkorteNaam'],
];

/** 305: Start zorg (aanbieder → gemeente). */
const startZorg: Berichtmodel = {
  nummer: '305',
  root: klasse(
    'Root',
    ['Header', aanbiederNaarGemeente],
    [
      'Client',
      klasse('Client', ...clientKort, [
        'StartProducten',
        klasse(
          'StartProducten',
          [
            'StartProduct+',
            klasse(
              'StartProduct',
              ['ToewijzingNummer?', 'LDT_Nummer'],
              ['Product?', 'CDT_Product'],
              ['ToewijzingIngangsdatum?', 'LDT_Datum'],
              ['Begindatum', 'LDT_Datum'],
              ['StatusAanlevering', 'LDT_StatusAanlevering'],
            ),
          ],
        ),
      ]),
    ],
  ),
};

/** 307: Stop zorg (aanbieder → gemeente). */
const stopZorg: Berichtmodel = {
  nummer: '307',
  root: klasse(
    'Root',
    ['Header', aanbiederNaarGemeente],
    [
      'Client',
      klasse('Client', ...clientKort, [
        'StopProducten',
        klasse(
          'StopProducten',
          [
            'StopProduct+',
            klasse(
              'StopProduct',
              ['ToewijzingNummer?', 'LDT_Nummer'],
              ['Product?', 'CDT_Product'],
              ['ToewijzingIngangsdatum?', 'LDT_Datum'],
              ['Begindatum', 'LDT_Datum'],
              ['RedenBeeindiging', 'LDT_RedenBeeindiging'],
              ['Einddatum', 'LDT_Datum'],
              ['StatusAanlevering', 'LDT_StatusAanlevering'],
            ),
          ],
        ),
      ]),
    ],
  ),
};

/** 315: Verzoek om toewijzing (aanbieder → gemeente). */
const verzoekOmToewijzing: Berichtmodel = {
  nummer: '315',
  root: klasse(
    'Root',
    ['Header', aanbiederNaarGemeente],
    [
      'Client',
      klasse(
        'Client',
        ...clientKort,
        ['GezagsdragerBekend?', 'LDT_JaNee', { alleen: 'iJw' }],
        ['Commentaar?', 'LDT_Commentaar'],
        [
          'AangevraagdeProducten',
          klasse('AangevraagdeProducten', [
            'AangevraagdProduct+',
            klasse(
              'AangevraagdProduct',
              ['ReferentieAanbieder', 'LDT_Referentie'],
              ['BeschikkingNummer?', 'LDT_Nummer'],
              ['Product?', 'CDT_Product'],
              ['BeschikkingIngangsdatum?', 'LDT_Datum'],
              ['ToewijzingIngangsdatum', 'LDT_Datum'],
              ['ToewijzingEinddatum?', 'LDT_Datum'],
              ['Omvang?', 'CDT_Omvang'],
              ['Budget?', 'LDT_Budget'],
              ['Verwijzer', 'CDT_Verwijzer'],
              ['Raamcontract?', 'LDT_JaNee'],
              ['Commentaar?', 'LDT_Commentaar'],
            ),
          ]),
        ],
      ),
    ],
  ),
};

const wijzigingVelden: Regel[] = [
  ['GewensteIngangsdatum', 'LDT_Datum'],
  ['Einddatum?', 'LDT_Datum'],
  ['Omvang?', 'CDT_Omvang'],
  ['Budget?', 'LDT_Budget'],
];

/** 317: Verzoek om wijziging (aanbieder → gemeente). */
const verzoekOmWijziging: Berichtmodel = {
  nummer: '317',
  root: klasse(
    'Root',
    ['Header', aanbiederNaarGemeente],
    [
      'Client',
      klasse('Client', ['Bsn', 'LDT_BurgerServicenummer'], [
        'Verzoek',
        klasse(
          'Verzoek',
          ['ReferentieAanbieder', 'LDT_Referentie'],
          ['RedenVerzoek', 'LDT_RedenVerzoek'],
          [
            'OngewijzigdeProducten?',
            klasse('OngewijzigdeProducten', [
              'OngewijzigdProduct+',
              klasse('OngewijzigdProduct', ['ToewijzingNummer', 'LDT_Nummer']),
            ]),
          ],
          [
            'TeWijzigenProducten?',
            klasse('TeWijzigenProducten', [
              'TeWijzigenProduct+',
              klasse('TeWijzigenProduct', ['ToewijzingNummer', 'LDT_Nummer'], ...wijzigingVelden),
            ]),
          ],
          [
            'NieuweProducten?',
            klasse('NieuweProducten', [
              'NieuwProduct+',
              klasse('NieuwProduct', ['Product?', 'CDT_Product'], ...wijzigingVelden),
            ]),
          ],
        ),
      ]),
    ],
  ),
};

/** 319: Antwoordbericht op een verzoek (gemeente → aanbieder). */
const antwoord: Berichtmodel = {
  nummer: '319',
  root: klasse(
    'Root',
    ['Header', gemeenteNaarAanbieder],
    [
      'Antwoord',
      klasse(
        'Antwoord',
        ['ReferentieAanbieder', 'LDT_Referentie'],
        ['VerzoekAntwoord', 'LDT_VerzoekAntwoord'],
        ['RedenAfwijzingVerzoek?', 'LDT_RedenAfwijzingVerzoek'],
        ['Woonplaatsbeginsel?', klasse('Woonplaatsbeginsel', ['Gemeente', 'LDT_Gemeente']), { alleen: 'iJw' }],
      ),
    ],
  ),
};

const prestatieVelden: Regel[] = [
  ['ProductReferentie', 'CDT_Referentie'],
  ['ToewijzingNummer', 'LDT_Nummer'],
  ['ProductCategorie', 'LDT_ProductCategorie'],
  ['ProductCode', 'LDT_ProductCode'],
  ['ProductPeriode', 'CDT_GeslotenPeriode'],
  ['GeleverdVolume', 'LDT_Volume'],
  ['Eenheid', 'LDT_Eenheid'],
  ['ProductTarief?', 'LDT_Bedrag'],
  ['IngediendBedrag', 'CDT_BedragMetDC'],
];

/** 323: Declaratie (aanbieder → gemeente). */
const declaratie: Berichtmodel = {
  nummer: '323',
  root: klasse(
    'Root',
    ['Header', aanbiederNaarGemeente],
    [
      'Declaratie',
      klasse(
        'Declaratie',
        ['DeclaratieNummer', 'LDT_IdentificatieDeclaratie', { pattern: '([a-zA-Z0-9])+' }],
        ['DeclaratiePeriode', 'CDT_GeslotenPeriode'],
        ['DeclaratieDagtekening', 'LDT_Datum'],
        ['TotaalIngediendBedrag', 'CDT_TotaalBedragMetDC'],
        [
          'Clienten',
          klasse('Clienten', [
            'Client+',
            klasse('Client', ['Bsn', 'LDT_BurgerServicenummer'], [
              'Prestaties',
              klasse('Prestaties', ['Prestatie+', klasse('Prestatie', ...prestatieVelden)]),
            ]),
          ]),
        ],
      ),
    ],
  ),
};

/** 325: Declaratie-antwoord (gemeente → aanbieder): the rejected prestaties with their retourcodes. */
const declaratieAntwoord: Berichtmodel = {
  nummer: '325',
  retourVan: '323',
  root: klasse(
    'Root',
    [
      'Header',
      header('LDT_Gemeente', 'LDT_AgbCode', [
        ['DeclaratieIdentificatie', 'CDT_BerichtIdentificatie'],
        ['XsltVersie?', 'LDT_Versie'],
        ['XsdVersieDeclaratie', 'CDT_XsdVersie'],
        ['RetourCodes', RetourCodes],
      ]),
    ],
    [
      'DeclaratieAntwoord?',
      klasse(
        'DeclaratieAntwoord',
        ['DeclaratieNummer', 'LDT_IdentificatieDeclaratie'],
        ['TotaalIngediendBedrag', 'CDT_TotaalBedragMetDC'],
        ['TotaalToegekendBedrag', 'CDT_TotaalBedragMetDC'],
        [
          'Clienten?',
          klasse('Clienten', [
            'Client+',
            klasse(
              'Client',
              ['Bsn', 'LDT_BurgerServicenummer'],
              [
                'Prestaties',
                klasse('Prestaties', ['Prestatie+', klasse('Prestatie', ...prestatieVelden, ['RetourCodes', RetourCodes])]),
              ],
              ['RetourCodes', RetourCodes],
            ),
          ]),
        ],
        ['RetourCodes', RetourCodes],
      ),
    ],
  ),
};

/**
 * 303: Declaratie/factuur of release 3.0 (aanbieder → gemeente), the predecessor of the 323: one
 * message per declaratie (BerichtCode 416/432) or factuur (448/450, with BTW), its identification
 * and totals in the header, the clients with their prestaties below. The structure comes from the
 * element inventory of the standard's model export; the order of the elements, which that export
 * does not give, from the Vektis EI declaratie records the 303 was translated from (voorlooprecord:
 * receiver, servicebureau, zorgverlener, betaling aan, declaratieperiode, factuurnummer, dagtekening,
 * BTW-nummer, valuta; the sluitrecord's totals last). The README ("De 303") lists every decision.
 */
const declaratieFactuur: Berichtmodel = {
  nummer: '303',
  root: klasse(
    'Root',
    [
      'Header',
      klasse(
        'Header',
        ['BerichtCode', 'LDT_BerichtCode', { pattern: { berichtcode: true } }],
        ['BerichtVersie', 'LDT_BerichtVersie', { pattern: '3' }],
        ['BerichtSubversie', 'LDT_BerichtSubversie', { pattern: '0' }],
        ['Gemeente', 'LDT_Gemeente'],
        ['Servicebureau?', 'LDT_AgbCode'],
        ['Aanbieder', 'LDT_AgbCode'],
        ['BetalingAanID', 'LDT_BetalingAanID'],
        ['DeclaratieFactuurIdentificatie', 'CDT_DeclaratieFactuurIdentificatie'],
        ['DeclaratieFactuurBedragen', 'CDT_DeclaratieFactuurBedragen'],
        ['XsdVersie', 'CDT_XsdVersie'],
      ),
    ],
    [
      'Clienten',
      klasse('Clienten', [
        'Client+',
        klasse(
          'Client',
          ...clientKort,
          ['Commentaar?', 'LDT_Commentaar'],
          [
            'Prestaties',
            klasse('Prestaties', [
              'Prestatie+',
              klasse(
                'Prestatie',
                ['ProductReferentie', 'CDT_Referentie'],
                ['ToewijzingNummer?', 'LDT_Nummer'],
                ['BeschikkingNummer?', 'LDT_Nummer'],
                ['ProductCategorie', 'LDT_ProductCategorie'],
                ['ProductCode', 'LDT_ProductCode'],
                ['ProductPeriode', 'CDT_GeslotenPeriode'],
                ['IngediendeBedragPrestatie', 'CDT_IngediendeBedragPrestatie'],
                ['Commentaar?', 'LDT_Commentaar'],
              ),
            ]),
          ],
        ),
      ]),
    ],
  ),
};

/**
 * The standard's construction of a retour message from its heen message: the header gains the
 * retour identification and optional header-level RetourCodes, the body becomes optional (a
 * header-only retour answers a message rejected as a whole), and every berichtklasse (not the
 * list classes) ends with its own RetourCodes.
 */
export function retourVan(heen: Berichtmodel, nummer: Berichtnummer): Berichtmodel {
  const metRetourCodes = new Map<Klasse, Klasse>();
  const verrijk = (k: Klasse): Klasse => {
    const bekend = metRetourCodes.get(k);
    if (bekend) return bekend;
    const elementen = k.elementen.map((e) => (typeof e.type === 'string' ? e : { ...e, type: verrijk(e.type) }));
    const verrijkt: Klasse = {
      naam: k.naam,
      elementen: isLijstklasse(k) ? elementen : [...elementen, element(['RetourCodes', RetourCodes])],
    };
    metRetourCodes.set(k, verrijkt);
    return verrijkt;
  };
  const [heenHeader, ...body] = heen.root.elementen;
  const kop = heenHeader!.type as Klasse;
  const retourHeader = klasse(
    'Header',
    ['IdentificatieRetour', 'LDT_IdentificatieBericht'],
    ['DagtekeningRetour', 'LDT_Datum'],
    ['XsltVersie?', 'LDT_Versie'],
    ['XsdVersieRetour', 'CDT_XsdVersie'],
    ['RetourCodes?', RetourCodes],
  );
  return {
    nummer,
    retourVan: heen.nummer,
    root: {
      naam: 'Root',
      elementen: [
        { ...heenHeader!, type: { naam: 'Header', elementen: [...kop.elementen, ...retourHeader.elementen] } },
        ...body.map((e) => ({ ...e, min: 0 as const, type: typeof e.type === 'string' ? e.type : verrijk(e.type) })),
      ],
    },
  };
}

const heenberichten = [toewijzing, declaratieFactuur, startZorg, stopZorg, verzoekOmToewijzing, verzoekOmWijziging, antwoord, declaratie];

/** Every message of every release, heen and retour, by number (the 303 is release 3.0's). */
export const berichtmodellen: Readonly<Record<Berichtnummer, Berichtmodel>> = {
  '301': toewijzing,
  '302': retourVan(toewijzing, '302'),
  '303': declaratieFactuur,
  '305': startZorg,
  '306': retourVan(startZorg, '306'),
  '307': stopZorg,
  '308': retourVan(stopZorg, '308'),
  '315': verzoekOmToewijzing,
  '316': retourVan(verzoekOmToewijzing, '316'),
  '317': verzoekOmWijziging,
  '318': retourVan(verzoekOmWijziging, '318'),
  '319': antwoord,
  '320': retourVan(antwoord, '320'),
  '323': declaratie,
  '325': declaratieAntwoord,
};

export const heenberichtnummers = heenberichten.map((b) => b.nummer);

/**
 * The names of a message's berichtklassen that are judged on their own (they carry RetourCodes in
 * the retour): every class except the root, the header and the list classes.
 */
export function beoordeeldeKlassen(nummer: Berichtnummer): ReadonlySet<string> {
  const namen = new Set<string>();
  const bezoek = (k: Klasse): void => {
    if (k.naam !== 'Root' && k.naam !== 'Header' && k.naam !== 'RetourCodes' && !isLijstklasse(k)) namen.add(k.naam);
    for (const e of k.elementen) if (typeof e.type !== 'string') bezoek(e.type);
  };
  bezoek(berichtmodellen[nummer].root);
  return namen;
}
