/** The DESK functions' help in Dutch (see help.ts). */
import type { FunctionsHelp } from "./help";

export const FUNCTIONS_HELP_NL: FunctionsHelp = {
  SHARE: {
    description:
      "Aandeel van een deel in een totaal (deel / totaal, van 0 tot 1); weigert negatieve waarden, een deel dat groter is dan het totaal en een totaal van nul.",
    parameters: {
      part: "Het deel: een getal, of een bereik van getallen.",
      total: "Het totaal: een getal, of een bereik met dezelfde vorm als het deel.",
    },
  },
  FIGURE: {
    description:
      "Een cijfer uit de dataset, op id, zoals de bron het publiceerde. DESK.SOURCE geeft de bronvermelding.",
    parameters: {
      id: "Id van het cijfer, bijvoorbeeld “seized.be.2023.euda” (een cel of een bereik van id’s).",
    },
  },
  SOURCE: {
    description:
      "De bronvermelding van een cijfer uit de dataset, klaar om te plakken: uitgever, titel, datum en URL van elke bron.",
    parameters: {
      id: "Id van het cijfer (een cel of een bereik van id’s).",
    },
  },
  SEIZED: {
    description:
      "Ton cocaïne die in een jaar in een land of haven in beslag genomen is; standaard het cijfer van de nationale overheid.",
    parameters: {
      place:
        "Land (ISO-code zoals “BE”, of Engelse naam) of haven (“Antwerp”, “Rotterdam”, “Hamburg”).",
      year: "Jaar, 2019 tot en met 2025.",
      source:
        "Welke bron: “national” (standaard waar die publiceert), “euda”, “customs”, “police”, “prosecutor”, “ministry”…",
    },
  },
  SHAREOFUSERS: {
    description: "Aandeel (0 tot 1) van de Sky ECC-gebruikers in een regio, volgens één bron.",
    parameters: {
      region: "“BE”, “NL”, “BE+NL” of “Antwerp area”.",
      basis:
        "Bron: “prosecutor” (Belgisch federaal parket, standaard), “europol”, “dutch-police” of “article”.",
    },
  },
  USERS: {
    description: "Aantal Sky ECC-gebruikers in een regio, waar de bron het geeft.",
    parameters: {
      region: "“BE”, “NL”, “BE+NL” of “Antwerp area”.",
      basis: "Bron: “prosecutor” (standaard), “europol”, “dutch-police” of “article”.",
    },
  },
  CONVERT: {
    description:
      "Een bedrag omgerekend van de ene valuta naar de andere tegen de referentiekoers van een datum.",
    parameters: {
      amount: "Het bedrag in de valuta “van” (een getal, of een bereik).",
      from: "ISO 4217-code van de valuta van het bedrag, bijvoorbeeld “EUR”.",
      to: "ISO 4217-code van de gewenste valuta, bijvoorbeeld “USD”.",
      date: "Datum van de koers: een datumcel of “JJJJ-MM-DD”; weggelaten: vandaag (een lege cel is een fout).",
      rule: "Voor een dag zonder gepubliceerde koers: “previous” (standaard), “next” of “exact”.",
      full_precision:
        "WAAR: een berekende koers (omgekeerd of kruiselings) vóór afronding; ONWAAR of weggelaten: zoals gepubliceerd, of afgerond op zijn minst nauwkeurige deel.",
    },
  },
  RATE: {
    description: "De gebruikte wisselkoers: eenheden “naar” per eenheid “van” op een datum.",
    parameters: {
      from: "ISO 4217-code, bijvoorbeeld “EUR”.",
      to: "ISO 4217-code, bijvoorbeeld “USD”.",
      date: "Datum van de koers: een datumcel of “JJJJ-MM-DD”; weggelaten: vandaag (een lege cel is een fout).",
      rule: "Voor een dag zonder gepubliceerde koers: “previous” (standaard), “next” of “exact”.",
      full_precision:
        "WAAR: een berekende koers (omgekeerd of kruiselings) vóór afronding; ONWAAR of weggelaten: zoals gepubliceerd, of afgerond op zijn minst nauwkeurige deel.",
    },
  },
  RATEINFO: {
    description:
      "Eén rij per koers: de koers, de datum van de werkelijk gebruikte koers, de bron (vastgelegd, ECB live, ECB-bestand, meegeleverde koersen), de toegepaste regel en het aantal dagen tussen de gevraagde en de gebruikte datum (hooguit 7).",
    parameters: {
      from: "ISO 4217-code, bijvoorbeeld “EUR” (een cel, of een kolom met codes).",
      to: "ISO 4217-code, bijvoorbeeld “USD”.",
      date: "Datum van de koers: een datumcel of “JJJJ-MM-DD”; weggelaten: vandaag (een lege cel is een fout).",
      rule: "Voor een dag zonder gepubliceerde koers: “previous” (standaard), “next” of “exact”.",
    },
  },
};
