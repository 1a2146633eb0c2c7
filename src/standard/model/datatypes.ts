/**
 * The simple datatypes (LDT_*) of the iWmo/iJw 3.2 basisschema: base type and facets. A release's
 * basisschema holds the ones its messages use; five are release 3.0's, for the 303 only (marked).
 * Enumerated types refer to a code list in `codelijsten.ts`; their values may differ per standard.
 * These are facts of the public standard, kept here as our own data; `schemas/` is generated from it.
 */
import type { Datatype } from './types.js';

export const datatypes = {
  /** De aanduiding die wordt gebruikt voor adressen die niet zijn voorzien van de gebruikelijke straatnaam en huisnummeraanduidingen. */
  LDT_AanduidingWoonadres: { base: "string", maxLength: 2, codelijst: "AanduidingWoonadres" },
  /** Nadere typering van het adres. */
  LDT_AdresSoort: { base: "string", maxLength: 2, codelijst: "AdresSoort" },
  /** Identificerende code van een instelling of aanbieder van zorg of ondersteuning (zie https://www.agbcode.nl) */
  LDT_AgbCode: { base: "string", minLength: 1, maxLength: 8, pattern: "[0-9]{8}" },
  /** Bedrag in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro. */
  LDT_Bedrag: { base: "integer", minInclusive: 0, maxInclusive: 99999999 },
  /** Code ter identificatie van een soort bericht. Per bericht is gespecificeerd welke code gebruikt moet worden. De volledige codelijst is te vinden op het portaal van Vektis (http://ei.vektis.nl/WespCodelijstenDetail.aspx?Co_Ge_Code=COD002&Co_Or_Code=VEKT). */
  LDT_BerichtCode: { base: "string", minLength: 1, maxLength: 3 },
  /** Volgnummer van de formele uitgifte van een minor release van een iStandaard. */
  LDT_BerichtSubversie: { base: "integer", minInclusive: 0, maxInclusive: 99 },
  /** Volgnummer van de formele uitgifte van een major release van een iStandaard. */
  LDT_BerichtVersie: { base: "integer", minInclusive: 0, maxInclusive: 99 },
  /** Release 3.0 (303): verwijzing naar degene die de betaling dient te ontvangen (COD833). */
  LDT_BetalingAanID: { base: "string", maxLength: 2, codelijst: "BetalingAanID" },
  /** Release 3.0 (303): BTW-identificatienummer van de declarant (Vektis: 14 posities). */
  LDT_BtwIDNummer: { base: "string", minLength: 1, maxLength: 14, pattern: ".*[^\\s].*" },
  /** Release 3.0 (303): indicatie die aangeeft of sprake is van BTW-vrijstelling. */
  LDT_BtwVrijstellingIndicatie: { base: "string", maxLength: 1, codelijst: "BtwVrijstellingIndicatie" },
  /** Budget in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro. */
  LDT_Budget: { base: "integer", minInclusive: 0, maxInclusive: 99999999 },
  /** Een door de overheid toegekend identificerend nummer in het kader van het vereenvoudigen van het contact tussen overheid en burgers en het verminderen van de administratieve lasten. */
  LDT_BurgerServicenummer: { base: "string", minLength: 1, maxLength: 9, pattern: "[0-9]{9}" },
  /** Vrije tekst (bijvoorbeeld een toelichting) in een bericht. */
  LDT_Commentaar: { base: "string", minLength: 1, pattern: "([.\\s]*\\S+[.\\s]*)+" },
  /** Gecodeerde aanduiding van de bijzondere vorm van communicatie die gebruikt dient te worden. */
  LDT_Communicatievorm: { base: "string", maxLength: 1, codelijst: "Communicatievorm" },
  /** Datum */
  LDT_Datum: { base: "date", pattern: "[^:Z]*" },
  /** Indicator die aangeeft welk deel van de voorafgaande datum gebruikt mag worden. */
  LDT_DatumGebruik: { base: "string", maxLength: 1, codelijst: "DatumGebruik" },
  LDT_DebetCredit: { base: "string", maxLength: 1, codelijst: "DebetCredit" },
  /** Aanduiding van de eenheid waarin de omvang van een ondersteuningsproduct is beschreven. */
  LDT_Eenheid: { base: "string", maxLength: 2, codelijst: "Eenheid" },
  /** Emailadres van een client of relatie. */
  LDT_Emailadres: { base: "string", minLength: 1, maxLength: 80, pattern: ".*[^\\s].*" },
  /** Aanduiding van de frequentie waarmee een ondersteuningsproduct geleverd wordt. */
  LDT_Frequentie: { base: "string", maxLength: 1, codelijst: "Frequentie" },
  /** Identificerende code van een gemeente die betrokken is bij de uitvoering van zorg of ondersteuning. */
  LDT_Gemeente: { base: "string", minLength: 1, pattern: "[0-9]{4}" },
  /** De sekse van een persoon, zoals bij geboorte formeel vastgesteld of nadien formeel gewijzigd. */
  LDT_Geslacht: { base: "string", maxLength: 1, codelijst: "Geslacht" },
  /** Een alfabetisch teken achter het huisnummer zoals dit door het gemeentebestuur is toegekend. */
  LDT_Huisletter: { base: "string", minLength: 1, maxLength: 1, pattern: ".*[^\\s].*" },
  /** De numerieke aanduiding zoals de gemeente die aan het object heeft toegekend. */
  LDT_Huisnummer: { base: "integer", minInclusive: 0, maxInclusive: 99999 },
  /** Die letters of tekens die noodzakelijk zijn om, naast huisnummer en -letter, de brievenbus te vinden. */
  LDT_HuisnummerToevoeging: { base: "string", minLength: 1, maxLength: 4, pattern: ".*[^\\s].*" },
  /** Naam of nummer, die ter identificatie aan een totale aanlevering kan worden meegegeven. */
  LDT_IdentificatieBericht: { base: "string", minLength: 1, maxLength: 12, pattern: ".*[^\\s].*" },
  /** Identificatie van een declaratie zoals bepaald door de zorgaanbieder */
  LDT_IdentificatieDeclaratie: { base: "string", minLength: 1, maxLength: 12 },
  /** Codering voor ja of nee. */
  LDT_JaNee: { base: "string", maxLength: 1, codelijst: "JaNee" },
  /** Juridische situatie die voor de client van toepassing is op het moment van beoordeling. */
  LDT_JuridischeStatus: { base: "string", maxLength: 2, codelijst: "JuridischeStatus" },
  /** Identificatie van een (historisch/actueel) land of gebiedsdeel. */
  LDT_LandCode: { base: "string", maxLength: 2, codelijst: "LandCode" },
  /** Het telefoonnummer van een land, vanuit Nederland benaderd. */
  LDT_Landnummer: { base: "string", minLength: 1, maxLength: 4, pattern: ".*[^\\s].*" },
  /** De naam van een persoon, indien nodig verkort weergegeven. */
  LDT_Naam: { base: "string", minLength: 1, maxLength: 200, pattern: ".*[^\\s].*" },
  /** Aanduiding naamgebruik (gecodeerd). */
  LDT_NaamGebruik: { base: "string", maxLength: 1, codelijst: "NaamGebruik" },
  /** Naam of organisatienaam van de persoon of instantie die de client heeft doorverwezen naar ondersteuning. */
  LDT_NaamVerwijzer: { base: "string", minLength: 1, maxLength: 64, pattern: ".*[^\\s].*" },
  /** Nummer */
  LDT_Nummer: { base: "integer", minInclusive: 0, maxInclusive: 999999999 },
  /** De naam van een organisatie waar de client of relatie client verblijft. */
  LDT_Organisatienaam: { base: "string", minLength: 1, maxLength: 35, pattern: ".*[^\\s].*" },
  /** Release 3.0 (303): percentage in honderdsten (2100 is 21,00%), zoals Vektis percentages met twee decimalen schrijft. */
  LDT_Percentage: { base: "integer", minInclusive: 0, maxInclusive: 99999 },
  /** Identificerend nummer van een natuurlijk persoon. */
  LDT_Persoonsid: { base: "string", minLength: 1, maxLength: 20, pattern: ".*[^\\s].*" },
  /** De door de gemeente vastgestelde naam van een woonplaats. */
  LDT_Plaatsnaam: { base: "string", minLength: 1, maxLength: 80, pattern: ".*[^\\s].*" },
  /** Aanduiding van de (inter)nationale postcode. Dit veld is geschikt voor zowel de Nederlandse als niet-Nederlandse postcodes. */
  LDT_Postcode: { base: "string", minLength: 1, maxLength: 8, pattern: ".*[^\\s].*" },
  /** Gecodeerde aanduiding van hoofdcategorieen van producten in het kader van de Jeugdwet. */
  LDT_ProductCategorie: { base: "string", maxLength: 2, codelijst: "ProductCategorie" },
  /** Gecodeerde aanduiding van een product voor zorg of ondersteuning. */
  LDT_ProductCode: { base: "string", minLength: 1, maxLength: 5, pattern: ".*[^\\s].*" },
  /** De reden van afwijzing van een verzoek. */
  LDT_RedenAfwijzingVerzoek: { base: "string", maxLength: 2, codelijst: "RedenAfwijzingVerzoek" },
  /** De reden van beeindiging van de Jeugdhulp bij een client. */
  LDT_RedenBeeindiging: { base: "string", maxLength: 2, codelijst: "RedenBeeindiging" },
  /** Reden waarom een verzoek wordt ingediend */
  LDT_RedenVerzoek: { base: "string", maxLength: 1, codelijst: "RedenVerzoek" },
  /** De reden waarom een toewijzing wordt gewijzigd. */
  LDT_RedenWijziging: { base: "string", maxLength: 2, codelijst: "RedenWijziging" },
  /** Naam of nummer dat als referentie kan worden meegegeven. */
  LDT_Referentie: { base: "string", minLength: 1, maxLength: 36, pattern: ".*[^\\s].*" },
  LDT_ReferentieNummer: { base: "string", minLength: 1, maxLength: 20 },
  /** Aanduiding van de prioriteit van de contactpersoon. */
  LDT_RelatieVolgorde: { base: "integer", minInclusive: 0, maxInclusive: 99 },
  /** Melding in een iStandaarden-retourbericht. Het betreft een code die in een retourbericht het resultaat van de beoordeling van een (deel van een) ontvangen bericht weergeeft. */
  LDT_RetourCode: { base: "string", maxLength: 4, codelijst: "RetourCode" },
  /** De soort relatie die een persoon ten opzichte van de client heeft. */
  LDT_SoortRelatie: { base: "string", maxLength: 2, codelijst: "SoortRelatie" },
  /** Indicatie over de status van de informatie in de berichtklasse. */
  LDT_StatusAanlevering: { base: "string", maxLength: 1, codelijst: "StatusAanlevering" },
  /** De officiele door de gemeente vastgestelde naam van een straat. */
  LDT_Straatnaam: { base: "string", minLength: 1, maxLength: 24, pattern: ".*[^\\s].*" },
  /** De taal van de client waarin met de client wordt gecommuniceerd. */
  LDT_Taal: { base: "string", minLength: 1, maxLength: 25, pattern: ".*[^\\s].*" },
  /** Het telefoonnummer waarop de client of relatie van de client te bereiken is. */
  LDT_Telefoonnummer: { base: "string", minLength: 1, maxLength: 15, pattern: "[0-9]*" },
  /** Tijd */
  LDT_Tijd: { base: "time", pattern: "[^Z+-]+" },
  /** Totaalbedrag in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro. */
  LDT_TotaalBedrag: { base: "integer", minInclusive: 0, maxInclusive: 999999999999 },
  /** Aanduiding van de aard van de verwijzer. */
  LDT_TypeVerwijzer: { base: "string", maxLength: 2, codelijst: "TypeVerwijzer" },
  /** Volgnummer van de formele uitgifte van een versie. */
  LDT_Versie: { base: "string", minLength: 1, pattern: "(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)" },
  /** Release 3.0 (303): valuta waarin alle bedragen zijn uitgedrukt (ISO 4217; een gemeente betaalt in euro's). */
  LDT_ValutaCode: { base: "string", maxLength: 3, codelijst: "ValutaCode" },
  /** Het antwoord op een verzoek */
  LDT_VerzoekAntwoord: { base: "string", maxLength: 1, codelijst: "VerzoekAntwoord" },
  /** Aanduiding van de mate van ondersteuning betreffende een product, onderdeel van de Omvang. */
  LDT_Volume: { base: "integer", minInclusive: 0, maxInclusive: 99999999 },
  /** De verzameling van letters die wordt gevormd door de eerste letter van alle in volgorde voorkomende voornamen van een persoon. */
  LDT_Voorletters: { base: "string", minLength: 1, maxLength: 6, pattern: "([a-zA-ZÀ-ỳ])+" },
  /** Verzameling van een of meer voorzetsels/lidwoorden, die aan het significante deel van de achternaam van een persoon vooraf gaat en daar een onderdeel van is. */
  LDT_Voorvoegsel: { base: "string", minLength: 1, maxLength: 10, pattern: ".*[^\\s].*" },
  /** Wettelijke vertegenwoordiging die voor de client van toepassing is op het moment van beoordeling. */
  LDT_WettelijkeVertegenwoordiging: { base: "string", maxLength: 2, codelijst: "WettelijkeVertegenwoordiging" },
} as const satisfies Record<string, Datatype>;

export type DatatypeName = keyof typeof datatypes;
