/**
 * De teksten van de ingevoegde tabellen en van het blad Bronnen, in het Nederlands. Keys follow the English
 * texts in src/data (see core/i18n/englishTexts.ts).
 */
import type { DatasetTexts } from "../../core/i18n/datasetTexts";

/** Reasons the changelog gives several figures of one version (see the changelog below). */
const WHY_NL = {
  policeThreeYears:
    "Driejarenbalans van de Belgische federale politie (9 maart 2024), die het gat vult tussen december 2023 en februari 2026.",
  policeOctober2024:
    "Resultaten van de federale politie van 28 oktober 2024 (RTL), ter vervanging van de cijfers van oktober 2024 die naar de homepage van Bruzz verwezen.",
  antwerpHalfYear: "Halfjaarbericht van de Belgische douane (juli 2025).",
  afpCustoms2024:
    "AFP over de resultaten van de douane over 2024: overtredingen en grote vangsten.",
  latinAmerica:
    "Cocaïne op weg naar België, onderschept in Latijns-Amerika; AFP en Belga spreken elkaar tegen, beide cijfers worden bewaard.",
  southAmericaHalfYear:
    "Cocaïne op weg naar België, onderschept in Zuid-Amerika, per halfjaar (The Brussels Times).",
  retrievers:
    "Arrestaties van uithalers, mensen die drugs uit containers halen, in Rotterdam (OM, via het ANP).",
  vlissingen: "Vlissingen, met het cijfer van elke afbakening apart.",
  seaportsHalfYear: "Halfjaartotalen van de Nederlandse douane voor de zeehavens.",
  encroVerdict:
    "Vonnis in het Encro-megaproces (Brussel, 29 oktober 2024), voor de nieuwe tabel met processen.",
  encroAppeal: "Het Encro-proces in hoger beroep, voor de nieuwe tabel met processen.",
  parisCase:
    "De Parijse zaak tegen de makers en verdelers van Sky ECC, voor de nieuwe tabel met processen.",
  dutchDistributors:
    "Nederlandse arrestaties van verdelers van Sky ECC (januari 2025), voor de nieuwe tabel met processen.",
  justicePage:
    "Waarde ongewijzigd; geciteerd naar de pagina van het ministerie van Justitie van 9 maart 2022 in plaats van naar zijn homepage.",
  claimConfidence:
    "Waarde ongewijzigd; betrouwbaarheid verlaagd van hoog naar laag: primaire bronnen spreken de bewering tegen of deden ze nooit, en de graad zegt nu in welke mate bronnen een bewering steunen.",
};

const texts: DatasetTexts = {
  words: {
    locale: "nl-NL",
    listSeparator: "; ",
    colon: ": ",
    dayMonth: "{day} {month}",
    sourcesPrefix: "Bronnen: ",
    notePrefix: "Noot: ",
    legendPrefix: "Tekens voor een getal, zoals de bron het voorbehoud formuleert: ",
    legend: {
      about: "ongeveer",
      nearly: "bijna (net eronder)",
      "more than": "meer dan",
      "at least": "minstens",
    },
    qualifiers: {
      about: "ongeveer",
      nearly: "bijna",
      "more than": "meer dan",
      "at least": "minstens",
      from: "vanaf",
    },
    fromPrefix: "vanaf ",
    derivedHeading: "Berekend, niet gepubliceerd",
    provisionalHeading: "Voorlopig",
    withheldHeading:
      "Aandelen en veranderingen leeg gelaten omdat een invoercijfer een grens, een deel van een jaar, een voorlopig of een berekend cijfer is",
    verdicts: { agrees: "klopt", differs: "wijkt af", not_found: "niet gevonden" },
    confidence: { high: "hoog", medium: "middel", low: "laag" },
    units: {
      tonnes: "t",
      kg: "kg",
      persons: "personen",
      searches: "huiszoekingen",
      firearms: "vuurwapens",
      weapons: "wapens",
      seizures: "inbeslagnames",
      devices: "toestellen",
      users: "gebruikers",
      messages: "berichten",
      messages_per_day: "berichten per dag",
      cases: "dossiers",
      judgments: "vonnissen",
      years_prison: "jaar cel",
      EUR: "€",
      USD: "US$",
      EUR_per_3_months: "€ per 3 maanden",
      EUR_per_6_months: "€ per 6 maanden",
      EUR_per_year: "€ per jaar",
      USD_per_6_months: "US$ per 6 maanden",
      share: "%",
      share_points: "procentpunten",
      days: "dagen",
      years: "jaar",
      convictions: "veroordelingen",
      date: "datum",
      text: "tekst",
    },
    // After a difference of shares, the glossary's short form of "procentpunten", as the header says it.
    formatUnits: { share_points: " ptn" },
    perPeriod: {
      EUR_per_3_months: "per 3 maanden",
      EUR_per_6_months: "per 6 maanden",
      EUR_per_year: "per jaar",
      USD_per_6_months: "per 6 maanden",
    },
    // No-break space: the currency and its amount stay on one line.
    money: "{symbol}\u00a0{amount}",
    million: ["miljoen", "miljoen"],
    billion: ["miljard", "miljard"],
    singularBelowTwo: false,
    places: {
      BE: "België",
      NL: "Nederland",
      DE: "Duitsland",
      ES: "Spanje",
      FR: "Frankrijk",
      IT: "Italië",
      PT: "Portugal",
      AR: "Argentinië",
      EU: "Europese Unie",
      WORLD: "Wereld",
      "BE+NL": "België en Nederland",
      "Antwerp area": "regio Antwerpen",
      "Antwerp district": "arrondissement Antwerpen",
      "Antwerp port": "haven van Antwerpen",
      "Hamburg port": "haven van Hamburg",
      "Hamburg port + Antwerp port": "havens van Hamburg en Antwerpen",
      "Rotterdam port": "haven van Rotterdam",
      "Algeciras port": "haven van Algeciras",
      "Vlissingen port": "haven van Vlissingen",
      "Latin America": "Latijns-Amerika",
      "South America": "Zuid-Amerika",
      Brussels: "Brussel",
      Paris: "Parijs",
    },
    homePageRemark: "(homepage van de uitgever: de pagina zelf is niet vastgelegd)",
    sameReport: "(hetzelfde {wire}-bericht als {publisher})",
    unknownSource: "[onbekende bron {id}]",
    datasetVersionLabel: "Versie van de Seizure Desk-dataset",
  },
  sources: {
    marker: "Bronnen (geschreven door Seizure Desk)",
    sheetName: "Bronnen",
    fallbackSheetName: "Bronnen (Seizure Desk)",
    intro:
      "Elk gecontroleerd cijfer en elke wisselkoers die deze werkmap gebruikt, met de herkomst, zodat elk getal zonder de invoegtoepassing Seizure Desk te controleren is. Geschreven op {isoDate}.",
    tablesHeading: "Tabellen uit de catalogus van Seizure Desk",
    tablesHeader: ["Tabel", "Id in de catalogus", "Blad", "Excel-tabel", "Periode", "Bronnen"],
    noTables: "Geen in deze werkmap.",
    figuresHeading: "Cijfers",
    figuresHeader: [
      "Id van het cijfer",
      "Wat",
      "Plaats",
      "Periode",
      "Waarde",
      "Eenheid",
      "Voorbehoud",
      "Betrouwbaarheid",
      "Gebruikt in",
      "Noot",
      "Bronvermelding",
      "Link",
    ],
    ratesHeading: "Wisselkoersen gebruikt door DESK.CONVERT en DESK.RATE",
    ratesHeader: [
      "Van",
      "Naar",
      "Gevraagde datum",
      "Gebruikte datum",
      "Regel",
      "Koers (eenheden ‘Naar’ per 1 ‘Van’)",
      "Bron",
    ],
    sourcesHeading: "Geciteerde bronnen",
    sourcesHeader: ["Id van de bron", "Uitgever", "Titel", "Datum", "Taal", "Noot", "Link"],
    noneUsed: "Geen gebruikt.",
    none: "Geen.",
    notInDataset: "Niet in deze versie van de dataset",
    functionsUse: "DESK-functies",
    tableUse: "tabel {id}",
    rules: {
      previous: "laatste koers gepubliceerd op of vóór de datum",
      next: "eerste koers gepubliceerd op of na de datum",
      exact: "alleen de koers van die datum",
    },
    shareUnit: "aandeel (getoond als %)",
    homePageNote:
      "De link is de homepage van de uitgever: de pagina met het cijfer is niet vastgelegd.",
  },
  tables: {
    "operation-day-2021-03-09": {
      title: "De dag van de operatie, 9 maart 2021: België en Nederland",
      description:
        "Agenten, huiszoekingen, arrestaties, cash en vuurwapens op de dag zelf, de primaire bronnen naast de beweringen van het artikel.",
      period: "9 mrt 2021",
      headers: [
        "Land en bron",
        "Ingezette agenten (personen)",
        "Huiszoekingen",
        "Arrestaties (personen)",
        "In beslag genomen cash (€)",
        "In beslag genomen wapens",
        "Wapens geteld als",
      ],
      labels: [
        "België: federaal parket",
        "België: latere verslagen",
        "België: het artikel",
        "Nederland: Nederlandse politie",
        "Nederland: het artikel",
      ],
      notes: [
        "Lege cellen: niet gepubliceerd. Er is geen Belgische telling van de wapens gepubliceerd (de ‘tientallen’ van het artikel zijn niet te controleren); er zijn geen Nederlandse cijfers over agenten of cash gepubliceerd.",
        "De cijfers van het artikel voor België stemmen overeen met die van het federaal parket; latere verslagen noemen meer agenten dan het parket op de dag zelf.",
        "Nederland: Nederlandse politie, operatie Argus; alle vuurwapens zijn in Rotterdam in beslag genomen, en {op.nl.arrests.before} waren in de weken ervoor gearresteerd.",
      ],
    },
    "record-seizures-2021": {
      title: "Recordvangsten van cocaïne, februari–april 2021",
      description:
        "De 16 t van Hamburg, de 7,2 t in Antwerpen op weg naar Nederland, de totalen van Antwerpen, met de 17 / 16 / 7 t van het artikel ernaast.",
      period: "feb–apr 2021",
      headers: [
        "Vangst",
        "Plaats",
        "In beslag genomen (t)",
        "Periode",
        "Gevonden (datum)",
        "Bekendgemaakt (datum)",
        "Cijfer van het artikel (t)",
        "Oordeel over het artikel",
      ],
      labels: [
        "Containers uit Paraguay, blikken plamuur",
        "Zelfde vangst, exact gewicht (Nederlands OM)",
        "Container met houtblokken uit Panama, op weg naar Nederland",
        "Zelfde vangst, datum volgens de Duitse douane",
        "Alle vangsten van het Sky ECC-onderzoek in Antwerpen",
        "Vangsten terwijl de berichten live werden meegelezen",
        "Grootste afzonderlijke vangst",
      ],
      notes: [
        "De ‘{article.seized.be.17t} in beslag genomen op dinsdag’ van het artikel is het totaal van afzonderlijke vangsten in Antwerpen over het hele onderzoek; de {article.seized.de.16t} van ‘vorige week’ werd ongeveer vier weken eerder gevonden; de {article.seized.nl.7t} ‘in Nederland’ werd in Antwerpen gevonden.",
        "De vangsten van februari in Hamburg en Antwerpen, samen {seizure.hamburg-antwerp.2021-02.combined}, noemde de Nederlandse politie de grootste hoeveelheid ooit in één onderzoek in beslag genomen.",
        "De datum van de vangst van de houtblokken in Antwerpen verschilt een dag tussen de bronnen. De fase van het live meelezen duurde {seizure.antwerp.livephase.days}; de in beslag genomen cocaïne werd geschat op {seizure.antwerp.livephase.value}.",
        "De rijen overlappen: het totaal van het live meelezen ({seizure.antwerp.livephase}) omvat de vangst van de houtblokken van 20 februari ({seizure.antwerp.2021-02.wood}) en de grootste afzonderlijke vangst van 2–3 april ({seizure.antwerp.2021-04-03}); tel ze niet op.",
      ],
    },
    "sky-ecc-in-numbers": {
      title: "Sky ECC in cijfers",
      description:
        "Gebruikers en toestellen wereldwijd en in België en Nederland, berichten, prijzen en de premie voor wie Sky ECC kraakte.",
      period: "2021",
      headers: ["Wat", "Waarde", "Eenheid", "Periode", "Bron"],
      labels: [
        "Gebruikers wereldwijd (Europol)",
        "Toestellen verspreid wereldwijd (De Tijd)",
        "Gebruikers wereldwijd (Belgisch gerecht)",
        "Gebruikers gevolgd vanaf half februari 2021 (Europol)",
        "Toestellen actief per maand (Belgisch parket)",
        "Gebruikers in België (Belgisch parket)",
        "Gebruikers in Nederland (Belgisch parket)",
        "Accounts in Nederland (Nederlandse politie)",
        "Onderschepte berichten (Belgisch parket)",
        "Aandeel ervan ontsleuteld op 9 maart 2021",
        "Onderschepte berichten (Europol)",
        "Berichten van Nederlandse gebruikers (Nederlandse politie)",
        "Berichten per dag (Europol)",
        "Abonnement, een jaar",
        "Abonnement, drie maanden",
        "Toestel",
        "Premie voor het kraken van Sky ECC",
        "Zelfde premie in euro",
        "Telefoons in beslag genomen in België in eerdere zaken",
      ],
      notes: [
        "De bronnen tellen verschillende dingen: gebruikers (personen), verspreide toestellen, toestellen die elke maand actief zijn, accounts.",
        "De prijsvork van het artikel ({article.skyecc.price.low} tot {article.skyecc.price.high}) komt in geen enkele bron voor.",
        "Europese totalen van arrestaties en inbeslagnames dankzij Sky ECC zijn niet gevonden: Europol publiceert resultaten per operatie.",
      ],
    },
    "sky-ecc-user-shares": {
      title: "Aandeel van de Sky ECC-gebruikers per regio, per bron",
      description:
        "België, Nederland, beide samen en de regio Antwerpen: het Belgisch parket, Europol, de Nederlandse politie en het artikel.",
      period: "begin 2021",
      headers: [
        "Regio",
        "Belgisch parket: aandeel (%)",
        "Belgisch parket: gebruikers",
        "Europol: aandeel (%)",
        "Nederlandse politie: aandeel (%)",
        "Nederlandse politie: accounts",
        "Het artikel: aandeel (%)",
        "Artikel min parket (procentpunten)",
      ],
      labels: ["België", "Nederland", "België en Nederland", "Regio Antwerpen"],
      notes: [
        "Het aandeel van elke bron heeft een eigen basis: bij het parket {skyecc.devices.active.prosecutor} die elke maand actief zijn, bij Europol {skyecc.users.worldwide.europol}, bij de Nederlandse politie {skyecc.users.worldwide.dutch-police} wereldwijd. Aandelen worden nooit over bronnen heen berekend.",
        "Het aandeel van {skyecc.users.share.benl.prosecutor} voor België en Nederland geeft het parket zelf; de andere aandelen van het parket en het aandeel van de Nederlandse politie zijn berekend uit de eigen tellingen van de bron.",
        "Het aandeel dat het artikel aan de regio Antwerpen toeschrijft ({article.skyecc.share.antwerp}) staat in geen enkele bron: controleer het voor u het citeert.",
      ],
    },
    "cocaine-seized-by-country": {
      title: "In beslag genomen cocaïne per land, 2019–2025",
      description:
        "België, Nederland, Duitsland, Spanje, Frankrijk, Italië, Portugal en het EU-totaal, met het aandeel van elk land in het EU-totaal.",
      period: "2019–2025",
      headers: [
        "Jaar",
        "België: in beslag genomen (t)",
        "Nederland: in beslag genomen (t)",
        "Duitsland: in beslag genomen (t)",
        "Spanje: in beslag genomen (t)",
        "Frankrijk: in beslag genomen (t)",
        "Italië: in beslag genomen (t)",
        "Portugal: in beslag genomen (t)",
        "EU-totaal: in beslag genomen (t)",
        "België: aandeel in EU-totaal (%)",
        "Nederland: aandeel in EU-totaal (%)",
        "Duitsland: aandeel in EU-totaal (%)",
        "Spanje: aandeel in EU-totaal (%)",
        "Frankrijk: aandeel in EU-totaal (%)",
        "Italië: aandeel in EU-totaal (%)",
        "Portugal: aandeel in EU-totaal (%)",
      ],
      labels: ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
      notes: [
        "Elke cel geeft het definitieve cijfer van de nationale overheid waar dat gepubliceerd is (douane, politie, parket, ministerie of regering), anders dat van het EU-drugsagentschap (EMCDDA, sinds 2024 EUDA). Landen tellen verschillend, dus de aandelen in het EU-totaal zijn indicatief.",
        "Toen deze tabel werd gemaakt, was er geen EU-totaal voor 2024 of 2025 gepubliceerd (het EUDA-rapport over de cijfers van 2024 is niet gevonden): hun aandelen blijven leeg.",
        "België: geen nationaal totaal gevonden voor 2022 (alleen de haven van Antwerpen: {port.antwerp.2022.customs}) noch voor 2024 en 2025 (alleen de haven: {port.antwerp.2024.customs} en {port.antwerp.2025.customs}).",
        "Nederland: 2019 is afgeleid uit het douanetotaal van 2020 en de verandering daarvan; 2021 is alleen tot 25 december geteld. Het EUDA geeft {seized.nl.2020.emcdda} voor 2020 en {seized.nl.2023.euda} voor 2023.",
        "Duitsland: het BKA (alle diensten), ondergrenzen voor 2019–2021; in 2024 nam de Duitse douane alleen al {seized.de.2024.zoll} in beslag. De grootste afzonderlijke vangst ooit in Spanje, {seizure.es.2024-10.algeciras}, was in oktober 2024 in Algeciras.",
        "Spanje: het schriftelijke antwoord van de regering aan het parlement. Andere gepubliceerde waarden: EMCDDA {seized.es.2020.emcdda} (2020); CITCO {seized.es.2022.citco} (2022); EUDA {seized.es.2023.euda} en het nationale veiligheidsrapport, voorlopig, {seized.es.2023.natsec} (2023).",
        "Frankrijk: geen nationaal totaal voor 2019 (alleen de douane: {seized.fr.2019.customs}); 2020 is afgeleid uit het OFAST-totaal van 2021 en de verandering daarvan; de eerste schatting voor 2021 was {seized.fr.2021.interior-prelim}; het EUDA geeft {seized.fr.2023.euda} voor 2023.",
        "Italië: DCSA-rapporten herzien eerdere jaren (2019 werd eerst op {seized.it.2019.dcsa-2020} gezet; latere rapporten herzien ook 2020 en 2021 licht); er is geen cijfer voor 2023 gevonden.",
        "Portugal: 2021 is bij benadering; voor 2022 maakt het voorlopige cijfer van de politie, {seized.pt.2022.pj}, plaats voor het definitieve cijfer van het EUDA; het EUDA geeft {seized.pt.2023.euda} voor 2023.",
      ],
    },
    "cocaine-seized-in-ports": {
      title:
        "In beslag genomen cocaïne in de havens van Antwerpen, Rotterdam en Hamburg, 2019–2025",
      description:
        "Jaartotalen per haven volgens douane en parket, met de verandering tegenover het jaar ervoor.",
      period: "2019–2025",
      headers: [
        "Jaar",
        "Antwerpen: in beslag genomen (t)",
        "Rotterdam: in beslag genomen (t)",
        "Hamburg: in beslag genomen (t)",
        "Antwerpen: verandering op jaarbasis (%)",
        "Rotterdam: verandering op jaarbasis (%)",
        "Hamburg: verandering op jaarbasis (%)",
      ],
      labels: ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
      notes: [
        "Antwerpen: Belgische douane. De bronnen spreken elkaar tegen: voor 2019 gaven de gezamenlijke douaneresultaten {port.antwerp.2019.rijnmond}; het EMCDDA geeft {port.antwerp.2021.emcdda} voor 2021; voor 2023 meldde de douane in januari 2024 {port.antwerp.2023.customs}, terwijl Belga (2025) en een woordvoerder van Europol (2024) {port.antwerp.2023.belga} geven. Elke waarde blijft bij haar bron.",
        "Rotterdam: het HARC-team (OM, douane, FIOD, havenpolitie). De douane telt anders: {port.rotterdam.2019.customs} voor 2019, {port.rotterdam.2022.customs} voor 2022 (Le Soir: {port.rotterdam.2022.lesoir}), {port.rotterdam.2024.customs} voor 2024 en {port.rotterdam.2025.customs} voor 2025. Voor 2021 gaf het OM later {port.rotterdam.2021.om-revised}.",
        "Hamburg: de afbakening verandert. 2019: douane van Hamburg, vooral de haven. 2020 en 2021: alle Duitse containerhavens aan de Noordzee en de Oostzee (2021 omvat de vangst van februari). 2022 en 2023: Duitse zeehavens met Bremerhaven (het voorlopige cijfer voor Hamburg in 2022 was {port.hamburg.2022.customs-prelim}; de haven van Hamburg alleen telde {port.hamburg.2023.customs} in 2023). Er is geen officieel totaal voor 2024 of 2025 gevonden: de telling van aangekondigde vangsten door dpa geeft {port.hamburg.2024.announced-count} voor 2024.",
        "De verandering op jaarbasis vergelijkt opeenvolgende cijfers; waar de afbakening verschilt (Hamburg van 2019 naar 2020), lees haar samen met de noot hierboven.",
      ],
    },
    "cocaine-ports-2023-2025-details": {
      title: "Havens, 2023–2025: halfjaren, aantallen vangsten en cocaïne onderweg onderschept",
      description:
        "Halfjaartotalen voor Antwerpen en de Nederlandse zeehavens, het aantal vangsten in Antwerpen, cocaïne op weg naar België die in Latijns-Amerika werd onderschept, arrestaties in Vlissingen en Rotterdam.",
      period: "2023–2025",
      headers: ["Wat en bron", "Waarde", "Eenheid", "Periode", "Bron"],
      labels: [
        "Antwerpen, jan–jun 2024: in beslag genomen door de douane",
        "Antwerpen, jan–jun 2025: in beslag genomen door de douane",
        "Antwerpen, jan–jun 2024: inbeslagnames",
        "Antwerpen, jan–jun 2025: inbeslagnames",
        "Antwerpen, 2023: vastgestelde misdrijven",
        "Antwerpen, 2024: vastgestelde misdrijven",
        "Antwerpen, 2023: vangsten van 2 t of meer",
        "Antwerpen, 2024: vangsten van 2 t of meer",
        "Op weg naar België, onderschept in Latijns-Amerika, 2023 (AFP)",
        "Idem, 2023 (Belga)",
        "Op weg naar België, onderschept in Latijns-Amerika, 2024 (AFP)",
        "Idem, 2024 (Belga)",
        "Op weg naar België, onderschept in Zuid-Amerika, jan–jun 2024",
        "Op weg naar België, onderschept in Zuid-Amerika, jan–jun 2025",
        "Nederlandse zeehavens, jan–jun 2023: in beslag genomen door de douane",
        "Nederlandse zeehavens, jan–jun 2024: in beslag genomen door de douane",
        "Nederlandse zeehavens, jan–jun 2025: in beslag genomen door de douane",
        "Rotterdam, jan–jun 2025: in beslag genomen door de douane",
        "Vlissingen, 2024: OM en HARC-team",
        "Vlissingen, 2024: Nederlandse douane",
        "Vlissingen, 2025: OM en HARC-team",
        "Rotterdam, 2023: uithalers gearresteerd",
        "Rotterdam, 2024: uithalers gearresteerd",
      ],
      notes: [
        "Halfjaarcijfers zijn niet vergelijkbaar met jaartotalen. AFP en Belga spreken elkaar tegen over de cocaïne op weg naar België die in Latijns-Amerika werd onderschept: beide staan erin.",
        "Het cijfer van Vlissingen voor 2024 hangt af van de afbakening: het OM telt de haven, de douane een andere; het cijfer van het OM van januari 2025 voor alle havens van Zeeland-West-Brabant (Vlissingen, Terneuzen, Moerdijk) ligt nog hoger (zie de noot bij het cijfer).",
      ],
    },
    "sky-ecc-belgium-aftermath": {
      title: "Na de operatie: de Belgische Sky ECC-balans",
      description:
        "Onderzoeken, verdachten, arrestaties, in beslag genomen geld en veroordelingen na een, twee, drie en vijf jaar.",
      period: "mrt 2022 – feb 2026",
      headers: [
        "Mijlpaal en bron",
        "Nieuwe onderzoeken (dossiers)",
        "Verrijkte bestaande onderzoeken (dossiers)",
        "Onderzoeken in totaal (dossiers)",
        "Verdachten (personen)",
        "Gearresteerd (personen)",
        "In beslag genomen geld en vermogen (€)",
        "In beslag genomen drugs (t)",
        "Definitieve vonnissen",
        "Nog niet definitieve vonnissen",
        "Veroordelingen",
        "Celstraffen (jaar)",
      ],
      labels: [
        "1 jaar (mrt 2022): federaal parket",
        "1 jaar (mrt 2022): FOD Justitie",
        "2 jaar (mrt 2023)",
        "2 jaar en 9 maanden (dec 2023): FOD Justitie",
        "3 jaar (mrt 2024): federale politie",
        "Okt 2024: federale politie",
        "5 jaar (feb 2026)",
      ],
      notes: [
        "Lege cellen: niet gepubliceerd voor die mijlpaal. Onderzoeken in totaal zijn de nieuwe plus de verrijkte, alleen waar ze gepubliceerd zijn.",
        "Verdachten: geïdentificeerd of in onderzoek. Voor maart 2022 spreken De Standaard (federaal parket) en de FOD Justitie elkaar tegen. ‘Gearresteerd’ na een jaar telt verdachten die gearresteerd of verhoord zijn.",
        "Vonnissen (2023) tellen rechterlijke beslissingen, veroordelingen (vanaf december 2023) veroordeelde personen: ze zijn niet vergelijkbaar.",
        "Drugs na een jaar: alle drugs, vooral cocaïne, met een straatwaarde van {aftermath.be.2022-03.drugs.value}. Het geldcijfer van de federale politie van oktober 2024 ligt hoger dan de balans van februari 2026: politie en parket tellen wellicht anders.",
        "Oktober 2024: {aftermath.be.2024-10.prosecuted} vervolgd en {aftermath.be.2024-10.judgments}, vóór het vonnis in het Encro-proces. Februari 2026: het totaal aan celstraffen komt uit {aftermath.be.2026-02.decisions}.",
      ],
    },
    "sky-ecc-trials": {
      title: "Sky ECC-processen en vonnissen, 2024–2026",
      description:
        "Het Brusselse Encro-megaproces en het beroep, de Belgische vonnissen tot nu, de Parijse zaak tegen de makers van Sky ECC, Nederlandse arrestaties van verdelers.",
      period: "2024–2026",
      headers: ["Proces en wat", "Waarde", "Eenheid", "Periode", "Bron"],
      labels: [
        "Encro-proces, Brussel, vonnis van 29 okt 2024: veroordeeld",
        "Encro-proces: vrijgesproken",
        "Encro-proces: celstraffen in totaal",
        "Encro-proces: bevolen verbeurdverklaringen",
        "Encro-beroep: opnieuw berecht",
        "Encro-beroep: eerste zitting",
        "Encro-beroep: debatten gesloten",
        "Encro-beroep: arrest verwacht",
        "België, alle Sky ECC-zaken tot okt 2024: vonnissen",
        "België, alle Sky ECC-zaken tot okt 2024: vervolgde personen",
        "België, alle Sky ECC-zaken tot okt 2024: celstraffen",
        "België, alle Sky ECC-zaken tot feb 2026: rechterlijke beslissingen",
        "België, alle Sky ECC-zaken tot feb 2026: celstraffen",
        "België, alle Sky ECC-zaken tot feb 2026: veroordelingen",
        "Parijs: doorverwezen naar de rechtbank (makers en verkopers van Sky ECC)",
        "Parijs: in persoon in verdenking gesteld",
        "Parijs: met een arrestatiebevel gezocht",
        "Nederland, jan 2025: verdelers gearresteerd",
        "Nederland, jan 2025: cryptomunten in beslag genomen",
      ],
      notes: [
        "Het Encro-proces (EncroChat en Sky ECC) was het grootste strafproces in België. Het arrest in beroep, verwacht in april 2026, en de afloop van de Parijse zaak zijn niet gevonden.",
        "De Belgische totalen tellen alle Sky ECC-zaken: vonnissen worden door de politie geteld, rechterlijke beslissingen door het parket.",
      ],
    },
    "fact-check-2021-03-10": {
      title: "Factcheck: het artikel van 9/10 maart 2021 getoetst aan primaire bronnen",
      description:
        "Elk cijfer uit het artikel van Clarín / Pledge Times, wat primaire bronnen zeggen, en het oordeel.",
      period: "9–10 mrt 2021",
      headers: [
        "De bewering van het artikel",
        "Het artikel zegt",
        "Eenheid (artikel)",
        "Primaire bronnen zeggen",
        "Eenheid (bronnen)",
        "Oordeel",
        "Primaire bron",
        "Waarom",
      ],
      labels: [
        "cocaïne in beslag genomen in België ‘op dinsdag’",
        "de 17 t voorgesteld als Europees record",
        "cocaïne in beslag genomen in Duitsland ‘vorige week’",
        "cocaïne in beslag genomen in Nederland",
        "ingezette Belgische agenten",
        "huiszoekingen in België",
        "arrestaties in België",
        "cash in beslag genomen in België",
        "andere goederen in beslag genomen in België",
        "aantal in beslag genomen wapens in België",
        "arrestaties door de Nederlandse politie",
        "illegale wapens in beslag genomen door de Nederlandse politie",
        "onderschepte Sky ECC-berichten",
        "aandeel van de onderschepte berichten dat ontsleuteld is",
        "duur van het onderzoek",
        "in beslag genomen Sky ECC-toestellen",
        "aandeel van de actieve Sky ECC-gebruikers wereldwijd in België en Nederland",
        "aandeel van alle Sky ECC-gebruikers binnen enkele kilometers van de haven van Antwerpen",
        "prijs van Sky ECC per zes maanden, onderkant",
        "prijs van Sky ECC per zes maanden, bovenkant",
        "premie voor wie Sky ECC kon kraken",
        "van waaruit Sky ECC opereert",
        "rol van Frédéric Van Leeuw",
        "rol van Yve Driesen",
      ],
      notes: [
        "Het artikel: Clarín (Buenos Aires), 9/10 maart 2021, in de Engelse vertaling van Pledge Times van 10 maart 2021.",
        "Het oordeel vergelijkt elke bewering met de primaire bronnen die ze noemt; de tabel toont de eerste daarvan, de kolom Waarom de andere. Een lege primaire cel: geen enkele bron publiceerde een vergelijkbaar cijfer.",
      ],
    },
  },
  figures: {
    // Het artikel
    "article.origin.publisher": {
      measure: "oorspronkelijke publicatie van het bronartikel",
      note: "De bewaarde tekst van Clarín stemt zin voor zin overeen met het Engelse artikel. De naam van de auteur is niet opgehaald.",
      value: "Clarín, Buenos Aires: een Spaanstalige Argentijnse krant, geen Spaanse",
    },
    "article.origin.translation": {
      measure: "Engelse vertaling van het bronartikel",
      note: "Een vertaling die machinaal oogt; vrijwel zeker de Engelse versie die de ronde deed.",
      value: "Engelse vertaling gepubliceerd door Pledge Times",
    },
    "article.seized.be.17t": {
      measure: "cocaïne in beslag genomen in België ‘op dinsdag’",
      note: "Het parket zei dat in de loop van een onderzoek van ongeveer twee jaar meer dan 17 t in de haven van Antwerpen in beslag was genomen, in afzonderlijke zaken; niet op één dag.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.seized.be.record": {
      measure: "de 17 t voorgesteld als Europees record",
      note: "Geen Europees record: de grootste afzonderlijke vangst was toen de 16 t van Hamburg van 12 februari 2021, en de Nederlandse politie noemde de zaak Hamburg-Antwerpen van 23 t het record.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.seized.de.16t": {
      measure: "cocaïne in beslag genomen in Duitsland ‘vorige week’",
      note: "De hoeveelheid klopt, het moment niet: gevonden op 12 februari en bekendgemaakt op 24 februari 2021, ongeveer vier en twee weken vóór het artikel.",
      period: "‘vorige week’",
    },
    "article.seized.nl.7t": {
      measure: "cocaïne in beslag genomen in Nederland",
      note: "Ongeveer 7,2 t werd gevonden in Antwerpen, België, op weg naar Nederland, op een Nederlandse tip; er is geen vangst van ongeveer 7 t op Nederlandse bodem in januari–maart 2021 gevonden.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.op.be.agents": {
      measure: "ingezette Belgische agenten",
      note: "Het parket zei 1.500 op de dag zelf; sommige latere verslagen noemen meer dan 1.600.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.be.searches": {
      measure: "invallen in België",
      note: "Ongeveer 200 (Le Soir) of meer dan 200 (HLN) huiszoekingen.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.be.arrests": {
      measure: "arrestaties in België",
      note: "Stemt overeen met het cijfer van het parket.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.be.cash": {
      measure: "cash in beslag genomen in België",
      note: "Stemt overeen met het cijfer van het parket.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.be.items": {
      measure: "andere goederen in beslag genomen in België",
      note: "De soorten goederen kloppen; het parket noemde ook diamanten.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.be.weapons": {
      measure: "aantal in beslag genomen wapens in België",
      note: "Er is geen telling van de wapens gepubliceerd, dus de ‘tientallen’ zijn niet te controleren.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.nl.arrests": {
      measure: "arrestaties door de Nederlandse politie",
      note: "Stemt overeen met de Nederlandse politie (die ook 75 woningen en kantoren doorzocht, na 43 eerdere arrestaties).",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.op.nl.weapons": {
      measure: "illegale wapens in beslag genomen door de Nederlandse politie",
      note: "Het artikel spreekt van illegale wapens; de Nederlandse politie van vuurwapens, alle in beslag genomen in Rotterdam.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.skyecc.messages": {
      measure: "onderschepte Sky ECC-berichten",
      note: "Klopt met het Belgische cijfer; Europol sprak van honderden miljoenen, de Nederlandse politie van ongeveer 80 miljoen van Nederlandse gebruikers.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.messages.decrypted": {
      measure: "aandeel van de onderschepte berichten dat ontsleuteld is",
      note: "Klopt met het Belgisch parket.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.investigation.duration": {
      measure: "duur van het onderzoek",
      note: "Het Antwerpse dossier werd eind 2018 geopend; het federaal parket viseerde Sky ECC vanaf juni 2019.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.devices.seized": {
      measure: "in beslag genomen Sky ECC-toestellen",
      note: "Er is geen telling gepubliceerd; het parket zei dat zoveel mogelijk Sky ECC-toestellen bij geïdentificeerde gebruikers in beslag waren genomen. De 185 Sky ECC-telefoons die in eerdere jaren in België in beslag werden genomen, zijn een andere telling, geen controle van deze bewering.",
      period: "‘dinsdag’ (9 mrt 2021)",
    },
    "article.skyecc.share.benl": {
      measure: "aandeel van de actieve Sky ECC-gebruikers wereldwijd in België en Nederland",
      note: "Klopt met het Belgisch parket (ongeveer 6.000 in België en 12.000 in Nederland op ongeveer 70.000 actieve toestellen); wijkt af van Europol (ongeveer 20% van de gebruikers) en van de Nederlandse politie (ongeveer 11.000 Nederlandse accounts).",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.share.antwerp": {
      measure:
        "aandeel van alle Sky ECC-gebruikers binnen enkele kilometers van de haven van Antwerpen",
      note: "Het artikel zegt bijna 15%. In geen enkele bron gevonden. Het parket situeert ongeveer de helft van de Belgische gebruikers (ongeveer 3.000) in het arrondissement Antwerpen, in en rond de haven: ongeveer 4% van 70.000 actieve toestellen, ongeveer 17% van de Belgische en Nederlandse gebruikers. Waarschijnlijk een herberekening of een leesfout.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.price.low": {
      measure: "prijs van Sky ECC per zes maanden, onderkant",
      note: "Het artikel geeft € 800–2.200 per zes maanden; geen enkele bron doet dat. Het Belgisch parket (2022) gaf € 2.200 per jaar of € 600 per drie maanden, toestellen vanaf € 729.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.price.high": {
      measure: "prijs van Sky ECC per zes maanden, bovenkant",
      note: "€ 2.200 is de prijs voor een jaar volgens het parket, niet voor zes maanden.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.bounty": {
      measure: "premie voor wie Sky ECC kon kraken",
      note: "De website van Sky ECC loofde 5 miljoen dollar uit (ongeveer 4,2 miljoen euro).",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.skyecc.base": {
      measure: "van waaruit Sky ECC opereert",
      note: "Europol: gerund vanuit de VS en Canada, met servers in Europa.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.person.vanleeuw": {
      measure: "rol van Frédéric Van Leeuw",
      note: "Federaal procureur van België.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    "article.person.driesen": {
      measure: "rol van Yve Driesen",
      note: "Gerechtelijk directeur van de federale gerechtelijke politie Antwerpen sinds juni 2020.",
      period: "zoals gemeld op 9–10 mrt 2021",
    },
    // De dag van de operatie en de vangsten van 2021
    "op.be.agents.prosecutor": {
      measure: "speurders ingezet in België op de dag van de operatie",
      note: "Cijfer van het Belgisch federaal parket op de persconferentie van 9 maart 2021.",
    },
    "op.be.agents.later": {
      measure: "speurders ingezet in België op de dag van de operatie (latere verslagen)",
      note: "Latere verslagen noemen meer dan 1.600 (ook The Guardian via elDiario, 25 april 2021, en samenvattingen op basis van Europol); op de dag zelf zei het parket 1.500.",
    },
    "op.be.searches": {
      measure: "gelijktijdige huiszoekingen in België",
      note: "Le Soir: 200 gelijktijdige huiszoekingen; HLN: meer dan 200.",
    },
    "op.be.arrests": {
      measure: "personen van hun vrijheid beroofd in België",
      note: "Arrestaties op de dag van de operatie.",
    },
    "op.be.cash": {
      measure: "cash in beslag genomen in België",
      note: "Alleen cash; ook diamanten, juwelen, luxewagens, politie-uniformen en wapens werden in beslag genomen.",
    },
    "op.be.items": {
      measure: "andere goederen in beslag genomen in België",
      note: "Alleen de soorten goederen: er is geen telling van de wapens gepubliceerd.",
      value: "Diamanten, juwelen, luxewagens, politie-uniformen en wapens",
    },
    "op.nl.arrests": {
      measure: "arrestaties in Nederland",
      note: "Nederlandse politie, operatie Argus.",
    },
    "op.nl.searches": {
      measure: "doorzochte woningen en kantoren in Nederland",
      note: "Nederlandse politie, operatie Argus.",
    },
    "op.nl.firearms": {
      measure: "vuurwapens in beslag genomen in Nederland",
      note: "Alle in Rotterdam in beslag genomen.",
    },
    "op.nl.arrests.before": {
      measure: "arrestaties in Nederland vóór de dag van de operatie",
      note: "Eerdere arrestaties in operatie Argus, in de weken van het live meelezen.",
      period: "weken vóór 9 mrt 2021",
    },
    "seizure.hamburg.2021-02.zoll": {
      measure: "cocaïne gevonden in 3 van 5 containers uit Paraguay (blikken plamuur)",
      note: "Duitse douane: de grootste hoeveelheid cocaïne die ooit in Europa in beslag werd genomen. Gevonden op 12 februari, bekendgemaakt op 24 februari 2021.",
    },
    "seizure.hamburg.2021-02.om": {
      measure: "cocaïne gevonden in containers uit Paraguay, exact gewicht",
      note: "16.174 kg, het exacte gewicht volgens het Nederlandse Openbaar Ministerie, dat de zaak leidde.",
    },
    "seizure.hamburg.2021-02.found": {
      measure: "datum waarop de cocaïne in Hamburg werd gevonden",
      note: "Ongeveer vier weken vóór het artikel.",
    },
    "seizure.hamburg.2021-02.announced": {
      measure: "datum waarop de vangst in Hamburg werd bekendgemaakt",
      note: "Ongeveer twee weken vóór het artikel.",
    },
    "seizure.antwerp.2021-02.wood": {
      measure:
        "cocaïne gevonden in een container met houtblokken uit Panama, op weg naar Nederland",
      note: "In beslag genomen in België, niet in Nederland; de tip kwam uit een onderzoek onder Nederlandse leiding. Gevonden op zaterdag 20 februari volgens het Nederlandse OM, NRC en De Standaard, op 21 februari volgens het persbericht van de Duitse douane. Er is geen afzonderlijke vangst van ongeveer 7 t op Nederlandse bodem in januari–maart 2021 gevonden.",
    },
    "seizure.antwerp.2021-02.found.om": {
      measure:
        "datum waarop de cocaïne in de houtblokken in Antwerpen werd gevonden (Nederlands OM)",
      note: "‘Zaterdag’ in het relaas van het Nederlandse OM; het persbericht van de Duitse douane zegt 21 februari.",
    },
    "seizure.antwerp.2021-02.found.zoll": {
      measure:
        "datum waarop de cocaïne in de houtblokken in Antwerpen werd gevonden (Duitse douane)",
      note: "Een dag later dan de datum van het Nederlandse OM.",
    },
    "seizure.antwerp.2021-02.announced": {
      measure: "datum waarop de vangst van de houtblokken in Antwerpen werd bekendgemaakt",
      note: "Samen met de vangst in Hamburg bekendgemaakt.",
    },
    "seizure.antwerp.2021-02.arrest": {
      measure: "arrestatie in de zaak van de houtblokken in Antwerpen",
      note: "Arrestatie in verband met de 7,2 t die in Antwerpen werd gevonden.",
      value:
        "Een man van 28 jaar uit Vlaardingen (Nederland) werd op 24 februari 2021 gearresteerd",
    },
    "seizure.hamburg-antwerp.2021-02.combined": {
      measure:
        "cocaïne in beslag genomen in Hamburg en Antwerpen in één zaak onder Nederlandse leiding, op weg naar Nederland",
      note: "De Nederlandse politie noemde het de grootste hoeveelheid die ooit in één politieonderzoek in beslag werd genomen.",
    },
    "seizure.antwerp.investigation.cumulative": {
      measure:
        "cocaïne in beslag genomen in de haven van Antwerpen tijdens het Sky ECC-onderzoek, alle vangsten samen",
      note: "Totaal van afzonderlijke vangsten over het onderzoek van ongeveer twee jaar, elke zaak geopend naarmate er informatie binnenkwam; niet één vangst en niet één dag. HLN (maart 2021) zegt ook meer dan 17 t.",
      period: "eind 2018 – 9 mrt 2021",
    },
    "seizure.antwerp.investigation.announced": {
      measure: "datum waarop het opgetelde Antwerpse totaal werd bekendgemaakt",
      note: "Persconferentie van het federaal parket.",
    },
    "seizure.antwerp.livephase": {
      measure:
        "cocaïne in beslag genomen in de haven van Antwerpen terwijl de Sky ECC-berichten live werden meegelezen",
      note: "Het Antwerpse parket: 42 dagen vangsten door de douane met de Federale Gerechtelijke Politie Antwerpen en het federale en Antwerpse parket sinds 20 februari 2021, met inbegrip van het record van 10.964 kg van 2–3 april 2021 (Reformatorisch Dagblad, via Belga: meer dan 27,6 t in meer dan veertig dagen).",
      period: "20 feb – begin apr 2021",
    },
    "seizure.antwerp.livephase.days": {
      measure: "duur van de fase van vangsten tijdens het live meelezen",
      note: "Het Antwerpse parket; overnames van Belga zeggen meer dan veertig dagen.",
      period: "20 feb – begin apr 2021",
    },
    "seizure.antwerp.livephase.value": {
      measure:
        "geschatte straatwaarde van de cocaïne in beslag genomen in de fase van het live meelezen",
      note: "Schatting van het Antwerpse parket; overnames van Belga ronden af op bijna € 1,4 miljard.",
      period: "20 feb – begin apr 2021",
    },
    "seizure.antwerp.livephase.announced": {
      measure: "maand waarin het totaal van de fase van het live meelezen werd bekendgemaakt",
      note: "De precieze dag is niet vastgelegd.",
    },
    "seizure.antwerp.2021-04-03": {
      measure: "grootste afzonderlijke vangst van cocaïne ooit in de haven van Antwerpen",
      note: "10.964 kg, deel van het totaal van de fase van het live meelezen.",
    },
    "investigation.opened": {
      measure: "begin van het Belgische onderzoek",
      note: "Antwerpse speurders konden de Sky ECC-telefoons die ze steeds weer in andere zaken aantroffen, niet lezen.",
      period: "eind 2018",
      value:
        "De federale gerechtelijke politie (FGP) Antwerpen opende eind 2018 een onderzoek naar Sky ECC",
    },
    "investigation.prosecutor": {
      measure: "zaak van het federaal parket tegen Sky ECC",
      note: "Ongeveer 21 maanden vóór de dag van de operatie.",
      value:
        "Vanaf juni 2019 viseerde het federaal parket Sky ECC en zijn verdelers, samen met Nederland",
    },
    "skyecc.livereading.start": {
      measure: "begin van het live meelezen van Sky ECC-berichten",
      note: "Sleutel verkregen op 15 februari 2021; volgens Europol werden gebruikers vanaf half februari 2021 gevolgd.",
    },
    "person.vanleeuw.role": {
      measure: "rol van Frédéric Van Leeuw",
      note: "Sprak op de persconferentie van 9 maart 2021.",
      value: "Frédéric Van Leeuw, federaal procureur van België",
    },
    "person.driesen.role": {
      measure: "rol van Yve Driesen",
      note: "Geciteerd door Het Nieuwsblad en HLN op 9 maart 2021.",
      period: "sinds 2 jun 2020",
      value:
        "Yve Driesen, gerechtelijk directeur van de federale gerechtelijke politie (FGP) Antwerpen sinds 2 juni 2020",
    },
    // Sky ECC
    "skyecc.users.worldwide.europol": {
      measure: "Sky ECC-gebruikers wereldwijd",
      note: "Personen die Sky ECC gebruikten; De Tijd telt ongeveer 171.000 verspreide toestellen, het Belgisch gerecht (2022) meer dan 100.000 gebruikers.",
    },
    "skyecc.devices.distributed.tijd": {
      measure: "Sky ECC-toestellen wereldwijd verspreid via groothandelaars en lokale verkopers",
      note: "Verspreide toestellen, geen gebruikers.",
      period: "begin 2021",
    },
    "skyecc.users.worldwide.justice": {
      measure: "Sky ECC-gebruikers wereldwijd, volgens het Belgisch gerecht",
      note: "De Belgische ministers van Justitie en Binnenlandse Zaken, 9 maart 2022: een miljard berichten van meer dan 100.000 gebruikers wereldwijd; minder dan de 170.000 van Europol.",
    },
    "skyecc.users.monitored.europol": {
      measure: "gevolgde Sky ECC-gebruikers",
      note: "Gevolgd vanaf half februari 2021. Een Amerikaanse tenlastelegging (gemeld door Borderland Beat) spreekt van minstens 70.000 toestellen.",
      period: "half feb – 9 mrt 2021",
    },
    "skyecc.devices.active.prosecutor": {
      measure: "Sky ECC-toestellen die elke maand actief zijn op het netwerk",
      note: "Belgisch federaal parket; de basis van de aandelen per land van het parket.",
      period: "begin 2021",
    },
    "skyecc.users.worldwide.dutch-police": {
      measure: "Sky ECC-gebruikers wereldwijd, volgens de Nederlandse politie",
      note: "Nederlandse politie; de basis van het Nederlandse aandeel hieronder.",
    },
    "skyecc.users.be.prosecutor": {
      measure: "Sky ECC-gebruikers (actieve toestellen) in België",
      note: "Belgisch federaal parket: toestellen gebruikt in België, onder de toestellen die elke maand actief zijn.",
      period: "begin 2021",
    },
    "skyecc.users.nl.prosecutor": {
      measure: "Sky ECC-gebruikers (actieve toestellen) in Nederland, volgens het Belgisch parket",
      note: "Belgisch federaal parket; de Nederlandse politie telt ongeveer 11.000 Nederlandse accounts.",
      period: "begin 2021",
    },
    "skyecc.users.nl.dutch-police": {
      measure: "Sky ECC-accounts in Nederland, volgens de Nederlandse politie",
      note: "Telling van Nederlandse accounts door de Nederlandse politie; het Belgisch parket zegt ongeveer 12.000.",
    },
    "skyecc.users.benl.prosecutor": {
      measure: "Sky ECC-gebruikers (actieve toestellen) in België en Nederland samen",
      note: "Som van de tellingen van gebruikers van het parket voor België en Nederland. Berekend, niet gepubliceerd: skyecc.users.be.prosecutor + skyecc.users.nl.prosecutor.",
      period: "begin 2021",
    },
    "skyecc.users.share-of-be.antwerp.prosecutor": {
      measure: "aandeel van de Belgische Sky ECC-gebruikers in het arrondissement Antwerpen",
      note: "‘De helft’ van de gebruikers in België, in en rond de haven van Antwerpen; minder in Brussel, Limburg, Oost-Vlaanderen, Luik en Charleroi.",
      period: "begin 2021",
    },
    "skyecc.users.antwerp.prosecutor": {
      measure: "Sky ECC-gebruikers in het arrondissement Antwerpen, in en rond de haven",
      note: "De helft van de Belgische gebruikers, zoals het parket het zei: het aandeel van het arrondissement Antwerpen. Berekend, niet gepubliceerd: skyecc.users.be.prosecutor * skyecc.users.share-of-be.antwerp.prosecutor.",
      period: "begin 2021",
    },
    "skyecc.devices.seized.be.before": {
      measure: "Sky ECC-telefoons in beslag genomen in België in eerdere strafzaken",
      note: "In beslag genomen in andere zaken vóór de operatie; er is geen telling gepubliceerd van de toestellen die op de dag van de operatie in beslag werden genomen.",
      period: "vóór 9 mrt 2021 (eerdere jaren)",
    },
    "skyecc.users.share.benl.prosecutor": {
      measure: "aandeel van de actieve Sky ECC-gebruikers in België en Nederland",
      note: "Zo gegeven door het Belgisch federaal parket: ongeveer 6.000 in België plus 12.000 in Nederland op ongeveer 70.000 toestellen die elke maand actief zijn (wat 25,7% zou zijn). Europol zegt ongeveer 20%, op ongeveer 170.000 gebruikers.",
      period: "begin 2021",
    },
    "skyecc.users.share.be.prosecutor": {
      measure: "aandeel van de actieve Sky ECC-toestellen gebruikt in België",
      note: "Belgische gebruikers gedeeld door de toestellen die elke maand actief zijn, beide van het Belgisch parket. Berekend, niet gepubliceerd: skyecc.users.be.prosecutor / skyecc.devices.active.prosecutor.",
      period: "begin 2021",
    },
    "skyecc.users.share.nl.prosecutor": {
      measure:
        "aandeel van de actieve Sky ECC-toestellen gebruikt in Nederland, volgens het Belgisch parket",
      note: "Nederlandse gebruikers gedeeld door de toestellen die elke maand actief zijn, beide van het Belgisch parket. Berekend, niet gepubliceerd: skyecc.users.nl.prosecutor / skyecc.devices.active.prosecutor.",
      period: "begin 2021",
    },
    "skyecc.users.share.antwerp.prosecutor": {
      measure: "aandeel van de actieve Sky ECC-toestellen gebruikt in het arrondissement Antwerpen",
      note: "Gebruikers in het arrondissement Antwerpen gedeeld door de toestellen die elke maand actief zijn, beide van het Belgisch parket (ongeveer 4%). Berekend, niet gepubliceerd: skyecc.users.antwerp.prosecutor / skyecc.devices.active.prosecutor.",
      period: "begin 2021",
    },
    "skyecc.users.share.antwerp-of-benl.prosecutor": {
      measure:
        "aandeel van de Belgische en Nederlandse Sky ECC-gebruikers in het arrondissement Antwerpen",
      note: "Gebruikers in het arrondissement Antwerpen gedeeld door de Belgische en Nederlandse gebruikers samen, alle van het Belgisch parket (ongeveer 17%). Berekend, niet gepubliceerd: skyecc.users.antwerp.prosecutor / skyecc.users.benl.prosecutor.",
      period: "begin 2021",
    },
    "skyecc.users.share.benl.europol": {
      measure: "aandeel van de Sky ECC-gebruikers in België en Nederland, volgens Europol",
      note: "De basis van Europol is ongeveer 170.000 gebruikers, niet de 70.000 actieve toestellen van het parket; vandaar het verschil met 25%.",
    },
    "skyecc.users.share.nl.dutch-police": {
      measure: "aandeel van de Sky ECC-gebruikers in Nederland, volgens de Nederlandse politie",
      note: "Nederlandse accounts gedeeld door de gebruikers wereldwijd, beide van de Nederlandse politie. Berekend, niet gepubliceerd: skyecc.users.nl.dutch-police / skyecc.users.worldwide.dutch-police.",
    },
    "skyecc.messages.intercepted.prosecutor": {
      measure: "Sky ECC-berichten onderschept door Belgische speurders",
      note: "Belgisch cijfer; Europol sprak van honderden miljoenen, de Nederlandse politie van ongeveer 80 miljoen van Nederlandse gebruikers.",
      period: "tot 9 mrt 2021",
    },
    "skyecc.messages.decrypted.prosecutor": {
      measure: "aandeel van de onderschepte Sky ECC-berichten dat al ontsleuteld is",
      note: "‘De helft’ van de onderschepte berichten, op 9 maart 2021.",
      period: "tot 9 mrt 2021",
    },
    "skyecc.messages.intercepted.europol": {
      measure: "onderschepte Sky ECC-berichten, volgens Europol",
      note: "Er is geen exact aantal gegeven.",
      period: "tot 9 mrt 2021",
      value: "Honderden miljoenen berichten",
    },
    "skyecc.messages.nl.dutch-police": {
      measure: "onderschepte Sky ECC-berichten van Nederlandse gebruikers",
      note: "Nederlandse politie.",
      period: "tot 9 mrt 2021",
    },
    "skyecc.messages.perday.europol": {
      measure: "Sky ECC-berichten uitgewisseld per dag",
      note: "Dagelijks verkeer op het netwerk.",
    },
    "skyecc.price.year.prosecutor": {
      measure: "prijs van een Sky ECC-abonnement, een jaar",
      note: "Belgisch federaal parket (2022). Een blog gaf US$ 1.200–2.000 per zes maanden en telefoons van € 900–2.000; de Spaanse politie (2025) gaf ook € 600 per drie maanden.",
    },
    "skyecc.price.3months.prosecutor": {
      measure: "prijs van een Sky ECC-abonnement, drie maanden",
      note: "Belgisch federaal parket (2022).",
    },
    "skyecc.handset.price.prosecutor": {
      measure: "prijs van een Sky ECC-toestel",
      note: "Belgisch federaal parket (2022): toestellen waren er vanaf deze prijs.",
    },
    "skyecc.bounty.usd": {
      measure: "premie die Sky ECC uitloofde voor wie het kon kraken",
      note: "Uitgeloofd op de website van Sky ECC; volgens De Standaard grapte het federaal parket dat de politie haar rekeningnummer zou opsturen. NU.nl meldt de beloning zonder bedrag.",
      period: "uitgeloofd vóór 2021, gemeld in mrt 2021",
    },
    "skyecc.bounty.eur": {
      measure: "premie die Sky ECC uitloofde voor wie het kon kraken, in euro",
      note: "De bron rekende de US$ 5 miljoen zelf om.",
      period: "uitgeloofd vóór 2021, gemeld in mrt 2021",
    },
    "skyecc.base.europol": {
      measure: "van waaruit Sky ECC werd gerund",
      note: "Een Amerikaanse tenlastelegging (gemeld door Borderland Beat) noemt het in Vancouver gevestigde Sky Global, met servers in Canada en Frankrijk.",
      value: "Gerund vanuit de Verenigde Staten en Canada, met servers in Europa",
    },
    // Na de operatie
    "aftermath.be.2022-03.cases.new": {
      measure: "nieuwe onderzoeken geopend op basis van Sky ECC-berichten",
      note: "Federaal parket, na een jaar.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.cases.enriched": {
      measure: "bestaande onderzoeken verrijkt met Sky ECC-berichten",
      note: "Federaal parket, na een jaar.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.arrested": {
      measure: "verdachten gearresteerd of verhoord",
      note: "Federaal parket, na een jaar; velen van hen in voorlopige hechtenis in afwachting van hun proces.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.suspects.standaard": {
      measure: "geïdentificeerde verdachten",
      note: "De Standaard, naar het federaal parket; de FOD Justitie gaf 2.000 voor dezelfde mijlpaal.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.suspects.justice": {
      measure: "geïdentificeerde verdachten",
      note: "De Belgische ministers van Justitie en Binnenlandse Zaken (2.000 verdachten geïdentificeerd, 888 gearresteerd); De Standaard gaf 4.000 voor dezelfde mijlpaal.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.drugs": {
      measure: "drugs in beslag genomen in Sky ECC-onderzoeken, vooral cocaïne",
      note: "Alle drugs, niet alleen cocaïne.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.drugs.value": {
      measure: "straatwaarde van de in beslag genomen drugs",
      note: "Schatting van het federaal parket.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2022-03.money": {
      measure: "in beslag genomen geld en vermogen",
      note: "Met inbegrip van luxewagens; De Standaard en La Libre zeggen allebei bijna (‘bijna’, ‘près de’) € 60 miljoen.",
      period: "tot mrt 2022",
    },
    "aftermath.be.2023-03.cases": {
      measure: "Sky ECC-onderzoeken in totaal",
      note: "Balans na twee jaar.",
      period: "tot mrt 2023",
    },
    "aftermath.be.2023-03.suspects": {
      measure: "verdachten",
      note: "Balans na twee jaar.",
      period: "tot mrt 2023",
    },
    "aftermath.be.2023-03.money": {
      measure: "in beslag genomen geld en vermogen",
      note: "Balans na twee jaar.",
      period: "tot mrt 2023",
    },
    "aftermath.be.2023-03.judgments.final": {
      measure: "definitieve vonnissen",
      note: "Vonnissen waartegen geen beroep meer mogelijk is; vonnissen zijn geen telling van veroordeelde personen.",
      period: "tot mrt 2023",
    },
    "aftermath.be.2023-03.judgments.nonfinal": {
      measure: "nog niet definitieve vonnissen",
      note: "Vonnissen waartegen nog beroep mogelijk is.",
      period: "tot mrt 2023",
    },
    "aftermath.be.2023-12.cases": {
      measure: "Sky ECC-onderzoeken in totaal",
      note: "FOD Justitie, december 2023; de provincie Antwerpen telt er de meeste.",
      period: "tot dec 2023",
    },
    "aftermath.be.2023-12.suspects": {
      measure: "verdachten",
      note: "Verdachten in onderzoek.",
      period: "tot dec 2023",
    },
    "aftermath.be.2023-12.money": {
      measure: "in beslag genomen geld en vermogen",
      note: "FOD Justitie, december 2023.",
      period: "tot dec 2023",
    },
    "aftermath.be.2023-12.convictions": {
      measure: "veroordelingen",
      note: "De kaap van 1.000 werd in december 2023 bereikt; aan het begin van het jaar waren het er 344.",
      period: "tot dec 2023",
    },
    "aftermath.be.2024-03.cases": {
      measure: "Sky ECC-onderzoeken in totaal",
      note: "Federale politie, na drie jaar; twee op de drie zaken lagen bij het Antwerpse parket.",
      period: "tot mrt 2024",
    },
    "aftermath.be.2024-03.suspects": {
      measure: "verdachten",
      note: "Federale politie, na drie jaar; in de Antwerpse zaken alleen al werden 3.720 mensen vervolgd.",
      period: "tot mrt 2024",
    },
    "aftermath.be.2024-03.money": {
      measure: "in beslag genomen geld en vermogen",
      note: "Federale politie, na drie jaar.",
      period: "tot mrt 2024",
    },
    "aftermath.be.2024-03.convictions": {
      measure: "veroordelingen",
      note: "Federale politie: veroordeelde personen, na drie jaar.",
      period: "tot mrt 2024",
    },
    "aftermath.be.2024-10.cases": {
      measure: "Sky ECC-onderzoeken in totaal",
      note: "Federale politie, vóór het vonnis in het Encro-proces.",
      period: "tot 28 okt 2024",
    },
    "aftermath.be.2024-10.prosecuted": {
      measure: "vervolgde personen",
      note: "Federale politie, vóór het vonnis in het Encro-proces; niet dezelfde telling als de verdachten.",
      period: "tot 28 okt 2024",
    },
    "aftermath.be.2024-10.money": {
      measure: "in beslag genomen geld en vermogen",
      note: "Federale politie (Bruzz gaf dezelfde € 239 miljoen). Hoger dan het cijfer na vijf jaar van februari 2026 (€ 224 miljoen): politie en parket tellen wellicht anders.",
      period: "tot 28 okt 2024",
    },
    "aftermath.be.2024-10.judgments": {
      measure: "vonnissen",
      note: "Federale politie, vóór het vonnis in het Encro-proces; definitieve en niet-definitieve samen.",
      period: "tot 28 okt 2024",
    },
    "aftermath.be.2024-10.prison": {
      measure: "uitgesproken celstraffen, in totaal",
      note: "Federale politie, vóór het vonnis in het Encro-proces.",
      period: "tot 28 okt 2024",
    },
    "aftermath.be.2026-02.cases": {
      measure: "Sky ECC-onderzoeken in totaal",
      note: "Balans na vijf jaar: nieuwe en verrijkte onderzoeken samen.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.cases.new": {
      measure: "nieuwe onderzoeken geopend op basis van Sky ECC-berichten",
      note: "Balans na vijf jaar.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.cases.enriched": {
      measure: "bestaande onderzoeken verrijkt met Sky ECC-berichten",
      note: "Balans na vijf jaar.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.suspects": {
      measure: "verdachten",
      note: "Balans na vijf jaar.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.money": {
      measure: "in beslag genomen geld en vermogen",
      note: "Lager dan de € 239 miljoen die Bruzz in oktober 2024 meldde; de afbakening verschilt misschien.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.convictions": {
      measure: "veroordelingen",
      note: "Balans na vijf jaar.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.prison": {
      measure: "uitgesproken celstraffen, in totaal",
      note: "Som van de opgelegde celstraffen, in 178 rechterlijke beslissingen.",
      period: "tot feb 2026",
    },
    "aftermath.be.2026-02.decisions": {
      measure: "rechterlijke beslissingen",
      note: "Balans na vijf jaar; veel zaken liepen nog of waren in beroep.",
      period: "tot feb 2026",
    },
    // In beslag genomen cocaïne per land
    "seized.eu.2019.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "EMCDDA European Drug Report 2021, geciteerd door de Europese Commissie.",
    },
    "seized.eu.2020.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "EMCDDA en Europol; een record, voor het vierde jaar op rij. België, Nederland en Spanje namen bijna drie kwart in beslag.",
    },
    "seized.eu.2021.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "EMCDDA European Drug Report 2023.",
    },
    "seized.eu.2022.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    "seized.eu.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025: een record, voor het zevende jaar op rij; België, Spanje en Nederland namen 72% in beslag.",
    },
    "seized.be.2019.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "EMCDDA European Drug Report 2021: 30% van het EU-totaal.",
    },
    "seized.be.2020.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "Gegevens van het EMCDDA; het hoogste van alle rapporterende landen dat jaar.",
    },
    "seized.be.2021.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "Voorlopige gegevens van het EMCDDA: bijna 92 t, vrijwel alles in de haven van Antwerpen.",
    },
    "seized.be.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025. Er is geen nationaal totaal van de Belgische overheid voor 2023 vastgelegd (de haven van Antwerpen alleen: 116 t volgens de douane).",
    },
    "seized.nl.2019.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Het totaal van de Nederlandse douane voor 2019, 38.000 kg (50% meer dan in 2018), zoals NRC meldde bij de halfjaarcijfers van de douane in juli 2020. De verandering van ongeveer 24% in het persbericht over 2020 komt neer op ongeveer 38,7 t; gegevens van het EMCDDA via Statista op ongeveer 39 t. Rijnmond (januari 2020) gaf 38.000 kg voor de haven van Rotterdam alleen.",
    },
    "seized.nl.2020.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane, in de Nederlandse zeehavens en op Schiphol: ‘48.000 kilo’ (overnames van hetzelfde persbericht door het ANP zeggen ‘ruim’ (meer dan) 48.000 kg). Nog eens 67 t op weg naar Nederland werd in het buitenland in beslag genomen. NH Nieuws gaf later 49.000 kg voor heel 2020; gegevens van het EMCDDA 48,89 t.",
    },
    "seized.nl.2020.change-on-2019.customs": {
      measure:
        "verandering van de door de Nederlandse douane in beslag genomen cocaïne tegenover het jaar ervoor",
      note: "Nederlandse douane: 2020 lag ongeveer 24% boven 2019.",
    },
    "seized.nl.2020.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "Gegevens van het EMCDDA.",
    },
    "seized.nl.2021.customs": {
      measure: "in beslag genomen cocaïne tot Kerstmis (deel van het jaar)",
      note: "Voorlopig cijfer van de Nederlandse douane voor een deel van het jaar: bijna 68.000 kg tot Kerstmis 2021 (‘bijna’ bij NH Nieuws; overnames van de NOS zeggen 68.000 kg). Er is geen definitief totaal voor 2021 vastgelegd. Het Rotterdamse HARC-team alleen meldde 70,571 t voor 2021, meer dan dit nationale cijfer: de twee tellen verschillend.",
      period: "2021 (tot 25 dec)",
    },
    "seized.nl.2022.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane (51.447 kg), bij de vergelijking met 2023; de Nationale Drug Monitor rondt af op 51.000 kg.",
    },
    "seized.nl.2023.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane (59.116 kg); het EUDA geeft 59 t, DutchNews (2026) ongeveer 60 t.",
    },
    "seized.nl.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    "seized.nl.2024.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane, zeehavens en luchthavens, zoals gegeven in januari 2026; het ANP (januari 2025) gaf 38.000 kg ‘drugs’ tegenover bijna 60 t cocaïne in 2023. Er is geen primair persbericht van de douane over 2024 gevonden.",
    },
    "seized.nl.2025.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane, zeehavens en luchthavens (persbericht van 22 januari 2026): meer dan een derde minder dan in 2024, nu smokkelaars hun routes verleggen.",
    },
    "seized.de.2019.bka": {
      measure: "in beslag genomen cocaïne",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2019; de grootste vangst was 4,5 t in de haven van Hamburg.",
    },
    "seized.de.2020.bka": {
      measure: "in beslag genomen cocaïne",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021 (vergelijking met 2020).",
    },
    "seized.de.2021.bka": {
      measure: "in beslag genomen cocaïne",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021.",
    },
    "seized.de.2022.bka": {
      measure: "in beslag genomen cocaïne",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023 (vergelijking met 2022).",
    },
    "seized.de.2023.bka": {
      measure: "in beslag genomen cocaïne",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023; het EUDA geeft ook 43 t.",
    },
    "seized.de.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    "seized.de.2024.bka": {
      measure: "in beslag genomen cocaïne",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2024, zoals samengevat door inside bw (het document van het BKA is niet ingezien); minder dan de ongeveer 43 t van 2023.",
    },
    "seized.de.2024.zoll": {
      measure: "cocaïne in beslag genomen door de Duitse douane",
      note: "De Duitse douane alleen (Zoll Jahresbilanz 2024), van ongeveer 32 t drugs in totaal; niet het totaal van alle diensten van het BKA.",
    },
    "seized.es.2019.govt": {
      measure: "in beslag genomen cocaïne",
      note: "Spaanse regering, schriftelijk antwoord aan het parlement (37.868 kg).",
    },
    "seized.es.2020.govt": {
      measure: "in beslag genomen cocaïne",
      note: "Spaanse regering, schriftelijk antwoord aan het parlement (36.948 kg); gegevens van het EMCDDA geven 36,9 t, HLN meldde 38 t.",
    },
    "seized.es.2020.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "Gegevens van het EMCDDA.",
    },
    "seized.es.2021.govt": {
      measure: "in beslag genomen cocaïne",
      note: "Spaanse regering, schriftelijk antwoord aan het parlement (49.159 kg).",
    },
    "seized.es.2022.govt": {
      measure: "in beslag genomen cocaïne",
      note: "Spaanse regering, schriftelijk antwoord aan het parlement (57.790 kg); de statistieken van CITCO geven 58.334 kg.",
    },
    "seized.es.2022.citco": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarlijkse drugsstatistieken van CITCO (inlichtingencentrum van het ministerie van Binnenlandse Zaken).",
    },
    "seized.es.2023.govt": {
      measure: "in beslag genomen cocaïne",
      note: "Spaanse regering, schriftelijk antwoord aan het parlement (117.713 kg); het officiële cijfer van het ministerie van Binnenlandse Zaken (117 t, El País, 17 december 2024) stemt overeen. Het EUDA geeft 118 t, het nationale veiligheidsrapport (voorlopig) 141,8 t.",
    },
    "seized.es.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    "seizure.es.2024-10.algeciras": {
      measure: "grootste afzonderlijke vangst van cocaïne ooit in Spanje",
      note: "Spaanse nationale politie, via dpa: gevonden in bananen uit Ecuador; geciteerd in het European Drug Report 2025 van het EUDA.",
    },
    "seized.es.2023.natsec": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarlijks nationaal veiligheidsrapport, voorlopig (141.765 kg, ongeveer 141,8 t); hoger dan zowel het antwoord van de regering als het EUDA.",
    },
    "seized.fr.2019.customs": {
      measure: "cocaïne in beslag genomen door de Franse douane",
      note: "De Franse douane alleen (27,8% minder dan in 2018); er is geen nationaal totaal voor 2019 gevonden.",
    },
    "seized.fr.2020.ofast": {
      measure: "in beslag genomen cocaïne",
      note: "Afgeleid uit het OFAST-totaal van de in 2021 in beslag genomen cocaïne en de verandering tegenover 2020 (ongeveer 13,1 t); gegevens van het EMCDDA via Statista tonen ongeveer 13 t. Berekend, niet gepubliceerd: seized.fr.2021.ofast / (1 + seized.fr.2021.change-on-2020.ofast).",
    },
    "seized.fr.2021.ofast": {
      measure: "in beslag genomen cocaïne",
      note: "OFAST (Franse antidrugsdienst), via Le Parisien. De eerste schatting van de minister van Binnenlandse Zaken in januari 2022 was 23 t.",
    },
    "seized.fr.2021.change-on-2020.ofast": {
      measure: "verandering van de in beslag genomen cocaïne tegenover het jaar ervoor",
      note: "OFAST: 2021 lag bijna 102% boven 2020.",
    },
    "seized.fr.2021.interior-prelim": {
      measure: "in beslag genomen cocaïne",
      note: "Eerste schatting, aangekondigd door de minister van Binnenlandse Zaken in januari 2022; het latere totaal van OFAST is 26,5 t.",
    },
    "seized.fr.2022.interior": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarbalans van het Franse ministerie van Binnenlandse Zaken; franceinfo meldt meer dan 27 t, 5% meer dan in 2021.",
    },
    "seized.fr.2023.ofast": {
      measure: "in beslag genomen cocaïne",
      note: "OFAST, zoals gemeld door BFMTV; het EUDA geeft 23 t.",
    },
    "seized.fr.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    "seized.it.2019.dcsa-2020": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag 2020 van de DCSA, het eerste verslag over 2019. Het volgende verslag geeft 8,2 t: de gepubliceerde vork is 8,2–8,4 t.",
    },
    "seized.it.2019.dcsa-2021": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag 2021 van de DCSA, dat 2019 herziet. Het eerste verslag gaf 8,4 t: de gepubliceerde vork is 8,2–8,4 t.",
    },
    "seized.it.2020.dcsa": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag 2021 van de DCSA; latere verslagen van de DCSA geven tot 13,6 t (vork 13,4–13,6 t).",
    },
    "seized.it.2021.dcsa": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag 2022 van de DCSA; een latere herziening van de DCSA geeft 20.075 kg (vork 20,1–20,7 t).",
    },
    "seized.it.2022.dcsa": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag 2023 van de DCSA; een record. Er is geen cijfer voor 2023 gevonden.",
    },
    "seized.pt.2019.pj": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag van de Polícia Judiciária (10.567,66 kg, ongeveer 10,57 t).",
    },
    "seized.pt.2020.rasi": {
      measure: "in beslag genomen cocaïne",
      note: "Jaarverslag over de binnenlandse veiligheid (RASI).",
    },
    "seized.pt.2021.pj": {
      measure: "in beslag genomen cocaïne",
      note: "Het exacte cijfer is niet gemeld: de Polícia Judiciária zei dat de meer dan 16 t van 2022 zes ton meer was dan in 2021.",
    },
    "seized.pt.2022.pj": {
      measure: "in beslag genomen cocaïne",
      note: "Voorlopig cijfer van de Polícia Judiciária; het EUDA geeft 17 t.",
    },
    "seized.pt.2022.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    "seized.pt.2023.pj": {
      measure: "in beslag genomen cocaïne",
      note: "Verslag over de drugshandel in Portugal; het EUDA geeft 22 t.",
    },
    "seized.pt.2023.euda": {
      measure: "in beslag genomen cocaïne",
      note: "EUDA European Drug Report 2025.",
    },
    // De havens
    "port.antwerp.2019.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane (FOD Financiën), via AFP.",
    },
    "port.antwerp.2019.rijnmond": {
      measure: "in beslag genomen cocaïne",
      note: "Het cijfer van de Belgische douane zoals Rijnmond het meldde bij de gezamenlijke Belgisch-Nederlandse resultaten; AFP gaf 62,1 t.",
    },
    "port.antwerp.2020.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane (FOD Financiën), via AFP; 14 keer de hoeveelheid van 2013.",
    },
    "port.antwerp.2021.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane, via AFP; het EMCDDA rondt 2021 af op 91 t.",
    },
    "port.antwerp.2021.emcdda": {
      measure: "in beslag genomen cocaïne",
      note: "EMCDDA European Drug Report 2023; de Belgische douane gaf 89,5 t.",
    },
    "port.antwerp.2022.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane, via AFP; het eerste jaar boven 100 t. Er is geen Belgisch nationaal totaal voor 2022 gevonden.",
    },
    "port.antwerp.2023.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane, bekendgemaakt door de minister van Financiën; 5% meer dan in 2022.",
    },
    "port.antwerp.2023.europol-spokesperson": {
      measure: "in beslag genomen cocaïne",
      note: "Een woordvoerder van Europol (2024) gaf 121 t voor de haven van Antwerpen. Betwist: de Belgische douane maakte in januari 2024 116 t bekend (AFP houdt 116 t aan), terwijl berichten van Belga uit 2025 en 2026 ook 121 t, of meer dan 120 t, voor de haven geven. Elke waarde blijft bij haar bron.",
    },
    "port.antwerp.2023.belga": {
      measure: "in beslag genomen cocaïne",
      note: "Belga (januari 2025), bij de vergelijking van 2024 met 2023; het cijfer van de douane van januari 2024 was 116 t, en AFP houdt 116 t aan. Ofwel herzag de douane 2023 naar boven, ofwel verschillen de berichten; geen primaire bron beslecht het.",
    },
    "port.antwerp.2024.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane, persconferentie van 9 januari 2025: de eerste daling in meer dan tien jaar. Belga en AFP stemmen overeen over 44 t; voor 2023 zegt Belga 121 t, AFP 116 t.",
    },
    "port.antwerp.2025.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Belgische douane (verslag van de FOD Financiën), cocaïne uit Zuid-Amerika: ongeveer 55 t, tegenover 44 t in 2024. Beide verslagen geven voor 2023 meer dan 120 t.",
    },
    "port.rotterdam.2019.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team, bekendgemaakt door het Rotterdamse OM (33.732 kg); bijna het dubbele van 2018.",
    },
    "port.rotterdam.2019.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Gezamenlijke Belgisch-Nederlandse resultaten van de douane (38 duizend kilo); het HARC-team telde 33.732 kg: een andere afbakening.",
    },
    "port.rotterdam.2020.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team, bekendgemaakt door het Rotterdamse OM (40.641 kg), bijna 7.000 kg meer dan in 2019.",
    },
    "port.rotterdam.2021.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team, bekendgemaakt door het Rotterdamse OM in januari 2022; een record. In januari 2023 gaf het OM 72,808 t voor 2021.",
    },
    "port.rotterdam.2021.change-on-2020.om": {
      measure:
        "verandering van de door het HARC-team in beslag genomen cocaïne tegenover het jaar ervoor",
      note: "Rotterdamse OM: 2021 lag 74% boven 2020.",
    },
    "port.rotterdam.2021.om-revised": {
      measure: "in beslag genomen cocaïne",
      note: "Het cijfer van het HARC-team voor 2021 zoals het Rotterdamse OM het in januari 2023 opnieuw gaf; eerst bekendgemaakt als 70,571 t.",
    },
    "port.rotterdam.2021-11.om": {
      measure: "in beslag genomen cocaïne",
      note: "Alleen een deel van het jaar (tot eind november 2021).",
      period: "2021 (tot 27 nov)",
    },
    "port.rotterdam.2022.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team, bekendgemaakt door het Rotterdamse OM. Het gezamenlijke Belgisch-Nederlandse persbericht van de douane gaf 52,5 t, Le Soir ongeveer 50 t: een andere afbakening.",
    },
    "port.rotterdam.2022.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Gezamenlijke Belgisch-Nederlandse resultaten van de douane, via AFP; het HARC-team telt 46,789 t.",
    },
    "port.rotterdam.2022.lesoir": {
      measure: "in beslag genomen cocaïne",
      note: "Le Soir over het cijfer van de Nederlandse douane, afgerond; 29% minder dan in 2021.",
    },
    "port.rotterdam.2023.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team, bekendgemaakt door het Rotterdamse OM.",
    },
    "port.rotterdam.2024.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team (25.900 kg, tegenover 45.506 kg in 2023): de derde daling op rij. De Nederlandse douane gaf later ongeveer 25 t.",
    },
    "port.rotterdam.2024.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane (25.000 kg), gegeven in januari 2026 ter vergelijking; het HARC-team telt 25.900 kg.",
    },
    "port.rotterdam.2025.om": {
      measure: "in beslag genomen cocaïne",
      note: "HARC-team (11.466 kg), minder dan de helft van 2024: de vierde daling op rij. De Nederlandse douane geeft 11.500 kg.",
    },
    "port.rotterdam.2025.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Nederlandse douane (11.500 kg), via RTV Rijnmond; het HARC-team telt 11.466 kg.",
    },
    "port.hamburg.2019.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Hauptzollamt Hamburg, vooral in de haven van Hamburg; Hamburg en Bremerhaven samen: 9,5 t.",
    },
    "port.hamburg.2020.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Alle Duitse containerhavens aan de Noordzee en de Oostzee (ongeveer 8,1 t), niet de haven van Hamburg alleen. De douane van Hamburg publiceerde geen totaal voor 2020: in december 2020 zei het Zollfahndungsamt alleen dat 2020 het recordniveau van 2019 zou halen, en in mei 2022 gaf het voor 2021 precies 11,023 t meer dan in 2020. Berekend, niet gepubliceerd: port.hamburg.2021.customs - port.hamburg.2021.increase-on-2020.customs.",
    },
    "port.hamburg.2021.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Zollfahndungsamt Hamburg: alle Duitse containerhavens aan de Noordzee en de Oostzee, met inbegrip van de 16 t die in februari 2021 in Hamburg werd gevonden (ongeveer 19,1 t).",
    },
    "port.hamburg.2021.increase-on-2020.customs": {
      measure: "toename van de in beslag genomen cocaïne tegenover het jaar ervoor",
      note: "Zollfahndungsamt Hamburg: 2021 lag 11,023 t boven 2020, met dezelfde afbakening.",
    },
    "port.hamburg.2022.customs-prelim": {
      measure: "in beslag genomen cocaïne",
      note: "Voorlopig cijfer van de douane van Hamburg van december 2022; de definitieve telling, met Bremerhaven, is 13 t.",
    },
    "port.hamburg.2022.customs": {
      measure: "in beslag genomen cocaïne",
      note: "Hauptzollamt Hamburg, Duitse zeehavens met inbegrip van Bremerhaven.",
    },
    "port.hamburg.2023.customs": {
      measure: "in beslag genomen cocaïne",
      note: "De haven van Hamburg alleen; met Bremerhaven (2 t) ongeveer 35 t. Het federale ministerie van Binnenlandse Zaken en dpa zeiden ongeveer 34 t.",
    },
    "port.hamburg.2023.customs-with-bremerhaven": {
      measure: "cocaïne in beslag genomen in de havens van Hamburg en Bremerhaven",
      note: "Hauptzollamt Hamburg: 33 t in Hamburg en 2 t in Bremerhaven.",
    },
    "port.antwerp.2024-h1.customs": {
      measure: "cocaïne in beslag genomen door de douane, eerste helft van het jaar",
      note: "Halfjaarlijks persbericht van de Belgische douane uit 2025, in vergelijking met 2024: 62 vangsten, gemiddeld 359 kg per vangst.",
    },
    "port.antwerp.2025-h1.customs": {
      measure: "cocaïne in beslag genomen door de douane, eerste helft van het jaar",
      note: "Belgische douane: meer vangsten (82) maar kleinere, gemiddeld 204 kg. Belangrijkste herkomst: Brazilië, Panama, Costa Rica, Suriname, Nicaragua.",
    },
    "port.antwerp.2024-h1.seizures": {
      measure: "inbeslagnames van cocaïne door de douane, eerste helft van het jaar",
      note: "Halfjaarlijks persbericht van de Belgische douane uit 2025.",
    },
    "port.antwerp.2025-h1.seizures": {
      measure: "inbeslagnames van cocaïne door de douane, eerste helft van het jaar",
      note: "Halfjaarlijks persbericht van de Belgische douane uit 2025.",
    },
    "port.antwerp.2023.offences": {
      measure: "overtredingen met cocaïne vastgesteld door de douane",
      note: "AFP over de resultaten van de douane over 2024, in vergelijking met 2023.",
    },
    "port.antwerp.2024.offences": {
      measure: "overtredingen met cocaïne vastgesteld door de douane",
      note: "AFP: meer overtredingen maar veel minder grote vangsten; smokkel in kleinere zendingen.",
    },
    "port.antwerp.2023.seizures-2t": {
      measure: "inbeslagnames van cocaïne van minstens twee ton",
      note: "AFP over de resultaten van de douane over 2024, in vergelijking met 2023.",
    },
    "port.antwerp.2024.seizures-2t": {
      measure: "inbeslagnames van cocaïne van minstens twee ton",
      note: "AFP over de resultaten van de douane over 2024.",
    },
    "intercepted.latam-to-be.2023.afp": {
      measure: "cocaïne op weg naar Antwerpen onderschept in Latijns-Amerikaanse havens",
      note: "AFP; Belga gaf 80 t voor 2023. De bronnen spreken elkaar tegen en er wordt geen gekozen.",
    },
    "intercepted.latam-to-be.2023.belga": {
      measure: "cocaïne op weg naar België onderschept in bron- en transitlanden",
      note: "Belga; AFP gaf 45 t voor 2023. De bronnen spreken elkaar tegen en er wordt geen gekozen.",
    },
    "intercepted.latam-to-be.2024.afp": {
      measure: "cocaïne op weg naar Antwerpen onderschept in Latijns-Amerikaanse havens",
      note: "AFP; Belga gaf 91 t, The Brussels Times (juli 2025) 81 t. De bronnen spreken elkaar tegen en er wordt geen gekozen.",
    },
    "intercepted.latam-to-be.2024.belga": {
      measure: "cocaïne op weg naar België onderschept in bron- en transitlanden",
      note: "Belga; AFP gaf 81,4 t. De bronnen spreken elkaar tegen en er wordt geen gekozen.",
    },
    "intercepted.latam-to-be.2024-h1": {
      measure: "cocaïne op weg naar België onderschept in Zuid-Amerika, eerste helft van het jaar",
      note: "The Brussels Times (Belga), in vergelijking met 2025; een bericht van juli 2024 gaf 15,8 t voor hetzelfde halfjaar.",
    },
    "intercepted.latam-to-be.2025-h1": {
      measure: "cocaïne op weg naar België onderschept in Zuid-Amerika, eerste helft van het jaar",
      note: "The Brussels Times (Belga).",
    },
    "port.rotterdam.2023.uithalers": {
      measure: "mensen gearresteerd voor het uithalen van drugs uit containers",
      note: "OM en HARC-team, via het ANP, bij de vergelijking van 2024 met 2023.",
    },
    "port.rotterdam.2024.uithalers": {
      measure: "mensen gearresteerd voor het uithalen van drugs uit containers",
      note: "OM en HARC-team, via het ANP; 59 van hen waren minderjarig, de jongste 14.",
    },
    "port.vlissingen.2024.om": {
      measure: "in beslag genomen cocaïne",
      note: "OM en HARC-team (januari 2026). Een andere afbakening geeft andere getallen: 12.664 kg voor alle havens van Zeeland-West-Brabant (OM, januari 2025), bijna 9,6 t (Nederlandse douane).",
    },
    "port.vlissingen.2024.customs": {
      measure: "cocaïne in beslag genomen door de Nederlandse douane",
      note: "Nederlandse douane via DutchNews; het OM en het HARC-team tellen 8.939 kg.",
    },
    "port.vlissingen.2025.om": {
      measure: "in beslag genomen cocaïne",
      note: "OM en HARC-team (januari 2026).",
    },
    "nl.seaports.2023-h1.customs": {
      measure:
        "cocaïne in beslag genomen door de douane in Nederlandse zeehavens, eerste helft van het jaar",
      note: "Nederlandse douane, via de NOS, in vergelijking met 2024.",
    },
    "nl.seaports.2024-h1.customs": {
      measure:
        "cocaïne in beslag genomen door de douane in Nederlandse zeehavens, eerste helft van het jaar",
      note: "Nederlandse douane, via de NOS: 42% minder dan een jaar eerder; de grootste vangst was 3.600 kg in Vlissingen.",
    },
    "nl.seaports.2025-h1.customs": {
      measure:
        "cocaïne in beslag genomen door de douane in Nederlandse zeehavens, eerste helft van het jaar",
      note: "Nederlandse douane, via het ANP: 400 kg minder dan een jaar eerder; met inbegrip van een record van 4.500 kg in de haven van Amsterdam en 4.140 kg in Vlissingen.",
    },
    "port.rotterdam.2025-h1.customs": {
      measure: "cocaïne in beslag genomen door de douane, eerste helft van het jaar",
      note: "Nederlandse douane, via het ANP. Andere berichten geven meer dan 7.000 kg of zeven ton voor hetzelfde halfjaar: de berichten spreken elkaar tegen.",
    },
    "port.hamburg.2024.announced-count": {
      measure:
        "cocaïne gevonden in de haven, opgeteld uit de vangsten die douane en politie bekendmaakten",
      note: "Geen officieel jaartotaal: dpa telde de vangsten op die tot Kerstmis werden bekendgemaakt (2023: ongeveer 34 t); de douane van Hamburg wilde geen voorlopig cijfer geven. Er is geen officieel totaal voor 2024 of 2025 voor de haven gevonden.",
      period: "2024 (tot 25 dec)",
    },
    // Processen
    "trial.encro.2024-10-29.convicted": {
      measure: "beklaagden veroordeeld in het Encro-proces (eerste aanleg)",
      note: "Brusselse correctionele rechtbank: 115 personen en 4 bedrijven, met celstraffen van 14 maanden tot 17 jaar (Reuters). Het grootste strafproces in België.",
    },
    "trial.encro.2024-10-29.acquitted": {
      measure: "beklaagden vrijgesproken in het Encro-proces (eerste aanleg)",
      note: "Brusselse correctionele rechtbank.",
    },
    "trial.encro.2024-10-29.prison": {
      measure: "uitgesproken celstraffen in het Encro-proces, in totaal",
      note: "Ongeveer 700 jaar (BX1, belgiquefois); Bruzz meldde 800 jaar: de berichten spreken elkaar tegen.",
    },
    "trial.encro.2024-10-29.confiscated": {
      measure: "bevolen verbeurdverklaringen in het Encro-proces",
      note: "Ongeveer € 60 miljoen (BX1, belgiquefois); een nieuwsaggregator gaf € 65 miljoen.",
    },
    "trial.encro.appeal.retried": {
      measure: "in het Encro-proces veroordeelde personen die in beroep opnieuw worden berecht",
      note: "Hof van beroep van Brussel. Het parket vroeg de meeste straffen te bevestigen en er vijf te verzwaren.",
    },
    "trial.encro.appeal.opened": {
      measure: "eerste dag van het Encro-proces in beroep",
      note: "Hof van beroep van Brussel.",
    },
    "trial.encro.appeal.closed": {
      measure: "laatste zittingsdag van het Encro-proces in beroep",
      note: "Na zeven weken zittingen.",
    },
    "trial.encro.appeal.judgment-expected": {
      measure: "maand waarin het arrest in beroep in het Encro-proces werd verwacht",
      note: "Verwacht, zoals aangekondigd bij het sluiten van de debatten; het arrest zelf is niet gevonden.",
    },
    "trial.fr.paris.sent-to-trial": {
      measure:
        "personen doorverwezen naar de rechtbank, de bijzondere Cour d'assises van Parijs (makers en verdelers van Sky ECC)",
      note: "Verwijzingsbeschikking van augustus 2024; onder hen de topman van Sky Global. De afloop van de Parijse zaak is niet gevonden.",
    },
    "trial.fr.paris.charged": {
      measure:
        "van hen, personen die tijdens het onderzoek in persoon in verdenking werden gesteld",
      note: "De andere 18 werden met een arrestatiebevel gezocht.",
    },
    "trial.fr.paris.warrants": {
      measure: "van hen, personen die nog met een arrestatiebevel worden gezocht",
      note: "Onder wie de topman van Sky Global.",
    },
    "trial.nl.distributors.2025-01.arrested": {
      measure: "personen gearresteerd voor het verdelen van Sky ECC-telefoons",
      note: "Nederlandse politie: twee mannen gearresteerd op Ibiza en in Alicante, een man en een vrouw in Amsterdam.",
    },
    "trial.nl.distributors.2025-01.crypto": {
      measure: "cryptomunten in beslag genomen bij verdelers van Sky ECC",
      note: "Nederlandse politie; ook vastgoed werd in beslag genomen.",
    },
  },
  // The changelog: keyed by version, then by figure id (or source id and field), as its English in src/data.
  changelog: {
    words: {
      added: "Toegevoegd ({count})",
      revised: "Herzien ({count})",
      withdrawn: "Ingetrokken ({count})",
      sourcesCorrected: "Gecorrigeerde bronnen ({count})",
      wasValue: "was {value}",
      sourcesLine: "Bronnen: {ids}.",
      fieldChange: "{field}: {old} → {new}",
      none: "geen",
      quoted: "‘{text}’",
      fields: { title: "titel", date: "datum" },
    },
    versions: {
      "2026-11-30": {
        summary:
          "Eerste gepubliceerde dataset: 193 cijfers uit 68 bronnen in acht tabellen van de catalogus (de dag van de operatie, recordvangsten, Sky ECC in cijfers, aandelen van gebruikers, vangsten per land en per haven 2019–2023, de Belgische nasleep, de factcheck).",
      },
      "2026-12-05": {
        summary:
          "Cijfers tot 2025 (havens, nationale totalen, halfjaren), de Sky ECC-processen en de correcties van de herziening van december 2026: gepubliceerde cijfers in plaats van berekende, voorbehouden zoals de bronnen ze geven, geen bronvermeldingen met een homepage meer.",
        figures: {
          "aftermath.be.2024-03.cases": WHY_NL.policeThreeYears,
          "aftermath.be.2024-03.suspects": WHY_NL.policeThreeYears,
          "aftermath.be.2024-03.money": WHY_NL.policeThreeYears,
          "aftermath.be.2024-03.convictions": WHY_NL.policeThreeYears,
          "aftermath.be.2024-10.cases": WHY_NL.policeOctober2024,
          "aftermath.be.2024-10.prosecuted": WHY_NL.policeOctober2024,
          "aftermath.be.2024-10.money": WHY_NL.policeOctober2024,
          "aftermath.be.2024-10.judgments": WHY_NL.policeOctober2024,
          "aftermath.be.2024-10.prison": WHY_NL.policeOctober2024,
          "aftermath.be.2026-02.decisions":
            "Nieuw detail van de balans na vijf jaar: het totaal aan celstraffen komt uit 178 rechterlijke beslissingen.",
          "seized.nl.2023.customs":
            "Het exacte cijfer van de Nederlandse douane voor 2023; de regel van de tabel, eerst het nationale cijfer, geldt nu ook voor 2023 (ze toonde de 59 t van het EUDA).",
          "seized.nl.2024.customs": "Nationaal totaal van de Nederlandse douane voor 2024.",
          "seized.nl.2025.customs": "Nationaal totaal van de Nederlandse douane voor 2025.",
          "seized.de.2024.bka":
            "Nationaal totaal van het BKA voor 2024 (alle diensten samen), zoals samengevat door inside bw.",
          "seized.de.2024.zoll":
            "Het eigen totaal van de Duitse douane voor 2024, apart gehouden van het totaal van het BKA voor alle diensten.",
          "seizure.es.2024-10.algeciras":
            "Grootste cocaïnevangst ooit in één keer in Spanje, geciteerd in het Europees Drugsrapport 2025 van het EUDA.",
          "port.antwerp.2019.rijnmond":
            "Vastgelegd als verschil tussen bronnen: de gezamenlijke douaneresultaten gaven 61,8 t voor Antwerpen in 2019, AFP 62,1 t.",
          "port.antwerp.2023.belga":
            "De 121 t van Belga voor de haven in 2023, in tegenspraak met de 116 t van de douane van januari 2024; beide cijfers worden bewaard.",
          "port.antwerp.2024.customs":
            "Totaal van de Belgische douane voor 2024 voor de haven van Antwerpen.",
          "port.antwerp.2025.customs":
            "Totaal van de Belgische douane voor 2025 voor de haven van Antwerpen.",
          "port.rotterdam.2019.customs":
            "Vastgelegd als verschil tussen bronnen: de gezamenlijke douaneresultaten gaven 38 t voor Rotterdam in 2019, het HARC-team 33,732 t.",
          "port.rotterdam.2024.om":
            "Totaal van het HARC-team voor 2024 voor de haven van Rotterdam.",
          "port.rotterdam.2024.customs":
            "Cijfer van de Nederlandse douane voor 2024 voor Rotterdam, naast dat van het HARC-team.",
          "port.rotterdam.2025.om":
            "Totaal van het HARC-team voor 2025 voor de haven van Rotterdam.",
          "port.rotterdam.2025.customs":
            "Cijfer van de Nederlandse douane voor 2025 voor Rotterdam, naast dat van het HARC-team.",
          "port.antwerp.2024-h1.customs": WHY_NL.antwerpHalfYear,
          "port.antwerp.2025-h1.customs": WHY_NL.antwerpHalfYear,
          "port.antwerp.2024-h1.seizures": WHY_NL.antwerpHalfYear,
          "port.antwerp.2025-h1.seizures": WHY_NL.antwerpHalfYear,
          "port.antwerp.2023.offences": WHY_NL.afpCustoms2024,
          "port.antwerp.2024.offences": WHY_NL.afpCustoms2024,
          "port.antwerp.2023.seizures-2t": WHY_NL.afpCustoms2024,
          "port.antwerp.2024.seizures-2t": WHY_NL.afpCustoms2024,
          "intercepted.latam-to-be.2023.afp": WHY_NL.latinAmerica,
          "intercepted.latam-to-be.2023.belga": WHY_NL.latinAmerica,
          "intercepted.latam-to-be.2024.afp": WHY_NL.latinAmerica,
          "intercepted.latam-to-be.2024.belga": WHY_NL.latinAmerica,
          "intercepted.latam-to-be.2024-h1": WHY_NL.southAmericaHalfYear,
          "intercepted.latam-to-be.2025-h1": WHY_NL.southAmericaHalfYear,
          "port.rotterdam.2023.uithalers": WHY_NL.retrievers,
          "port.rotterdam.2024.uithalers": WHY_NL.retrievers,
          "port.vlissingen.2024.om": WHY_NL.vlissingen,
          "port.vlissingen.2024.customs": WHY_NL.vlissingen,
          "port.vlissingen.2025.om": WHY_NL.vlissingen,
          "nl.seaports.2023-h1.customs": WHY_NL.seaportsHalfYear,
          "nl.seaports.2024-h1.customs": WHY_NL.seaportsHalfYear,
          "nl.seaports.2025-h1.customs": WHY_NL.seaportsHalfYear,
          "port.rotterdam.2025-h1.customs":
            "Halfjaarcijfer van de Nederlandse douane voor Rotterdam; andere berichten spreken het tegen (zie de noot).",
          "port.hamburg.2024.announced-count":
            "De telling door dpa van aangekondigde vangsten in Hamburg in 2024: geen officieel totaal, gemarkeerd als voorlopig.",
          "trial.encro.2024-10-29.convicted": WHY_NL.encroVerdict,
          "trial.encro.2024-10-29.acquitted": WHY_NL.encroVerdict,
          "trial.encro.2024-10-29.prison": WHY_NL.encroVerdict,
          "trial.encro.2024-10-29.confiscated": WHY_NL.encroVerdict,
          "trial.encro.appeal.retried": WHY_NL.encroAppeal,
          "trial.encro.appeal.opened": WHY_NL.encroAppeal,
          "trial.encro.appeal.closed": WHY_NL.encroAppeal,
          "trial.encro.appeal.judgment-expected": WHY_NL.encroAppeal,
          "trial.fr.paris.sent-to-trial": WHY_NL.parisCase,
          "trial.fr.paris.charged": WHY_NL.parisCase,
          "trial.fr.paris.warrants": WHY_NL.parisCase,
          "trial.nl.distributors.2025-01.arrested": WHY_NL.dutchDistributors,
          "trial.nl.distributors.2025-01.crypto": WHY_NL.dutchDistributors,
          "port.rotterdam.2020.om":
            "Was berekend uit de 70,571 t van 2021 en de verandering van 74% ten opzichte daarvan; het HARC-team publiceerde 40.641 kg voor 2020. Het gepubliceerde cijfer vervangt de berekening (en de verandering van 2021 ten opzichte van 2020 is niet langer circulair).",
          "seized.nl.2019.customs":
            "Waarde ongewijzigd; nu met het voorbehoud ‘ongeveer’: ze is afgeleid uit een verandering van ongeveer 24%. De eigen 38.000 kg van de Douane (NRC, juli 2020) was niet vastgelegd, en kan haar dus nog niet vervangen.",
          "seized.nl.2020.customs":
            "Waarde ongewijzigd; het voorbehoud ‘meer dan’ vervalt: het geciteerde bericht van De Telegraaf zegt ‘48.000 kilo’ (ANP-overnames zeggen ‘ruim’, meer dan).",
          "seized.nl.2021.customs":
            "Waarde ongewijzigd; in de omschrijving nu aangeduid als cijfer voor een deel van het jaar (tot Kerstmis 2021), en niet langer gebruikt voor een aandeel in het EU-totaal.",
          "seized.nl.2022.customs":
            "Het exacte cijfer van de Nederlandse douane (51.447 kg) vervangt het afgeronde ‘ongeveer 51 t’.",
          "seized.es.2023.govt":
            "Waarde ongewijzigd; niet langer voorlopig: het officiële cijfer van het Spaanse ministerie van Binnenlandse Zaken (117 t, El País, 17 december 2024) klopt ermee.",
          "seizure.antwerp.livephase":
            "Het eigen cijfer van het Antwerpse parket, 27,64 t, vervangt ‘ongeveer 27,6 t’; het cijfer is dat van het parket, niet langer geciteerd naar Le Vif (gegevens van het EMCDDA).",
          "seizure.antwerp.livephase.days":
            "Het Antwerpse parket sprak van 42 dagen, niet van ongeveer 40.",
          "seizure.antwerp.livephase.value":
            "Het Antwerpse parket sprak van € 1,382 miljard; ongeveer € 1,4 miljard was een afronding in overnames van Belga.",
          "article.skyecc.share.antwerp":
            "Waarde ongewijzigd; het artikel zegt ‘bijna’ 15%, niet ‘ongeveer’. Betrouwbaarheid verlaagd naar laag (de bewering staat in geen enkele bron).",
          "article.seized.de.16t":
            "Waarde ongewijzigd; plaats gecorrigeerd van ‘haven van Hamburg’ naar Duitsland, zoals het artikel zegt. Betrouwbaarheid verlaagd naar laag (het tijdstip wijkt af).",
          "article.op.nl.weapons":
            "Waarde ongewijzigd; eenheid gecorrigeerd van vuurwapens naar wapens: het artikel spreekt van ‘illegale wapens’, de Nederlandse politie van vuurwapens.",
          "aftermath.be.2022-03.money":
            "Waarde ongewijzigd; beide bronnen zeggen bijna (‘bijna’, ‘près de’) € 60 miljoen, niet ongeveer.",
          "skyecc.users.benl.prosecutor":
            "Waarde ongewijzigd; met het voorbehoud ‘ongeveer’, zoals de twee aantallen die ze optelt.",
          "skyecc.users.antwerp.prosecutor":
            "Waarde ongewijzigd; met het voorbehoud ‘ongeveer’, zoals het aantal van het parket waaruit ze komt.",
          "skyecc.users.worldwide.justice": WHY_NL.justicePage,
          "aftermath.be.2022-03.suspects.justice": WHY_NL.justicePage,
          "article.seized.be.17t": WHY_NL.claimConfidence,
          "article.seized.be.record": WHY_NL.claimConfidence,
          "article.seized.nl.7t": WHY_NL.claimConfidence,
          "article.op.be.weapons": WHY_NL.claimConfidence,
          "article.skyecc.devices.seized": WHY_NL.claimConfidence,
          "article.skyecc.price.low": WHY_NL.claimConfidence,
          "article.skyecc.price.high": WHY_NL.claimConfidence,
          "seized.be.2023.finmin":
            "Alleen geciteerd naar de homepage van het ministerie van Financiën, en geen enkele beschikbare bron staaft de bewering dat 121 t het nationale totaal van België was. Voor België in 2023 geldt nu de 123 t van het EUDA; de 121 t voor de haven blijft bij Belga (port.antwerp.2023.belga).",
          "skyecc.users.share.be.afp":
            "Alleen geciteerd naar de homepage van La Nación: het AFP-artikel zelf is niet gevonden.",
          "aftermath.be.2024-10.money.bruzz":
            "Alleen geciteerd naar de homepage van Bruzz. Dezelfde € 239 miljoen is nu aftermath.be.2024-10.money, geciteerd naar RTL (28 oktober 2024).",
          "aftermath.be.2024-10.arrests.bruzz":
            "Alleen geciteerd naar de homepage van Bruzz; geen bewaarde pagina geeft ‘meer dan 2.000 arrestaties’.",
        },
      },
      "2026-12-06": {
        summary:
          "Bronnen geciteerd zoals hun bewaarde pagina’s ze geven: drie titels toegevoegd of aangevuld en één datum verfijnd, en elke bron zonder titel of volledige dag zegt nu waarom; het douanetotaal van Nederland voor 2019 zoals gepubliceerd in plaats van berekend; het douanecijfer van Hamburg voor 2020 blijft berekend, met de reden in zijn noot.",
        figures: {
          "seized.nl.2019.customs":
            "Het eigen totaal van de douane voor 2019, 38.000 kg (NRC, 16 juli 2020), vervangt de waarde afgeleid uit het totaal van 2020 en de verandering van ongeveer 24%.",
          "port.hamburg.2020.customs":
            "Waarde ongewijzigd; nog altijd berekend, en de noot zegt nu waarom: de douane van Hamburg publiceerde geen totaal voor 2020 (in december 2020 verwachtte ze alleen het recordniveau van 2019; in mei 2022 gaf ze voor 2021 precies 11,023 t meer dan in 2020).",
        },
        sources: {
          "brusselstimes-2021-03-09": {
            title: "De eigen kop van de bewaarde pagina; de vermelding in de dataset had er geen.",
          },
          "stadindex-2026-01-22": {
            title:
              "De eigen kop van de bewaarde pagina (22 januari 2026); de vermelding in de dataset had er geen.",
          },
          "bx1-2026-02-27": { title: "De volledige kop van de pagina vervangt de ingekorte." },
          "abendblatt-2024": {
            date: "De bewaarde pagina is gedateerd mei 2024 (een balans van de douane, gegeven op een woensdag); ze toont geen dag.",
          },
        },
      },
    },
  },
};

export default texts;
