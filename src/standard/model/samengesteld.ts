/**
 * The composite datatypes (CDT_*) of the basisschema: their elements in order, with cardinality.
 * A release's basisschema holds the ones its messages use (the three marked "Release 3.0" only the 303).
 */
import type { Samengesteld } from './types.js';

export const samengesteld = {
  /** De achternaam van een natuurlijk persoon, aangeduid als Naam met Voorvoegsel. */
  CDT_Achternaam: [["Achternaam", "LDT_Naam"], ["Voorvoegsel?", "LDT_Voorvoegsel"]],
  /** Gegevens voor de aanduiding van een adres. */
  CDT_Adres: [["Huis?", "CDT_Huis"], ["Postcode?", "LDT_Postcode"], ["Straatnaam?", "LDT_Straatnaam"], ["Plaatsnaam?", "LDT_Plaatsnaam"], ["LandCode?", "LDT_LandCode"]],
  /** Samengesteld bedrag met DebetCredit indicatie. */
  CDT_BedragMetDC: [["Bedrag", "LDT_Bedrag"], ["DebetCredit", "LDT_DebetCredit"]],
  /** Naam of nummer en dagtekening ter identificatie van een totale aanlevering. */
  CDT_BerichtIdentificatie: [["Identificatie", "LDT_IdentificatieBericht"], ["Dagtekening", "LDT_Datum"]],
  /** Aanduiding over bijzondere vorm van communicatie die gebruikt dient te worden. */
  CDT_Communicatie: [["Vorm", "LDT_Communicatievorm"], ["Taal?", "LDT_Taal"]],
  /** Datum waarop een natuurlijk persoon geboren is. */
  CDT_Geboortedatum: [["Datum", "LDT_Datum"], ["DatumGebruik?", "LDT_DatumGebruik"]],
  /** Release 3.0 (303): de totalen van een declaratie of factuur, met debet/credit. */
  CDT_DeclaratieFactuurBedragen: [["DeclaratieFactuurTotaalBedrag", "CDT_TotaalBedragMetDC"], ["BtwTotaalBedrag?", "CDT_TotaalBedragMetDC"]],
  /** Release 3.0 (303): samengestelde DeclaratieFactuurgegevens over Declaratieperiode, Factuurnummer, Dagtekening en BTW. */
  CDT_DeclaratieFactuurIdentificatie: [["DeclaratiePeriode", "CDT_GeslotenPeriode"], ["DeclarantFactuurNummer", "LDT_IdentificatieBericht"], ["FactuurDagtekening", "LDT_Datum"], ["BtwIDNummer?", "LDT_BtwIDNummer"], ["ValutaCode", "LDT_ValutaCode"]],
  /** Tijdsperiode met zowel begin- als einddatum */
  CDT_GeslotenPeriode: [["Begindatum", "LDT_Datum"], ["Einddatum", "LDT_Datum"]],
  /** Aanduiding van een specifiek huis in een straat, onderdeel van het adres. */
  CDT_Huis: [["Huisnummer", "LDT_Huisnummer"], ["Huisletter?", "LDT_Huisletter"], ["HuisnummerToevoeging?", "LDT_HuisnummerToevoeging"], ["AanduidingWoonadres?", "LDT_AanduidingWoonadres"]],
  /** Release 3.0 (303): volume, tarief, berekend bedrag, BTW en het gedeclareerde of gefactureerde bedrag van een prestatie. */
  CDT_IngediendeBedragPrestatie: [["GeleverdVolume", "LDT_Volume"], ["Eenheid", "LDT_Eenheid"], ["Verrekenpercentage?", "LDT_Percentage"], ["ProductTarief?", "LDT_Bedrag"], ["BerekendBedrag?", "CDT_BedragMetDC"], ["BtwVrijstellingIndicatie?", "LDT_BtwVrijstellingIndicatie"], ["BtwPercentage?", "LDT_Percentage"], ["BtwBedrag?", "CDT_BedragMetDC"], ["DeclaratieFactuurBedrag", "CDT_BedragMetDC"]],
  /** Aanduiding van de omvang van de te leveren of geleverde ondersteuning, uitgedrukt in Volume, Eenheid en Frequentie. */
  CDT_Omvang: [["Volume", "LDT_Volume"], ["Eenheid", "LDT_Eenheid"], ["Frequentie", "LDT_Frequentie"]],
  /** Aanduiding van een tijdsperiode met een Begindatum en/of een Einddatum. */
  CDT_OpenPeriode: [["Begindatum?", "LDT_Datum"], ["Einddatum?", "LDT_Datum"]],
  /** Gecodeerde omschrijving van een product, dienst of resultaat ten behoeve van het leveren van ondersteuning aan een client. Product wordt uitgedrukt in een categorie en eventueel nader gespecificeerd met een specifieke productcode. */
  CDT_Product: [["Categorie", "LDT_ProductCategorie"], ["Code?", "LDT_ProductCode"]],
  CDT_Referentie: [["ReferentieNummer", "LDT_ReferentieNummer"], ["VorigReferentieNummer?", "LDT_ReferentieNummer"]],
  /** Het telefoonnummer waarop de client of relatie van de client te bereiken is. */
  CDT_Telefoon: [["Telefoonnummer", "LDT_Telefoonnummer"], ["Landnummer", "LDT_Landnummer"]],
  /** De telefoonnummers waarop de client of relatie van de client te bereiken is. */
  CDT_Telefoonnummers: [["Telefoon01", "CDT_Telefoon"], ["Telefoon02?", "CDT_Telefoon"]],
  /** Samengesteld totaal bedrag met DebetCredit indicatie. */
  CDT_TotaalBedragMetDC: [["TotaalBedrag", "LDT_TotaalBedrag"], ["DebetCredit", "LDT_DebetCredit"]],
  /** De naam van een natuurlijk persoon, aangeduid als Geslachtsnaam en eventueel Voornamen en/of Voorletters. */
  CDT_VerkorteNaam: [["Geslachtsnaam", "CDT_Achternaam"], ["Voornamen?", "LDT_Naam"], ["Voorletters?", "LDT_Voorletters"]],
  /** Gegevens over de persoon of instantie die een client heeft doorverwezen naar ondersteuning, aangeduid als Type en Naam of ZorgverlenerCode. */
  CDT_Verwijzer: [["Type", "LDT_TypeVerwijzer"], ["Naam?", "LDT_NaamVerwijzer"], ["ZorgverlenerCode?", "LDT_AgbCode"]],
  /** Volledige naam van een natuurlijk persoon, aangeduid als Geslachtsnaam, eventueel Partnernaam, Voornamen en/of Voorletters en NaamGebruik. */
  CDT_VolledigeNaam: [["Geslachtsnaam", "CDT_Achternaam"], ["Partnernaam?", "CDT_Achternaam"], ["Voornamen?", "LDT_Naam"], ["Voorletters?", "LDT_Voorletters"], ["NaamGebruik", "LDT_NaamGebruik"]],
  CDT_XsdVersie: [["BasisschemaXsdVersie", "LDT_Versie"], ["BerichtXsdVersie", "LDT_Versie"]],
} as const satisfies Record<string, Samengesteld>;

export type SamengesteldNaam = keyof typeof samengesteld;
