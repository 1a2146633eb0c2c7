// Generated from src/standard/model by `npm run schemas`; do not edit.
// Element names are the standard's own; list classes are arrays; xs:integer is number.
/* eslint-disable */

export interface Achternaam {
  Achternaam: string;
  Voorvoegsel?: string;
}

export interface Adres {
  Huis?: Huis;
  Postcode?: string;
  Straatnaam?: string;
  Plaatsnaam?: string;
  LandCode?: string;
}

export interface BedragMetDC {
  Bedrag: number;
  DebetCredit: string;
}

export interface BerichtIdentificatie {
  Identificatie: string;
  Dagtekening: string;
}

export interface Communicatie {
  Vorm: string;
  Taal?: string;
}

export interface Geboortedatum {
  Datum: string;
  DatumGebruik?: string;
}

export interface DeclaratieFactuurBedragen {
  DeclaratieFactuurTotaalBedrag: TotaalBedragMetDC;
  BtwTotaalBedrag?: TotaalBedragMetDC;
}

export interface DeclaratieFactuurIdentificatie {
  DeclaratiePeriode: GeslotenPeriode;
  DeclarantFactuurNummer: string;
  FactuurDagtekening: string;
  BtwIDNummer?: string;
  ValutaCode: string;
}

export interface GeslotenPeriode {
  Begindatum: string;
  Einddatum: string;
}

export interface Huis {
  Huisnummer: number;
  Huisletter?: string;
  HuisnummerToevoeging?: string;
  AanduidingWoonadres?: string;
}

export interface IngediendeBedragPrestatie {
  GeleverdVolume: number;
  Eenheid: string;
  Verrekenpercentage?: number;
  ProductTarief?: number;
  BerekendBedrag?: BedragMetDC;
  BtwVrijstellingIndicatie?: string;
  BtwPercentage?: number;
  BtwBedrag?: BedragMetDC;
  DeclaratieFactuurBedrag: BedragMetDC;
}

export interface Omvang {
  Volume: number;
  Eenheid: string;
  Frequentie: string;
}

export interface OpenPeriode {
  Begindatum?: string;
  Einddatum?: string;
}

export interface Product {
  Categorie: string;
  Code?: string;
}

export interface Referentie {
  ReferentieNummer: string;
  VorigReferentieNummer?: string;
}

export interface Telefoon {
  Telefoonnummer: string;
  Landnummer: string;
}

export interface Telefoonnummers {
  Telefoon01: Telefoon;
  Telefoon02?: Telefoon;
}

export interface TotaalBedragMetDC {
  TotaalBedrag: number;
  DebetCredit: string;
}

export interface VerkorteNaam {
  Geslachtsnaam: Achternaam;
  Voornamen?: string;
  Voorletters?: string;
}

export interface Verwijzer {
  Type: string;
  Naam?: string;
  ZorgverlenerCode?: string;
}

export interface VolledigeNaam {
  Geslachtsnaam: Achternaam;
  Partnernaam?: Achternaam;
  Voornamen?: string;
  Voorletters?: string;
  NaamGebruik: string;
}

export interface XsdVersie {
  BasisschemaXsdVersie: string;
  BerichtXsdVersie: string;
}

export interface Bericht301 {
  Header: Header301;
  Client: Client301;
}

export interface Header301 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Client301 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VolledigeNaam;
  Communicatie?: Communicatie;
  JuridischeStatus?: string;
  WettelijkeVertegenwoordiging?: string;
  Commentaar?: string;
  Relaties?: Relatie301[];
  Contactgegevens: Contact301[];
  ToegewezenProducten: ToegewezenProduct301[];
}

export interface Relatie301 {
  Nummer: string;
  Volgorde?: number;
  Soort: string;
  Geboortedatum?: Geboortedatum;
  Geslacht?: string;
  Naam: VolledigeNaam;
  Contact: Contact301;
}

export interface Contact301 {
  Soort: string;
  Adres?: Adres;
  Organisatie?: string;
  Telefoon?: Telefoonnummers;
  Emailadres?: string;
  Periode?: OpenPeriode;
}

export interface ToegewezenProduct301 {
  ToewijzingNummer: number;
  ReferentieAanbieder?: string;
  Product?: Product;
  Toewijzingsdatum: string;
  Toewijzingstijd: string;
  Ingangsdatum: string;
  Einddatum?: string;
  RedenWijziging?: string;
  Omvang?: Omvang;
  Budget?: number;
  Commentaar?: string;
}

export interface Bericht302 {
  Header: Header302;
  Client?: Client302;
}

export interface Header302 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes302;
}

export interface RetourCodes302 {
  RetourCode: string[];
}

export interface Client302 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VolledigeNaam;
  Communicatie?: Communicatie;
  JuridischeStatus?: string;
  WettelijkeVertegenwoordiging?: string;
  Commentaar?: string;
  Relaties?: Relatie302[];
  Contactgegevens: Contact302[];
  ToegewezenProducten: ToegewezenProduct302[];
  RetourCodes: RetourCodes302;
}

export interface Relatie302 {
  Nummer: string;
  Volgorde?: number;
  Soort: string;
  Geboortedatum?: Geboortedatum;
  Geslacht?: string;
  Naam: VolledigeNaam;
  Contact: Contact302;
  RetourCodes: RetourCodes302;
}

export interface Contact302 {
  Soort: string;
  Adres?: Adres;
  Organisatie?: string;
  Telefoon?: Telefoonnummers;
  Emailadres?: string;
  Periode?: OpenPeriode;
  RetourCodes: RetourCodes302;
}

export interface ToegewezenProduct302 {
  ToewijzingNummer: number;
  ReferentieAanbieder?: string;
  Product?: Product;
  Toewijzingsdatum: string;
  Toewijzingstijd: string;
  Ingangsdatum: string;
  Einddatum?: string;
  RedenWijziging?: string;
  Omvang?: Omvang;
  Budget?: number;
  Commentaar?: string;
  RetourCodes: RetourCodes302;
}

export interface Bericht303 {
  Header: Header303;
  Clienten: Client303[];
}

export interface Header303 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Gemeente: string;
  Servicebureau?: string;
  Aanbieder: string;
  BetalingAanID: string;
  DeclaratieFactuurIdentificatie: DeclaratieFactuurIdentificatie;
  DeclaratieFactuurBedragen: DeclaratieFactuurBedragen;
  XsdVersie: XsdVersie;
}

export interface Client303 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  Commentaar?: string;
  Prestaties: Prestatie303[];
}

export interface Prestatie303 {
  ProductReferentie: Referentie;
  ToewijzingNummer?: number;
  BeschikkingNummer?: number;
  ProductCategorie: string;
  ProductCode: string;
  ProductPeriode: GeslotenPeriode;
  IngediendeBedragPrestatie: IngediendeBedragPrestatie;
  Commentaar?: string;
}

export interface Bericht305 {
  Header: Header305;
  Client: Client305;
}

export interface Header305 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Client305 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  StartProducten: StartProduct305[];
}

export interface StartProduct305 {
  ToewijzingNummer?: number;
  Product?: Product;
  ToewijzingIngangsdatum?: string;
  Begindatum: string;
  StatusAanlevering: string;
}

export interface Bericht306 {
  Header: Header306;
  Client?: Client306;
}

export interface Header306 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes306;
}

export interface RetourCodes306 {
  RetourCode: string[];
}

export interface Client306 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  StartProducten: StartProduct306[];
  RetourCodes: RetourCodes306;
}

export interface StartProduct306 {
  ToewijzingNummer?: number;
  Product?: Product;
  ToewijzingIngangsdatum?: string;
  Begindatum: string;
  StatusAanlevering: string;
  RetourCodes: RetourCodes306;
}

export interface Bericht307 {
  Header: Header307;
  Client: Client307;
}

export interface Header307 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Client307 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  StopProducten: StopProduct307[];
}

export interface StopProduct307 {
  ToewijzingNummer?: number;
  Product?: Product;
  ToewijzingIngangsdatum?: string;
  Begindatum: string;
  RedenBeeindiging: string;
  Einddatum: string;
  StatusAanlevering: string;
}

export interface Bericht308 {
  Header: Header308;
  Client?: Client308;
}

export interface Header308 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes308;
}

export interface RetourCodes308 {
  RetourCode: string[];
}

export interface Client308 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  StopProducten: StopProduct308[];
  RetourCodes: RetourCodes308;
}

export interface StopProduct308 {
  ToewijzingNummer?: number;
  Product?: Product;
  ToewijzingIngangsdatum?: string;
  Begindatum: string;
  RedenBeeindiging: string;
  Einddatum: string;
  StatusAanlevering: string;
  RetourCodes: RetourCodes308;
}

export interface Bericht315 {
  Header: Header315;
  Client: Client315;
}

export interface Header315 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Client315 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  GezagsdragerBekend?: string;
  Commentaar?: string;
  AangevraagdeProducten: AangevraagdProduct315[];
}

export interface AangevraagdProduct315 {
  ReferentieAanbieder: string;
  BeschikkingNummer?: number;
  Product?: Product;
  BeschikkingIngangsdatum?: string;
  ToewijzingIngangsdatum: string;
  ToewijzingEinddatum?: string;
  Omvang?: Omvang;
  Budget?: number;
  Verwijzer: Verwijzer;
  Raamcontract?: string;
  Commentaar?: string;
}

export interface Bericht316 {
  Header: Header316;
  Client?: Client316;
}

export interface Header316 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes316;
}

export interface RetourCodes316 {
  RetourCode: string[];
}

export interface Client316 {
  Bsn: string;
  Geboortedatum: Geboortedatum;
  Geslacht: string;
  Naam: VerkorteNaam;
  GezagsdragerBekend?: string;
  Commentaar?: string;
  AangevraagdeProducten: AangevraagdProduct316[];
  RetourCodes: RetourCodes316;
}

export interface AangevraagdProduct316 {
  ReferentieAanbieder: string;
  BeschikkingNummer?: number;
  Product?: Product;
  BeschikkingIngangsdatum?: string;
  ToewijzingIngangsdatum: string;
  ToewijzingEinddatum?: string;
  Omvang?: Omvang;
  Budget?: number;
  Verwijzer: Verwijzer;
  Raamcontract?: string;
  Commentaar?: string;
  RetourCodes: RetourCodes316;
}

export interface Bericht317 {
  Header: Header317;
  Client: Client317;
}

export interface Header317 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Client317 {
  Bsn: string;
  Verzoek: Verzoek317;
}

export interface Verzoek317 {
  ReferentieAanbieder: string;
  RedenVerzoek: string;
  OngewijzigdeProducten?: OngewijzigdProduct317[];
  TeWijzigenProducten?: TeWijzigenProduct317[];
  NieuweProducten?: NieuwProduct317[];
}

export interface OngewijzigdProduct317 {
  ToewijzingNummer: number;
}

export interface TeWijzigenProduct317 {
  ToewijzingNummer: number;
  GewensteIngangsdatum: string;
  Einddatum?: string;
  Omvang?: Omvang;
  Budget?: number;
}

export interface NieuwProduct317 {
  Product?: Product;
  GewensteIngangsdatum: string;
  Einddatum?: string;
  Omvang?: Omvang;
  Budget?: number;
}

export interface Bericht318 {
  Header: Header318;
  Client?: Client318;
}

export interface Header318 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes318;
}

export interface RetourCodes318 {
  RetourCode: string[];
}

export interface Client318 {
  Bsn: string;
  Verzoek: Verzoek318;
  RetourCodes: RetourCodes318;
}

export interface Verzoek318 {
  ReferentieAanbieder: string;
  RedenVerzoek: string;
  OngewijzigdeProducten?: OngewijzigdProduct318[];
  TeWijzigenProducten?: TeWijzigenProduct318[];
  NieuweProducten?: NieuwProduct318[];
  RetourCodes: RetourCodes318;
}

export interface OngewijzigdProduct318 {
  ToewijzingNummer: number;
  RetourCodes: RetourCodes318;
}

export interface TeWijzigenProduct318 {
  ToewijzingNummer: number;
  GewensteIngangsdatum: string;
  Einddatum?: string;
  Omvang?: Omvang;
  Budget?: number;
  RetourCodes: RetourCodes318;
}

export interface NieuwProduct318 {
  Product?: Product;
  GewensteIngangsdatum: string;
  Einddatum?: string;
  Omvang?: Omvang;
  Budget?: number;
  RetourCodes: RetourCodes318;
}

export interface Bericht319 {
  Header: Header319;
  Antwoord: Antwoord319;
}

export interface Header319 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Antwoord319 {
  ReferentieAanbieder: string;
  VerzoekAntwoord: string;
  RedenAfwijzingVerzoek?: string;
  Woonplaatsbeginsel?: Woonplaatsbeginsel319;
}

export interface Woonplaatsbeginsel319 {
  Gemeente: string;
}

export interface Bericht320 {
  Header: Header320;
  Antwoord?: Antwoord320;
}

export interface Header320 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  IdentificatieRetour: string;
  DagtekeningRetour: string;
  XsltVersie?: string;
  XsdVersieRetour: XsdVersie;
  RetourCodes?: RetourCodes320;
}

export interface RetourCodes320 {
  RetourCode: string[];
}

export interface Antwoord320 {
  ReferentieAanbieder: string;
  VerzoekAntwoord: string;
  RedenAfwijzingVerzoek?: string;
  Woonplaatsbeginsel?: Woonplaatsbeginsel320;
  RetourCodes: RetourCodes320;
}

export interface Woonplaatsbeginsel320 {
  Gemeente: string;
  RetourCodes: RetourCodes320;
}

export interface Bericht323 {
  Header: Header323;
  Declaratie: Declaratie323;
}

export interface Header323 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
}

export interface Declaratie323 {
  DeclaratieNummer: string;
  DeclaratiePeriode: GeslotenPeriode;
  DeclaratieDagtekening: string;
  TotaalIngediendBedrag: TotaalBedragMetDC;
  Clienten: Client323[];
}

export interface Client323 {
  Bsn: string;
  Prestaties: Prestatie323[];
}

export interface Prestatie323 {
  ProductReferentie: Referentie;
  ToewijzingNummer: number;
  ProductCategorie: string;
  ProductCode: string;
  ProductPeriode: GeslotenPeriode;
  GeleverdVolume: number;
  Eenheid: string;
  ProductTarief?: number;
  IngediendBedrag: BedragMetDC;
}

export interface Bericht325 {
  Header: Header325;
  DeclaratieAntwoord?: DeclaratieAntwoord325;
}

export interface Header325 {
  BerichtCode: string;
  BerichtVersie: number;
  BerichtSubversie: number;
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: BerichtIdentificatie;
  XsdVersie: XsdVersie;
  DeclaratieIdentificatie: BerichtIdentificatie;
  XsltVersie?: string;
  XsdVersieDeclaratie: XsdVersie;
  RetourCodes: RetourCodes325;
}

export interface RetourCodes325 {
  RetourCode: string[];
}

export interface DeclaratieAntwoord325 {
  DeclaratieNummer: string;
  TotaalIngediendBedrag: TotaalBedragMetDC;
  TotaalToegekendBedrag: TotaalBedragMetDC;
  Clienten?: Client325[];
  RetourCodes: RetourCodes325;
}

export interface Client325 {
  Bsn: string;
  Prestaties: Prestatie325[];
  RetourCodes: RetourCodes325;
}

export interface Prestatie325 {
  ProductReferentie: Referentie;
  ToewijzingNummer: number;
  ProductCategorie: string;
  ProductCode: string;
  ProductPeriode: GeslotenPeriode;
  GeleverdVolume: number;
  Eenheid: string;
  ProductTarief?: number;
  IngediendBedrag: BedragMetDC;
  RetourCodes: RetourCodes325;
}

/** The typed object of each message, by number. */
export interface Berichten {
  '301': Bericht301;
  '302': Bericht302;
  '303': Bericht303;
  '305': Bericht305;
  '306': Bericht306;
  '307': Bericht307;
  '308': Bericht308;
  '315': Bericht315;
  '316': Bericht316;
  '317': Bericht317;
  '318': Bericht318;
  '319': Bericht319;
  '320': Bericht320;
  '323': Bericht323;
  '325': Bericht325;
}
