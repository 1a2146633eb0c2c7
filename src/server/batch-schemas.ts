/**
 * What the batch endpoints answer, as TypeBox schemas: they document the API (OpenAPI) and strip
 * every field not listed here on the way out (no file paths, no internal columns).
 */
import { Type, type Static } from 'typebox';

export const Fout = Type.Object(
  {
    fout: Type.String({ description: 'Korte code van de fout, bijvoorbeeld `te-groot`.' }),
    melding: Type.String({ description: 'Wat er mis is, in het Nederlands.' }),
    batch: Type.Optional(Type.Integer({ description: 'De batch waarin de aanlevering toch is opgeslagen.' })),
  },
  { description: 'Een fout, met een zin die uitlegt wat er mis is.' },
);

const Weigering = Type.Object(
  {
    naam: Type.String({ description: 'Het onderdeel: bestandsnaam, of `zip!/pad` voor een bestand in een zip.' }),
    reden: Type.String(),
  },
  { description: 'Een onderdeel van de aanlevering dat geen bericht werd (te groot, onveilige naam, zip-bom, ...).' },
);

export const Ontvangst = Type.Object(
  {
    batch: Type.Integer({ description: 'Het nummer van de batch: de aanlevering als geheel.' }),
    status: Type.String({ description: 'Waar de voortgang te volgen is.' }),
    retours: Type.String({ description: 'Waar de retourberichten op te halen zijn zodra ze gemaakt zijn.' }),
    berichten: Type.Array(
      Type.Object({
        berichtId: Type.Integer(),
        bestandsnaam: Type.String(),
        herhaling: Type.Boolean({ description: 'Byte voor byte al eerder ontvangen: niet opnieuw opgeslagen of verwerkt.' }),
      }),
    ),
    weigeringen: Type.Array(Weigering),
  },
  { description: 'De aanlevering is opgeslagen (alle berichten ongewijzigd vastgelegd) en de verwerking is gestart.' },
);
export type Ontvangst = Static<typeof Ontvangst>;

const Bevinding = Type.Object({
  regel: Type.String({ description: 'De regel: `XML`, `XSD`, een code van de standaard (`TR307`) of van ons (`IWJ001`).' }),
  pad: Type.String({ description: 'Het element, als pad: `/Bericht/Client/Bsn`.' }),
  regelnummer: Type.Union([Type.Integer(), Type.Null()]),
  melding: Type.String(),
});

const Beslissing = Type.Object({
  referentieNummer: Type.String(),
  status: Type.String({ description: '`toegekend`, `afgewezen`, `in-onderzoek`, ...' }),
  retourcodes: Type.Array(Type.String()),
  bevindingen: Type.Array(Type.Object({ regel: Type.String(), melding: Type.String() })),
});

export const BerichtUitkomstSchema = Type.Object({
  berichtId: Type.Integer(),
  bestandsnaam: Type.String(),
  herhaling: Type.Boolean(),
  berichttype: Type.Union([Type.String(), Type.Null()], { description: '`WMO305`, `JW323`, ...; leeg als het bericht niet herkend werd.' }),
  standaard: Type.Union([Type.String(), Type.Null()]),
  release: Type.Union([Type.String(), Type.Null()]),
  status: Type.String({ description: 'De status van het bericht (`ontvangen`, `technisch-afgekeurd`, `beantwoord`, ...).' }),
  voortgang: Type.Union([Type.Literal('wacht'), Type.Literal('afgerond'), Type.Literal('in-onderzoek')], {
    description: '`wacht`: nog in verwerking; `afgerond`: klaar; `in-onderzoek`: een medewerker moet eerst beoordelen.',
  }),
  stap: Type.Union([Type.Literal('xml'), Type.Literal('xsd'), Type.Literal('regels'), Type.Literal('ok'), Type.Null()], {
    description: 'De eerste controle die het bericht niet doorstond (`ok`: alle); leeg zolang het niet gecontroleerd is.',
  }),
  geldig: Type.Union([Type.Boolean(), Type.Null()]),
  retourcodes: Type.Array(Type.String()),
  fouten: Type.Array(Bevinding),
  retour: Type.Union([Type.Object({ berichttype: Type.String() }), Type.Null()]),
  beslissingen: Type.Optional(Type.Array(Beslissing, { description: 'Per prestatie van een declaratie (323).' })),
});

export const BatchStatus = Type.Object({
  batch: Type.Integer(),
  bron: Type.String({ description: '`http`, `map`, `ggk` of `cli`.' }),
  kanaal: Type.Union([Type.String(), Type.Null()]),
  bestandsnaam: Type.Union([Type.String(), Type.Null()]),
  ontvangenOp: Type.String({ format: 'date-time' }),
  voortgang: Type.Object({
    berichten: Type.Integer(),
    afgerond: Type.Integer(),
    wacht: Type.Integer(),
    inOnderzoek: Type.Integer(),
    geweigerd: Type.Integer({ description: 'Onderdelen die geen bericht werden.' }),
    klaar: Type.Boolean({ description: 'Niets meer in verwerking (berichten in onderzoek wachten op een medewerker).' }),
  }),
  vanaf: Type.Integer(),
  berichten: Type.Array(BerichtUitkomstSchema),
  weigeringen: Type.Array(Weigering),
  retours: Type.String(),
});
export type BatchStatus = Static<typeof BatchStatus>;

export const RetoursJson = Type.Object({
  batch: Type.Integer(),
  compleet: Type.Boolean({ description: 'Alle retourberichten die deze batch krijgt, zijn gemaakt.' }),
  retours: Type.Array(
    Type.Object({
      berichtId: Type.Integer(),
      antwoordOp: Type.Integer({ description: 'Het bericht uit de batch waarop dit het antwoord is.' }),
      bestandsnaam: Type.String(),
      berichttype: Type.String(),
      inhoud: Type.String({ description: 'Het retourbericht (XML, UTF-8), base64.', contentEncoding: 'base64' }),
    }),
  ),
});
export type RetoursJson = Static<typeof RetoursJson>;

export const BatchParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
