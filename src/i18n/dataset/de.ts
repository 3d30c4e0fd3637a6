/**
 * Die Texte der eingefügten Tabellen und des Blatts Quellen, auf Deutsch. Keys follow the English texts in
 * src/data (see core/i18n/englishTexts.ts).
 */
import type { DatasetTexts } from "../../core/i18n/datasetTexts";

/** Reasons the changelog gives several figures of one version (see the changelog below). */
const WHY_DE = {
  policeThreeYears:
    "Dreijahresbilanz der belgischen Föderalen Polizei (9. März 2024), die die Lücke zwischen Dezember 2023 und Februar 2026 schließt.",
  policeOctober2024:
    "Ergebnisse der Föderalen Polizei vom 28. Oktober 2024 (RTL), anstelle der Zahlen vom Oktober 2024, die mit der Startseite von Bruzz belegt waren.",
  antwerpHalfYear: "Halbjahresmitteilung des belgischen Zolls (Juli 2025).",
  afpCustoms2024: "AFP zu den Ergebnissen des Zolls für 2024: Delikte und große Funde.",
  latinAmerica:
    "Kokain mit Ziel Belgien, in Lateinamerika abgefangen; AFP und Belga widersprechen sich, beide Zahlen bleiben erhalten.",
  southAmericaHalfYear:
    "Kokain mit Ziel Belgien, in Südamerika abgefangen, je Halbjahr (The Brussels Times).",
  retrievers:
    "Festnahmen von Personen, die Drogen aus Containern holten, in Rotterdam (OM, über ANP).",
  vlissingen: "Vlissingen, die Zahl jeder Abgrenzung getrennt geführt.",
  seaportsHalfYear: "Halbjahressummen des niederländischen Zolls für die Seehäfen.",
  encroVerdict:
    "Urteil im Encro-Mammutprozess (Brüssel, 29. Oktober 2024), für die neue Tabelle der Prozesse.",
  encroAppeal: "Das Encro-Berufungsverfahren, für die neue Tabelle der Prozesse.",
  parisCase:
    "Das Pariser Verfahren gegen die Entwickler und Vertreiber von Sky ECC, für die neue Tabelle der Prozesse.",
  dutchDistributors:
    "Niederländische Festnahmen von Sky-ECC-Vertreibern (Januar 2025), für die neue Tabelle der Prozesse.",
  justicePage:
    "Wert unverändert; mit der Seite des Justizministeriums vom 9. März 2022 belegt statt mit dessen Startseite.",
  claimConfidence:
    "Wert unverändert; Verlässlichkeit von hoch auf niedrig gesenkt: Primärquellen widersprechen der Behauptung oder haben sie nie aufgestellt, und die Einstufung sagt nun, wie weit Quellen eine Behauptung stützen.",
};

const texts: DatasetTexts = {
  words: {
    locale: "de-DE",
    listSeparator: "; ",
    colon: ": ",
    dayMonth: "{day}. {month}",
    sourcesPrefix: "Quellen: ",
    notePrefix: "Anmerkung: ",
    legendPrefix: "Zeichen vor einer Zahl, je nach Vorbehalt der Quelle: ",
    legend: {
      about: "etwa",
      nearly: "knapp (knapp darunter)",
      "more than": "mehr als",
      "at least": "mindestens",
    },
    qualifiers: {
      about: "etwa",
      nearly: "knapp",
      "more than": "mehr als",
      "at least": "mindestens",
      from: "ab",
    },
    fromPrefix: "ab ",
    derivedHeading: "Berechnet, nicht veröffentlicht",
    provisionalHeading: "Vorläufig",
    withheldHeading:
      "Anteile und Veränderungen leer gelassen, weil ein Ausgangswert eine Schranke, ein Teiljahr, eine vorläufige oder eine berechnete Zahl ist",
    verdicts: { agrees: "stimmt", differs: "weicht ab", not_found: "nicht gefunden" },
    confidence: { high: "hoch", medium: "mittel", low: "niedrig" },
    units: {
      tonnes: "t",
      kg: "kg",
      persons: "Personen",
      searches: "Durchsuchungen",
      firearms: "Schusswaffen",
      weapons: "Waffen",
      seizures: "Sicherstellungen",
      devices: "Geräte",
      users: "Nutzer",
      messages: "Nachrichten",
      messages_per_day: "Nachrichten pro Tag",
      cases: "Verfahren",
      judgments: "Urteile",
      years_prison: "Jahre Haft",
      EUR: "€",
      USD: "US$",
      EUR_per_3_months: "€ pro 3 Monate",
      EUR_per_6_months: "€ pro 6 Monate",
      EUR_per_year: "€ pro Jahr",
      USD_per_6_months: "US$ pro 6 Monate",
      share: "%",
      share_points: "Prozentpunkte",
      days: "Tage",
      years: "Jahre",
      convictions: "Verurteilungen",
      date: "Datum",
      text: "Text",
    },
    // After a difference of shares, the glossary's short form of "Prozentpunkte", as the header says it.
    formatUnits: { share_points: " Pkt." },
    perPeriod: {
      EUR_per_3_months: "pro 3 Monate",
      EUR_per_6_months: "pro 6 Monate",
      EUR_per_year: "pro Jahr",
      USD_per_6_months: "pro 6 Monate",
    },
    // No-break space: the amount and its currency stay on one line.
    money: "{amount}\u00a0{symbol}",
    million: ["Million", "Millionen"],
    billion: ["Milliarde", "Milliarden"],
    singularBelowTwo: false,
    places: {
      BE: "Belgien",
      NL: "Niederlande",
      DE: "Deutschland",
      ES: "Spanien",
      FR: "Frankreich",
      IT: "Italien",
      PT: "Portugal",
      AR: "Argentinien",
      EU: "Europäische Union",
      WORLD: "Welt",
      "BE+NL": "Belgien und die Niederlande",
      "Antwerp area": "Region Antwerpen",
      "Antwerp district": "Gerichtsbezirk Antwerpen",
      "Antwerp port": "Hafen Antwerpen",
      "Hamburg port": "Hamburger Hafen",
      "Hamburg port + Antwerp port": "Häfen Hamburg und Antwerpen",
      "Rotterdam port": "Hafen Rotterdam",
      "Algeciras port": "Hafen Algeciras",
      "Vlissingen port": "Hafen Vlissingen",
      "Latin America": "Lateinamerika",
      "South America": "Südamerika",
      Brussels: "Brüssel",
      Paris: "Paris",
    },
    homePageRemark: "(Startseite des Herausgebers: die Seite selbst wurde nicht festgehalten)",
    sameReport: "(dieselbe {wire}-Meldung wie {publisher})",
    unknownSource: "[unbekannte Quelle {id}]",
    datasetVersionLabel: "Version des Seizure-Desk-Datensatzes",
  },
  sources: {
    marker: "Quellen (erstellt von Seizure Desk)",
    sheetName: "Quellen",
    fallbackSheetName: "Quellen (Seizure Desk)",
    intro:
      "Jede geprüfte Zahl und jeder Wechselkurs, den diese Arbeitsmappe verwendet, mit seiner Herkunft, damit sich jede Zahl ohne das Add-in Seizure Desk nachprüfen lässt. Erstellt am {isoDate}.",
    tablesHeading: "Tabellen aus dem Katalog von Seizure Desk",
    tablesHeader: ["Tabelle", "Katalog-ID", "Blatt", "Excel-Tabelle", "Zeitraum", "Quellen"],
    noTables: "Keine in dieser Arbeitsmappe.",
    figuresHeading: "Zahlen",
    figuresHeader: [
      "Zahl-ID",
      "Was",
      "Ort",
      "Zeitraum",
      "Wert",
      "Einheit",
      "Vorbehalt",
      "Verlässlichkeit",
      "Verwendet in",
      "Anmerkung",
      "Quellenangabe",
      "Link",
    ],
    ratesHeading: "Wechselkurse, die DESK.CONVERT und DESK.RATE verwendet haben",
    ratesHeader: [
      "Von",
      "Nach",
      "Angefragtes Datum",
      "Verwendetes Datum",
      "Regel",
      "Kurs (Einheiten „Nach“ je 1 „Von“)",
      "Quelle",
    ],
    sourcesHeading: "Zitierte Quellen",
    sourcesHeader: ["Quellen-ID", "Herausgeber", "Titel", "Datum", "Sprache", "Anmerkung", "Link"],
    noneUsed: "Keine verwendet.",
    none: "Keine.",
    notInDataset: "Nicht in dieser Version des Datensatzes",
    functionsUse: "DESK-Funktionen",
    tableUse: "Tabelle {id}",
    rules: {
      previous: "letzter Kurs, veröffentlicht am Datum oder davor",
      next: "erster Kurs, veröffentlicht am Datum oder danach",
      exact: "nur der Kurs dieses Datums",
    },
    shareUnit: "Anteil (als % angezeigt)",
    homePageNote:
      "Der Link führt zur Startseite des Herausgebers: die Seite mit der Zahl wurde nicht festgehalten.",
  },
  tables: {
    "operation-day-2021-03-09": {
      title: "Der Tag der Razzia, 9. März 2021: Belgien und die Niederlande",
      description:
        "Einsatzkräfte, Durchsuchungen, Festnahmen, Bargeld und Schusswaffen am Tag selbst, die Primärquellen neben den Angaben des Artikels.",
      period: "9. März 2021",
      headers: [
        "Land und Quelle",
        "Eingesetzte Polizisten (Personen)",
        "Durchsuchungen",
        "Festnahmen (Personen)",
        "Sichergestelltes Bargeld (€)",
        "Sichergestellte Waffen",
        "Waffen gezählt als",
      ],
      labels: [
        "Belgien: Föderale Staatsanwaltschaft",
        "Belgien: spätere Darstellungen",
        "Belgien: der Artikel",
        "Niederlande: niederländische Polizei",
        "Niederlande: der Artikel",
      ],
      notes: [
        "Leere Zellen: nicht veröffentlicht. Eine belgische Zählung der Waffen wurde nicht veröffentlicht (die „Dutzende“ des Artikels lassen sich nicht prüfen); niederländische Zahlen zu Polizisten oder Bargeld wurden nicht veröffentlicht.",
        "Die Zahlen des Artikels für Belgien stimmen mit denen der Föderalen Staatsanwaltschaft überein; spätere Darstellungen nennen mehr Polizisten als die Staatsanwaltschaft am Tag selbst.",
        "Niederlande: niederländische Polizei, Operation Argus; alle Schusswaffen wurden in Rotterdam sichergestellt, und {op.nl.arrests.before} waren in den Wochen davor festgenommen worden.",
      ],
    },
    "record-seizures-2021": {
      title: "Rekordfunde von Kokain, Februar–April 2021",
      description:
        "Hamburgs 16 t, Antwerpens 7,2 t mit Ziel Niederlande, Antwerpens Summen, daneben die 17 / 16 / 7 t des Artikels.",
      period: "Feb.–Apr. 2021",
      headers: [
        "Sicherstellung",
        "Ort",
        "Sichergestellt (t)",
        "Zeitraum",
        "Gefunden (Datum)",
        "Bekannt gegeben (Datum)",
        "Zahl des Artikels (t)",
        "Bewertung des Artikels",
      ],
      labels: [
        "Container aus Paraguay, Dosen mit Spachtelmasse",
        "Derselbe Fund, genaues Gewicht (niederländische Staatsanwaltschaft)",
        "Container mit Holzblöcken aus Panama, Ziel Niederlande",
        "Derselbe Fund, Datum laut deutschem Zoll",
        "Alle Sicherstellungen der Sky-ECC-Ermittlungen in Antwerpen",
        "Sicherstellungen, während Nachrichten live mitgelesen wurden",
        "Größte einzelne Sicherstellung",
      ],
      notes: [
        "Die „{article.seized.be.17t} am Dienstag sichergestellt“ des Artikels sind die Summe getrennter Funde in Antwerpen über die gesamten Ermittlungen; seine {article.seized.de.16t} „letzte Woche“ wurden etwa vier Wochen vorher gefunden; seine {article.seized.nl.7t} „in den Niederlanden“ wurden in Antwerpen gefunden.",
        "Die Funde von Hamburg und Antwerpen im Februar, zusammen {seizure.hamburg-antwerp.2021-02.combined}, nannte die niederländische Polizei die größte in einem einzigen Ermittlungsverfahren sichergestellte Menge.",
        "Das Datum des Holzblock-Funds in Antwerpen unterscheidet sich zwischen den Quellen um einen Tag. Die Phase des Live-Mitlesens dauerte {seizure.antwerp.livephase.days}; der Wert des sichergestellten Kokains wurde auf {seizure.antwerp.livephase.value} geschätzt.",
        "Die Zeilen überschneiden sich: die Summe des Live-Mitlesens ({seizure.antwerp.livephase}) enthält den Holzblock-Fund vom 20. Februar ({seizure.antwerp.2021-02.wood}) und die größte einzelne Sicherstellung vom 2./3. April ({seizure.antwerp.2021-04-03}); nicht addieren.",
      ],
    },
    "sky-ecc-in-numbers": {
      title: "Sky ECC in Zahlen",
      description:
        "Nutzer und Geräte weltweit, in Belgien und in den Niederlanden, Nachrichten, Preise und die Prämie für das Knacken.",
      period: "2021",
      headers: ["Was", "Wert", "Einheit", "Zeitraum", "Quelle"],
      labels: [
        "Nutzer weltweit (Europol)",
        "Weltweit verteilte Geräte (De Tijd)",
        "Nutzer weltweit (belgische Justiz)",
        "Ab Mitte Februar 2021 überwachte Nutzer (Europol)",
        "Monatlich aktive Geräte (belgische Staatsanwaltschaft)",
        "Nutzer in Belgien (belgische Staatsanwaltschaft)",
        "Nutzer in den Niederlanden (belgische Staatsanwaltschaft)",
        "Konten in den Niederlanden (niederländische Polizei)",
        "Abgefangene Nachrichten (belgische Staatsanwaltschaft)",
        "Anteil davon bis 9. März 2021 entschlüsselt",
        "Abgefangene Nachrichten (Europol)",
        "Nachrichten niederländischer Nutzer (niederländische Polizei)",
        "Nachrichten pro Tag (Europol)",
        "Abonnement, ein Jahr",
        "Abonnement, drei Monate",
        "Gerät",
        "Prämie für das Knacken von Sky ECC",
        "Dieselbe Prämie in Euro",
        "In Belgien in früheren Verfahren beschlagnahmte Telefone",
      ],
      notes: [
        "Die Quellen zählen Verschiedenes: Nutzer (Personen), verteilte Geräte, monatlich aktive Geräte, Konten.",
        "Die Preisspanne des Artikels ({article.skyecc.price.low} bis {article.skyecc.price.high}) findet sich in keiner Quelle.",
        "Europaweite Summen der Festnahmen und Sicherstellungen durch Sky ECC wurden nicht gefunden: Europol veröffentlicht Ergebnisse je Operation.",
      ],
    },
    "sky-ecc-user-shares": {
      title: "Anteil der Sky-ECC-Nutzer nach Region und Quelle",
      description:
        "Belgien, die Niederlande, beide zusammen und die Region Antwerpen: die belgische Staatsanwaltschaft, Europol, die niederländische Polizei und der Artikel.",
      period: "Anfang 2021",
      headers: [
        "Region",
        "Belgische Staatsanwaltschaft: Anteil (%)",
        "Belgische Staatsanwaltschaft: Nutzer",
        "Europol: Anteil (%)",
        "Niederländische Polizei: Anteil (%)",
        "Niederländische Polizei: Konten",
        "Der Artikel: Anteil (%)",
        "Artikel minus Staatsanwaltschaft (Prozentpunkte)",
      ],
      labels: ["Belgien", "Niederlande", "Belgien und die Niederlande", "Region Antwerpen"],
      notes: [
        "Der Anteil jeder Quelle hat seine eigene Basis: bei der Staatsanwaltschaft {skyecc.devices.active.prosecutor}, die monatlich aktiv sind, bei Europol {skyecc.users.worldwide.europol}, bei der niederländischen Polizei {skyecc.users.worldwide.dutch-police} weltweit. Anteile werden nie quellenübergreifend berechnet.",
        "Den Anteil von {skyecc.users.share.benl.prosecutor} für Belgien und die Niederlande nennt die Staatsanwaltschaft selbst; die übrigen Anteile der Staatsanwaltschaft und der Anteil der niederländischen Polizei sind aus den eigenen Zählungen der Quelle berechnet.",
        "Den Anteil, den der Artikel der Region Antwerpen zuschreibt ({article.skyecc.share.antwerp}), nennt keine Quelle: vor dem Zitieren prüfen.",
      ],
    },
    "cocaine-seized-by-country": {
      title: "Sichergestelltes Kokain nach Ländern, 2019–2025",
      description:
        "Belgien, die Niederlande, Deutschland, Spanien, Frankreich, Italien, Portugal und die EU-Summe, mit dem Anteil jedes Landes an der EU-Summe.",
      period: "2019–2025",
      headers: [
        "Jahr",
        "Belgien: sichergestellt (t)",
        "Niederlande: sichergestellt (t)",
        "Deutschland: sichergestellt (t)",
        "Spanien: sichergestellt (t)",
        "Frankreich: sichergestellt (t)",
        "Italien: sichergestellt (t)",
        "Portugal: sichergestellt (t)",
        "EU-Summe: sichergestellt (t)",
        "Belgien: Anteil an der EU-Summe (%)",
        "Niederlande: Anteil an der EU-Summe (%)",
        "Deutschland: Anteil an der EU-Summe (%)",
        "Spanien: Anteil an der EU-Summe (%)",
        "Frankreich: Anteil an der EU-Summe (%)",
        "Italien: Anteil an der EU-Summe (%)",
        "Portugal: Anteil an der EU-Summe (%)",
      ],
      labels: ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
      notes: [
        "Jede Zelle zeigt die endgültige Zahl der nationalen Behörde, wo eine veröffentlicht ist (Zoll, Polizei, Staatsanwaltschaft, Ministerium oder Regierung), sonst die der EU-Drogenagentur (EMCDDA, seit 2024 EUDA). Die Länder zählen unterschiedlich, die Anteile an der EU-Summe sind daher Richtwerte.",
        "Als diese Tabelle erstellt wurde, war keine EU-Summe für 2024 oder 2025 veröffentlicht (der EUDA-Bericht zu den Daten von 2024 wurde nicht gefunden): ihre Anteile bleiben leer.",
        "Belgien: keine nationale Summe für 2022 gefunden (nur der Hafen Antwerpen: {port.antwerp.2022.customs}), auch nicht für 2024 und 2025 (nur der Hafen: {port.antwerp.2024.customs} und {port.antwerp.2025.customs}).",
        "Niederlande: 2019 ist aus der Zoll-Summe für 2020 und ihrer Veränderung abgeleitet; 2021 ist nur bis 25. Dezember gezählt. Die EUDA nennt {seized.nl.2020.emcdda} für 2020 und {seized.nl.2023.euda} für 2023.",
        "Deutschland: das BKA (alle Behörden), Untergrenzen für 2019–2021; 2024 stellte allein der deutsche Zoll {seized.de.2024.zoll} sicher. Spaniens größte einzelne Sicherstellung, {seizure.es.2024-10.algeciras}, gelang im Oktober 2024 in Algeciras.",
        "Spanien: die schriftliche Antwort der Regierung an das Parlament. Weitere veröffentlichte Werte: EMCDDA {seized.es.2020.emcdda} (2020); CITCO {seized.es.2022.citco} (2022); EUDA {seized.es.2023.euda} und der nationale Sicherheitsbericht, vorläufig, {seized.es.2023.natsec} (2023).",
        "Frankreich: keine nationale Summe für 2019 (nur der Zoll: {seized.fr.2019.customs}); 2020 ist aus der OFAST-Summe für 2021 und ihrer Veränderung abgeleitet; die erste Schätzung für 2021 lag bei {seized.fr.2021.interior-prelim}; die EUDA nennt {seized.fr.2023.euda} für 2023.",
        "Italien: Berichte der DCSA korrigieren frühere Jahre (2019 wurde zuerst mit {seized.it.2019.dcsa-2020} angegeben; spätere Berichte korrigieren auch 2020 und 2021 leicht); eine Zahl für 2023 wurde nicht gefunden.",
        "Portugal: 2021 ist ein Näherungswert; für 2022 weicht die vorläufige Zahl der Polizei, {seized.pt.2022.pj}, der endgültigen Zahl der EUDA; die EUDA nennt {seized.pt.2023.euda} für 2023.",
      ],
    },
    "cocaine-seized-in-ports": {
      title: "Sichergestelltes Kokain in den Häfen Antwerpen, Rotterdam und Hamburg, 2019–2025",
      description:
        "Jahressummen je Hafen nach Zoll und Staatsanwaltschaft, mit der Veränderung zum Vorjahr.",
      period: "2019–2025",
      headers: [
        "Jahr",
        "Antwerpen: sichergestellt (t)",
        "Rotterdam: sichergestellt (t)",
        "Hamburg: sichergestellt (t)",
        "Antwerpen: Veränderung zum Vorjahr (%)",
        "Rotterdam: Veränderung zum Vorjahr (%)",
        "Hamburg: Veränderung zum Vorjahr (%)",
      ],
      labels: ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
      notes: [
        "Antwerpen: belgischer Zoll. Die Quellen widersprechen sich: für 2019 nannten die gemeinsamen Zollergebnisse {port.antwerp.2019.rijnmond}; die EMCDDA nennt {port.antwerp.2021.emcdda} für 2021; für 2023 meldete der Zoll im Januar 2024 {port.antwerp.2023.customs}, während Belga (2025) und ein Europol-Sprecher (2024) {port.antwerp.2023.belga} nennen. Jeder Wert bleibt bei seiner Quelle.",
        "Rotterdam: das HARC-Team (Staatsanwaltschaft, Zoll, FIOD, Hafenpolizei). Der Zoll zählt anders: {port.rotterdam.2019.customs} für 2019, {port.rotterdam.2022.customs} für 2022 (Le Soir: {port.rotterdam.2022.lesoir}), {port.rotterdam.2024.customs} für 2024 und {port.rotterdam.2025.customs} für 2025. Für 2021 nannte die Staatsanwaltschaft später {port.rotterdam.2021.om-revised}.",
        "Hamburg: der Erfassungsbereich ändert sich. 2019: Hamburger Zoll, überwiegend der Hafen. 2020 und 2021: alle deutschen Containerhäfen an Nord- und Ostsee (2021 mit dem Fund vom Februar). 2022 und 2023: deutsche Seehäfen mit Bremerhaven (die vorläufige Hamburger Zahl für 2022 lag bei {port.hamburg.2022.customs-prelim}; der Hamburger Hafen allein kam 2023 auf {port.hamburg.2023.customs}). Eine amtliche Summe für 2024 oder 2025 wurde nicht gefunden: die dpa-Zählung gemeldeter Funde ergibt {port.hamburg.2024.announced-count} für 2024.",
        "Die Veränderung zum Vorjahr vergleicht aufeinanderfolgende Zahlen; wo sich der Erfassungsbereich unterscheidet (Hamburg von 2019 auf 2020), mit der Anmerkung oben lesen.",
      ],
    },
    "cocaine-ports-2023-2025-details": {
      title: "Häfen, 2023–2025: Halbjahre, Zahl der Funde und unterwegs abgefangenes Kokain",
      description:
        "Halbjahressummen für Antwerpen und die niederländischen Seehäfen, Zahl der Funde in Antwerpen, in Lateinamerika abgefangenes Kokain mit Ziel Belgien, Festnahmen in Vlissingen und Rotterdam.",
      period: "2023–2025",
      headers: ["Was und Quelle", "Wert", "Einheit", "Zeitraum", "Quelle"],
      labels: [
        "Antwerpen, Jan.–Juni 2024: vom Zoll sichergestellt",
        "Antwerpen, Jan.–Juni 2025: vom Zoll sichergestellt",
        "Antwerpen, Jan.–Juni 2024: Sicherstellungen",
        "Antwerpen, Jan.–Juni 2025: Sicherstellungen",
        "Antwerpen, 2023: erfasste Straftaten",
        "Antwerpen, 2024: erfasste Straftaten",
        "Antwerpen, 2023: Sicherstellungen von 2 t oder mehr",
        "Antwerpen, 2024: Sicherstellungen von 2 t oder mehr",
        "Ziel Belgien, in Lateinamerika abgefangen, 2023 (AFP)",
        "Dasselbe, 2023 (Belga)",
        "Ziel Belgien, in Lateinamerika abgefangen, 2024 (AFP)",
        "Dasselbe, 2024 (Belga)",
        "Ziel Belgien, in Südamerika abgefangen, Jan.–Juni 2024",
        "Ziel Belgien, in Südamerika abgefangen, Jan.–Juni 2025",
        "Niederländische Seehäfen, Jan.–Juni 2023: vom Zoll sichergestellt",
        "Niederländische Seehäfen, Jan.–Juni 2024: vom Zoll sichergestellt",
        "Niederländische Seehäfen, Jan.–Juni 2025: vom Zoll sichergestellt",
        "Rotterdam, Jan.–Juni 2025: vom Zoll sichergestellt",
        "Vlissingen, 2024: OM und HARC-Team",
        "Vlissingen, 2024: niederländischer Zoll",
        "Vlissingen, 2025: OM und HARC-Team",
        "Rotterdam, 2023: beim Bergen von Drogen festgenommene Personen",
        "Rotterdam, 2024: beim Bergen von Drogen festgenommene Personen",
      ],
      notes: [
        "Halbjahreszahlen sind mit Jahressummen nicht vergleichbar. AFP und Belga widersprechen sich beim in Lateinamerika abgefangenen Kokain mit Ziel Belgien: beide Werte stehen hier.",
        "Die Zahl für Vlissingen 2024 hängt vom Erfassungsbereich ab: das OM (niederländische Staatsanwaltschaft) zählt den Hafen, der Zoll einen anderen; die OM-Zahl vom Januar 2025 für alle Häfen von Zeeland-West-Brabant (Vlissingen, Terneuzen, Moerdijk) liegt noch höher (siehe die Anmerkung zur Zahl).",
      ],
    },
    "sky-ecc-belgium-aftermath": {
      title: "Nach der Razzia: die belgische Sky-ECC-Bilanz",
      description:
        "Ermittlungsverfahren, Verdächtige, Festnahmen, sichergestelltes Vermögen und Verurteilungen nach einem, zwei, drei und fünf Jahren.",
      period: "März 2022 – Feb. 2026",
      headers: [
        "Zwischenstand und Quelle",
        "Neue Ermittlungsverfahren (Verfahren)",
        "Ergänzte bestehende Ermittlungsverfahren (Verfahren)",
        "Ermittlungsverfahren insgesamt (Verfahren)",
        "Verdächtige (Personen)",
        "Festgenommen (Personen)",
        "Sichergestelltes Geld und Vermögen (€)",
        "Sichergestellte Drogen (t)",
        "Rechtskräftige Urteile",
        "Noch nicht rechtskräftige Urteile",
        "Verurteilungen",
        "Haftstrafen (Jahre)",
      ],
      labels: [
        "1 Jahr (März 2022): Föderale Staatsanwaltschaft",
        "1 Jahr (März 2022): Justizministerium",
        "2 Jahre (März 2023)",
        "2 Jahre und 9 Monate (Dez. 2023): Justizministerium",
        "3 Jahre (März 2024): Föderale Polizei",
        "Okt. 2024: Föderale Polizei",
        "5 Jahre (Feb. 2026)",
      ],
      notes: [
        "Leere Zellen: für diesen Zwischenstand nicht veröffentlicht. Ermittlungsverfahren insgesamt sind neue plus ergänzte, nur wo veröffentlicht.",
        "Verdächtige: identifiziert oder im Visier der Ermittlungen. Für März 2022 widersprechen sich De Standaard (Föderale Staatsanwaltschaft) und das Justizministerium. „Festgenommen“ nach einem Jahr zählt festgenommene oder vernommene Verdächtige.",
        "Urteile (2023) zählen Gerichtsentscheidungen, Verurteilungen (ab Dezember 2023) verurteilte Personen: sie sind nicht vergleichbar.",
        "Drogen nach einem Jahr: alle Drogen, überwiegend Kokain, mit einem Straßenverkaufswert von {aftermath.be.2022-03.drugs.value}. Die Geldzahl der Föderalen Polizei vom Oktober 2024 liegt über der Bilanz vom Februar 2026: Polizei und Staatsanwaltschaft zählen wohl unterschiedlich.",
        "Oktober 2024: {aftermath.be.2024-10.prosecuted} angeklagt und {aftermath.be.2024-10.judgments}, vor dem Encro-Urteil. Februar 2026: die Summe der Haftstrafen stammt aus {aftermath.be.2026-02.decisions}.",
      ],
    },
    "sky-ecc-trials": {
      title: "Sky-ECC-Prozesse und Urteile, 2024–2026",
      description:
        "Der Brüsseler Encro-Mammutprozess und seine Berufung, die bisherigen belgischen Urteile, das Pariser Verfahren gegen die Macher von Sky ECC, niederländische Festnahmen von Händlern.",
      period: "2024–2026",
      headers: ["Prozess und Was", "Wert", "Einheit", "Zeitraum", "Quelle"],
      labels: [
        "Encro-Prozess, Brüssel, Urteil vom 29. Okt. 2024: verurteilt",
        "Encro-Prozess: freigesprochen",
        "Encro-Prozess: Haftstrafen insgesamt",
        "Encro-Prozess: angeordnete Einziehungen",
        "Encro-Berufung: erneut angeklagte Personen",
        "Encro-Berufung: erste Verhandlung",
        "Encro-Berufung: Verhandlung geschlossen",
        "Encro-Berufung: Urteil erwartet",
        "Belgien, alle Sky-ECC-Verfahren bis Okt. 2024: Urteile",
        "Belgien, alle Sky-ECC-Verfahren bis Okt. 2024: angeklagte Personen",
        "Belgien, alle Sky-ECC-Verfahren bis Okt. 2024: Haftstrafen",
        "Belgien, alle Sky-ECC-Verfahren bis Feb. 2026: Gerichtsentscheidungen",
        "Belgien, alle Sky-ECC-Verfahren bis Feb. 2026: Haftstrafen",
        "Belgien, alle Sky-ECC-Verfahren bis Feb. 2026: Verurteilungen",
        "Paris: vor Gericht gestellt (Macher und Verkäufer von Sky ECC)",
        "Paris: persönlich angeklagt",
        "Paris: per Haftbefehl gesucht",
        "Niederlande, Jan. 2025: Händler festgenommen",
        "Niederlande, Jan. 2025: sichergestellte Kryptowährung",
      ],
      notes: [
        "Der Encro-Prozess (EncroChat und Sky ECC) war der größte Strafprozess in Belgien. Das Berufungsurteil, erwartet im April 2026, und der Ausgang des Pariser Verfahrens wurden nicht gefunden.",
        "Die belgischen Summen zählen alle Sky-ECC-Verfahren: Urteile zählt die Polizei, Gerichtsentscheidungen die Staatsanwaltschaft.",
      ],
    },
    "fact-check-2021-03-10": {
      title: "Faktencheck: der Bericht vom 9./10. März 2021 im Abgleich mit Primärquellen",
      description:
        "Jede Zahl des Berichts von Clarín / Pledge Times, was Primärquellen sagen, und die Bewertung.",
      period: "9.–10. März 2021",
      headers: [
        "Die Behauptung des Artikels",
        "Der Artikel sagt",
        "Einheit (Artikel)",
        "Primärquellen sagen",
        "Einheit (Quellen)",
        "Bewertung",
        "Primärquelle",
        "Warum",
      ],
      labels: [
        "in Belgien „am Dienstag“ sichergestelltes Kokain",
        "die 17 t, dargestellt als europäischer Rekord",
        "in Deutschland „letzte Woche“ sichergestelltes Kokain",
        "in den Niederlanden sichergestelltes Kokain",
        "eingesetzte belgische Polizisten",
        "Durchsuchungen in Belgien",
        "Festnahmen in Belgien",
        "in Belgien sichergestelltes Bargeld",
        "andere in Belgien sichergestellte Güter",
        "Zahl der in Belgien sichergestellten Waffen",
        "Festnahmen durch die niederländische Polizei",
        "von der niederländischen Polizei sichergestellte illegale Waffen",
        "abgefangene Sky-ECC-Nachrichten",
        "Anteil der abgefangenen Nachrichten, die entschlüsselt wurden",
        "Dauer der Ermittlungen",
        "sichergestellte Sky-ECC-Geräte",
        "Anteil der weltweit aktiven Sky-ECC-Nutzer in Belgien und den Niederlanden",
        "Anteil aller Sky-ECC-Nutzer im Umkreis weniger Kilometer um den Hafen Antwerpen",
        "Preis von Sky ECC pro sechs Monate, unteres Ende",
        "Preis von Sky ECC pro sechs Monate, oberes Ende",
        "Prämie für jeden, der Sky ECC knacken konnte",
        "von wo aus Sky ECC betrieben wird",
        "Rolle von Frédéric Van Leeuw",
        "Rolle von Yve Driesen",
      ],
      notes: [
        "Der Artikel: Clarín (Buenos Aires), 9./10. März 2021, in der englischen Übersetzung von Pledge Times vom 10. März 2021.",
        "Die Bewertung vergleicht jede Behauptung mit den Primärquellen, die sie nennt; die Tabelle zeigt die erste davon, die Spalte Warum die übrigen. Eine leere Primärzelle: keine Quelle hat eine vergleichbare Zahl veröffentlicht.",
      ],
    },
  },
  figures: {
    // The source article and its claims (article.ts)
    "article.origin.publisher": {
      measure: "Erstveröffentlichung des Quellenartikels",
      note: "Der gespeicherte Text von Clarín stimmt Satz für Satz mit dem englischen Artikel überein. Autorenzeile nicht abgerufen.",
      value: "Clarín, Buenos Aires: eine spanischsprachige argentinische Zeitung, keine spanische",
    },
    "article.origin.translation": {
      measure: "englische Übersetzung des Quellenartikels",
      note: "Übersetzung im Stil einer maschinellen Übersetzung; mit ziemlicher Sicherheit die englische Fassung, die in Umlauf war.",
      value: "Von Pledge Times veröffentlichte englische Übersetzung",
    },
    "article.seized.be.17t": {
      measure: "in Belgien „am Dienstag“ sichergestelltes Kokain",
      note: "Die Staatsanwaltschaft sprach von mehr als 17 t, die im Hafen Antwerpen im Laufe von etwa zwei Jahren Ermittlungen in getrennten Fällen sichergestellt wurden; nicht an einem Tag.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.seized.be.record": {
      measure: "die 17 t, dargestellt als europäischer Rekord",
      note: "Kein europäischer Rekord: die größte einzelne Sicherstellung war damals Hamburgs 16 t vom 12. Februar 2021, und die niederländische Polizei nannte den Fall Hamburg und Antwerpen mit 23 t den Rekord.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.seized.de.16t": {
      measure: "in Deutschland „letzte Woche“ sichergestelltes Kokain",
      note: "Die Menge stimmt, der Zeitpunkt nicht: gefunden am 12. Februar und bekannt gegeben am 24. Februar 2021, etwa vier und zwei Wochen vor dem Artikel.",
      period: "„letzte Woche“",
    },
    "article.seized.nl.7t": {
      measure: "in den Niederlanden sichergestelltes Kokain",
      note: "Etwa 7,2 t wurden in Antwerpen, Belgien, gefunden, mit Ziel Niederlande, nach einem niederländischen Hinweis; ein Fund von etwa 7 t auf niederländischem Boden im Januar–März 2021 wurde nicht gefunden.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.op.be.agents": {
      measure: "eingesetzte belgische Polizisten",
      note: "Die Staatsanwaltschaft nannte am Tag selbst 1.500; manche späteren Darstellungen sprechen von mehr als 1.600.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.be.searches": {
      measure: "Durchsuchungen in Belgien",
      note: "Etwa 200 (Le Soir) oder mehr als 200 (HLN) Durchsuchungen.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.be.arrests": {
      measure: "Festnahmen in Belgien",
      note: "Stimmt mit der Zahl der Staatsanwaltschaft überein.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.be.cash": {
      measure: "in Belgien sichergestelltes Bargeld",
      note: "Stimmt mit der Zahl der Staatsanwaltschaft überein.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.be.items": {
      measure: "andere in Belgien sichergestellte Güter",
      note: "Die Arten der Güter stimmen; die Staatsanwaltschaft nannte auch Diamanten.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.be.weapons": {
      measure: "Zahl der in Belgien sichergestellten Waffen",
      note: "Eine Zählung der Waffen wurde nicht veröffentlicht, die „Dutzende“ lassen sich daher nicht prüfen.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.nl.arrests": {
      measure: "Festnahmen durch die niederländische Polizei",
      note: "Stimmt mit der niederländischen Polizei überein (die außerdem 75 Wohnungen und Büros durchsuchte, nach 43 früheren Festnahmen).",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.op.nl.weapons": {
      measure: "von der niederländischen Polizei sichergestellte illegale Waffen",
      note: "Der Artikel spricht von illegalen Waffen, die niederländische Polizei von Schusswaffen, alle in Rotterdam sichergestellt.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.skyecc.messages": {
      measure: "abgefangene Sky-ECC-Nachrichten",
      note: "Stimmt mit der belgischen Zahl überein; Europol sprach von Hunderten Millionen, die niederländische Polizei von etwa 80 Millionen von niederländischen Nutzern.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.messages.decrypted": {
      measure: "Anteil der abgefangenen Nachrichten, die entschlüsselt wurden",
      note: "Stimmt mit der belgischen Staatsanwaltschaft überein.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.investigation.duration": {
      measure: "Dauer der Ermittlungen",
      note: "Die Antwerpener Akte wurde Ende 2018 eröffnet; die Föderale Staatsanwaltschaft nahm Sky ECC ab Juni 2019 ins Visier.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.devices.seized": {
      measure: "sichergestellte Sky-ECC-Geräte",
      note: "Eine Zählung wurde nicht veröffentlicht; die Staatsanwaltschaft sagte, bei identifizierten Nutzern seien so viele Sky-ECC-Geräte wie möglich sichergestellt worden. Die 185 in früheren Jahren in Belgien sichergestellten Sky-ECC-Telefone sind eine andere Zählung, keine Prüfung dieser Behauptung.",
      period: "„Dienstag“ (9. März 2021)",
    },
    "article.skyecc.share.benl": {
      measure: "Anteil der weltweit aktiven Sky-ECC-Nutzer in Belgien und den Niederlanden",
      note: "Stimmt mit der belgischen Staatsanwaltschaft überein (etwa 6.000 in Belgien und 12.000 in den Niederlanden von etwa 70.000 aktiven Geräten); weicht von Europol (etwa 20 % der Nutzer) und der niederländischen Polizei (etwa 11.000 niederländische Konten) ab.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.share.antwerp": {
      measure: "Anteil aller Sky-ECC-Nutzer im Umkreis weniger Kilometer um den Hafen Antwerpen",
      note: "Der Artikel spricht von fast 15 %. In keiner Quelle gefunden. Die Staatsanwaltschaft verortet etwa die Hälfte der belgischen Nutzer (etwa 3.000) im Gerichtsbezirk Antwerpen, im Hafen und um ihn herum: etwa 4 % von 70.000 aktiven Geräten, etwa 17 % der belgischen und niederländischen Nutzer. Wohl eine Neuberechnung oder ein Lesefehler.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.price.low": {
      measure: "Preis von Sky ECC pro sechs Monate, unteres Ende",
      note: "Der Artikel nennt 800–2.200 € pro sechs Monate; keine Quelle tut das. Die belgische Staatsanwaltschaft (2022) nannte 2.200 € pro Jahr oder 600 € pro drei Monate, Geräte ab 729 €.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.price.high": {
      measure: "Preis von Sky ECC pro sechs Monate, oberes Ende",
      note: "2.200 € ist laut Staatsanwaltschaft der Preis für ein Jahr, nicht für sechs Monate.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.bounty": {
      measure: "Prämie für jeden, der Sky ECC knacken konnte",
      note: "Die Website von Sky ECC lobte 5 Millionen US-Dollar aus (etwa 4,2 Millionen Euro).",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.skyecc.base": {
      measure: "von wo aus Sky ECC betrieben wird",
      note: "Europol: betrieben aus den USA und Kanada, mit Servern in Europa.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.person.vanleeuw": {
      measure: "Rolle von Frédéric Van Leeuw",
      note: "Föderaler Staatsanwalt Belgiens.",
      period: "berichtet am 9.–10. März 2021",
    },
    "article.person.driesen": {
      measure: "Rolle von Yve Driesen",
      note: "Gerichtlicher Direktor der Föderalen Gerichtspolizei Antwerpen seit Juni 2020.",
      period: "berichtet am 9.–10. März 2021",
    },
    // The operation day and the seizures around it (operation.ts)
    "op.be.agents.prosecutor": {
      measure: "am Tag der Razzia in Belgien eingesetzte Ermittler",
      note: "Zahl der belgischen Föderalen Staatsanwaltschaft auf der Pressekonferenz vom 9. März 2021.",
    },
    "op.be.agents.later": {
      measure: "am Tag der Razzia in Belgien eingesetzte Ermittler (spätere Darstellungen)",
      note: "Spätere Darstellungen sprechen von mehr als 1.600 (auch der Guardian über elDiario, 25. April 2021, und Zusammenfassungen auf Grundlage von Europol); am Tag selbst nannte die Staatsanwaltschaft 1.500.",
    },
    "op.be.searches": {
      measure: "gleichzeitige Durchsuchungen in Belgien",
      note: "Le Soir: 200 gleichzeitige Durchsuchungen; HLN: mehr als 200.",
    },
    "op.be.arrests": {
      measure: "Personen, denen in Belgien die Freiheit entzogen wurde",
      note: "Festnahmen am Tag der Razzia.",
    },
    "op.be.cash": {
      measure: "in Belgien sichergestelltes Bargeld",
      note: "Nur Bargeld; sichergestellt wurden auch Diamanten, Schmuck, Luxusfahrzeuge, Polizeiuniformen und Waffen.",
    },
    "op.be.items": {
      measure: "andere in Belgien sichergestellte Güter",
      note: "Nur die Arten der Güter: eine Zählung der Waffen wurde nicht veröffentlicht.",
      value: "Diamanten, Schmuck, Luxusautos, Polizeiuniformen und Waffen",
    },
    "op.nl.arrests": {
      measure: "Festnahmen in den Niederlanden",
      note: "Niederländische Polizei, Operation Argus.",
    },
    "op.nl.searches": {
      measure: "durchsuchte Wohnungen und Büros in den Niederlanden",
      note: "Niederländische Polizei, Operation Argus.",
    },
    "op.nl.firearms": {
      measure: "in den Niederlanden sichergestellte Schusswaffen",
      note: "Alle in Rotterdam sichergestellt.",
    },
    "op.nl.arrests.before": {
      measure: "Festnahmen in den Niederlanden vor dem Tag der Razzia",
      note: "Frühere Festnahmen in der Operation Argus, in den Wochen des Live-Mitlesens.",
      period: "Wochen vor dem 9. März 2021",
    },
    "seizure.hamburg.2021-02.zoll": {
      measure: "Kokain, gefunden in 3 von 5 Containern aus Paraguay (Dosen mit Spachtelmasse)",
      note: "Deutscher Zoll: die größte je in Europa sichergestellte Menge Kokain. Gefunden am 12. Februar, bekannt gegeben am 24. Februar 2021.",
    },
    "seizure.hamburg.2021-02.om": {
      measure: "Kokain, gefunden in Containern aus Paraguay, genaues Gewicht",
      note: "16.174 kg, das genaue Gewicht laut der niederländischen Staatsanwaltschaft (Openbaar Ministerie), die das Verfahren führte.",
    },
    "seizure.hamburg.2021-02.found": {
      measure: "Datum, an dem das Hamburger Kokain gefunden wurde",
      note: "Etwa vier Wochen vor dem Artikel.",
    },
    "seizure.hamburg.2021-02.announced": {
      measure: "Datum, an dem der Hamburger Fund bekannt gegeben wurde",
      note: "Etwa zwei Wochen vor dem Artikel.",
    },
    "seizure.antwerp.2021-02.wood": {
      measure: "Kokain in einem Container mit Holzblöcken aus Panama, Ziel Niederlande",
      note: "In Belgien sichergestellt, nicht in den Niederlanden; der Hinweis kam aus niederländisch geführten Ermittlungen. Gefunden am Samstag, 20. Februar, laut niederländischer Staatsanwaltschaft, NRC und De Standaard, am 21. Februar laut der Mitteilung des deutschen Zolls. Eine eigene Sicherstellung von etwa 7 t auf niederländischem Boden im Januar–März 2021 wurde nicht gefunden.",
    },
    "seizure.antwerp.2021-02.found.om": {
      measure:
        "Datum, an dem das Kokain in den Holzblöcken in Antwerpen gefunden wurde (niederländische Staatsanwaltschaft)",
      note: "„Samstag“ in der Darstellung der niederländischen Staatsanwaltschaft; die Mitteilung des deutschen Zolls nennt den 21. Februar.",
    },
    "seizure.antwerp.2021-02.found.zoll": {
      measure:
        "Datum, an dem das Kokain in den Holzblöcken in Antwerpen gefunden wurde (deutscher Zoll)",
      note: "Ein Tag später als das Datum der niederländischen Staatsanwaltschaft.",
    },
    "seizure.antwerp.2021-02.announced": {
      measure: "Datum, an dem der Holzblock-Fund in Antwerpen bekannt gegeben wurde",
      note: "Zusammen mit dem Hamburger Fund bekannt gegeben.",
    },
    "seizure.antwerp.2021-02.arrest": {
      measure: "Festnahme im Antwerpener Holzblock-Fall",
      note: "Festnahme im Zusammenhang mit den 7,2 t, die in Antwerpen gefunden wurden.",
      value:
        "Ein 28 Jahre alter Mann aus Vlaardingen (Niederlande) wurde am 24. Februar 2021 festgenommen",
    },
    "seizure.hamburg-antwerp.2021-02.combined": {
      measure:
        "in Hamburg und Antwerpen in einem niederländisch geführten Verfahren sichergestelltes Kokain, Ziel Niederlande",
      note: "Die niederländische Polizei nannte es die größte je in einem einzigen Ermittlungsverfahren sichergestellte Menge.",
    },
    "seizure.antwerp.investigation.cumulative": {
      measure:
        "im Hafen Antwerpen während der Sky-ECC-Ermittlungen sichergestelltes Kokain, alle Sicherstellungen zusammen",
      note: "Summe getrennter Sicherstellungen über die Ermittlungen von etwa zwei Jahren, jedes Verfahren eröffnet, sobald Erkenntnisse eingingen; keine einzelne Sicherstellung und nicht ein Tag. HLN (März 2021) nennt ebenfalls mehr als 17 t.",
      period: "Ende 2018 – 9. März 2021",
    },
    "seizure.antwerp.investigation.announced": {
      measure: "Datum, an dem die Antwerpener Gesamtsumme bekannt gegeben wurde",
      note: "Pressekonferenz der Föderalen Staatsanwaltschaft.",
    },
    "seizure.antwerp.livephase": {
      measure:
        "im Hafen Antwerpen sichergestelltes Kokain, während Sky-ECC-Nachrichten live mitgelesen wurden",
      note: "Die Antwerpener Staatsanwaltschaft: 42 Tage Sicherstellungen durch den Zoll mit der Föderalen Gerichtspolizei Antwerpen, der Föderalen und der Antwerpener Staatsanwaltschaft seit 20. Februar 2021, einschließlich der Rekordmenge von 10.964 kg vom 2.–3. April 2021 (Reformatorisch Dagblad, über Belga: mehr als 27,6 t in mehr als vierzig Tagen).",
      period: "20. Feb. – Anfang Apr. 2021",
    },
    "seizure.antwerp.livephase.days": {
      measure: "Dauer der Sicherstellungsphase mit Live-Mitlesen",
      note: "Die Antwerpener Staatsanwaltschaft; Belga-Meldungen sprechen von mehr als vierzig Tagen.",
      period: "20. Feb. – Anfang Apr. 2021",
    },
    "seizure.antwerp.livephase.value": {
      measure:
        "geschätzter Straßenverkaufswert des in der Phase des Live-Mitlesens sichergestellten Kokains",
      note: "Schätzung der Antwerpener Staatsanwaltschaft; Belga-Meldungen runden sie auf knapp 1,4 Milliarden €.",
      period: "20. Feb. – Anfang Apr. 2021",
    },
    "seizure.antwerp.livephase.announced": {
      measure: "Monat, in dem die Summe der Phase des Live-Mitlesens bekannt gegeben wurde",
      note: "Genauer Tag nicht festgehalten.",
    },
    "seizure.antwerp.2021-04-03": {
      measure: "größte einzelne Sicherstellung von Kokain im Hafen Antwerpen (Rekord)",
      note: "10.964 kg, Teil der Summe der Phase des Live-Mitlesens.",
    },
    "investigation.opened": {
      measure: "Beginn der belgischen Ermittlungen",
      note: "Antwerpener Ermittler konnten die Sky-ECC-Telefone nicht lesen, die sie in anderen Verfahren immer wieder fanden.",
      period: "Ende 2018",
      value:
        "Die Föderale Gerichtspolizei (FGP) Antwerpen leitete Ende 2018 Ermittlungen gegen Sky ECC ein",
    },
    "investigation.prosecutor": {
      measure: "Verfahren der Föderalen Staatsanwaltschaft gegen Sky ECC",
      note: "Etwa 21 Monate vor dem Tag der Razzia.",
      value:
        "Ab Juni 2019 nahm die Föderale Staatsanwaltschaft Sky ECC und seine Vertreiber ins Visier, gemeinsam mit den Niederlanden",
    },
    "skyecc.livereading.start": {
      measure: "Beginn des Live-Mitlesens von Sky-ECC-Nachrichten",
      note: "Schlüssel am 15. Februar 2021 erlangt; laut Europol wurden Nutzer ab Mitte Februar 2021 überwacht.",
    },
    "person.vanleeuw.role": {
      measure: "Rolle von Frédéric Van Leeuw",
      note: "Sprach auf der Pressekonferenz vom 9. März 2021.",
      value: "Frédéric Van Leeuw, föderaler Staatsanwalt Belgiens",
    },
    "person.driesen.role": {
      measure: "Rolle von Yve Driesen",
      note: "Zitiert von Het Nieuwsblad und HLN am 9. März 2021.",
      period: "seit 2. Juni 2020",
      value:
        "Yve Driesen, gerichtlicher Direktor der Föderalen Gerichtspolizei (FGP) Antwerpen seit 2. Juni 2020",
    },
    // Sky ECC: users, messages, prices (skyEcc.ts)
    "skyecc.users.worldwide.europol": {
      measure: "Sky-ECC-Nutzer weltweit",
      note: "Personen, die Sky ECC nutzen; De Tijd zählt etwa 171.000 verteilte Geräte, die belgische Justiz (2022) mehr als 100.000 Nutzer.",
    },
    "skyecc.devices.distributed.tijd": {
      measure: "über Großhändler und lokale Verkäufer weltweit verteilte Sky-ECC-Geräte",
      note: "Verteilte Geräte, keine Nutzer.",
      period: "Anfang 2021",
    },
    "skyecc.users.worldwide.justice": {
      measure: "Sky-ECC-Nutzer weltweit, laut belgischer Justiz",
      note: "Die belgischen Minister für Justiz und Inneres, 9. März 2022: eine Milliarde Nachrichten von mehr als 100.000 Nutzern weltweit; weniger als die 170.000 von Europol.",
    },
    "skyecc.users.monitored.europol": {
      measure: "überwachte Sky-ECC-Nutzer",
      note: "Überwacht ab Mitte Februar 2021. Eine US-Anklageschrift (berichtet von Borderland Beat) nennt mindestens 70.000 Geräte.",
      period: "Mitte Feb. – 9. März 2021",
    },
    "skyecc.devices.active.prosecutor": {
      measure: "monatlich im Netz aktive Sky-ECC-Geräte",
      note: "Belgische Föderale Staatsanwaltschaft; die Basis der Anteile der Staatsanwaltschaft nach Ländern.",
      period: "Anfang 2021",
    },
    "skyecc.users.worldwide.dutch-police": {
      measure: "Sky-ECC-Nutzer weltweit, laut niederländischer Polizei",
      note: "Niederländische Polizei; die Basis des niederländischen Anteils unten.",
    },
    "skyecc.users.be.prosecutor": {
      measure: "Sky-ECC-Nutzer (aktive Geräte) in Belgien",
      note: "Belgische Föderale Staatsanwaltschaft: in Belgien genutzte Geräte unter den monatlich aktiven Geräten.",
      period: "Anfang 2021",
    },
    "skyecc.users.nl.prosecutor": {
      measure:
        "Sky-ECC-Nutzer (aktive Geräte) in den Niederlanden, laut belgischer Staatsanwaltschaft",
      note: "Belgische Föderale Staatsanwaltschaft; die niederländische Polizei zählt etwa 11.000 niederländische Konten.",
      period: "Anfang 2021",
    },
    "skyecc.users.nl.dutch-police": {
      measure: "Sky-ECC-Konten in den Niederlanden, laut niederländischer Polizei",
      note: "Zählung niederländischer Konten durch die niederländische Polizei; die belgische Staatsanwaltschaft nennt etwa 12.000.",
    },
    "skyecc.users.benl.prosecutor": {
      measure: "Sky-ECC-Nutzer (aktive Geräte) in Belgien und den Niederlanden zusammen",
      note: "Summe der Zählungen der Staatsanwaltschaft für Belgien und die Niederlande. Berechnet, nicht veröffentlicht: skyecc.users.be.prosecutor + skyecc.users.nl.prosecutor.",
      period: "Anfang 2021",
    },
    "skyecc.users.share-of-be.antwerp.prosecutor": {
      measure: "Anteil der belgischen Sky-ECC-Nutzer im Gerichtsbezirk Antwerpen",
      note: "„Die Hälfte“ der Nutzer in Belgien, im Hafen Antwerpen und um ihn herum; weniger in Brüssel, Limburg, Ostflandern, Lüttich und Charleroi.",
      period: "Anfang 2021",
    },
    "skyecc.users.antwerp.prosecutor": {
      measure: "Sky-ECC-Nutzer im Gerichtsbezirk Antwerpen, im Hafen und um ihn herum",
      note: "Die Hälfte der belgischen Nutzer, wie die Staatsanwaltschaft es ausdrückte. Berechnet, nicht veröffentlicht: skyecc.users.be.prosecutor * skyecc.users.share-of-be.antwerp.prosecutor.",
      period: "Anfang 2021",
    },
    "skyecc.devices.seized.be.before": {
      measure: "in Belgien in früheren Strafverfahren sichergestellte Sky-ECC-Telefone",
      note: "In anderen Verfahren vor der Razzia sichergestellt; eine Zählung der am Tag der Razzia sichergestellten Geräte wurde nicht veröffentlicht.",
      period: "vor dem 9. März 2021 (frühere Jahre)",
    },
    "skyecc.users.share.benl.prosecutor": {
      measure: "Anteil der aktiven Sky-ECC-Nutzer in Belgien und den Niederlanden",
      note: "Angabe der belgischen Föderalen Staatsanwaltschaft: etwa 6.000 in Belgien plus 12.000 in den Niederlanden von etwa 70.000 monatlich aktiven Geräten (das wären 25,7 %). Europol nennt etwa 20 %, von etwa 170.000 Nutzern.",
      period: "Anfang 2021",
    },
    "skyecc.users.share.be.prosecutor": {
      measure: "Anteil der aktiven Sky-ECC-Geräte, die in Belgien genutzt wurden",
      note: "Belgische Nutzer im Verhältnis zu den monatlich aktiven Geräten, beide Zahlen von der belgischen Staatsanwaltschaft. Berechnet, nicht veröffentlicht: skyecc.users.be.prosecutor / skyecc.devices.active.prosecutor.",
      period: "Anfang 2021",
    },
    "skyecc.users.share.nl.prosecutor": {
      measure:
        "Anteil der aktiven Sky-ECC-Geräte, die in den Niederlanden genutzt wurden, laut belgischer Staatsanwaltschaft",
      note: "Niederländische Nutzer im Verhältnis zu den monatlich aktiven Geräten, beide Zahlen von der belgischen Staatsanwaltschaft. Berechnet, nicht veröffentlicht: skyecc.users.nl.prosecutor / skyecc.devices.active.prosecutor.",
      period: "Anfang 2021",
    },
    "skyecc.users.share.antwerp.prosecutor": {
      measure: "Anteil der aktiven Sky-ECC-Geräte, die im Gerichtsbezirk Antwerpen genutzt wurden",
      note: "Nutzer im Gerichtsbezirk Antwerpen im Verhältnis zu den monatlich aktiven Geräten (etwa 4 %). Berechnet, nicht veröffentlicht: skyecc.users.antwerp.prosecutor / skyecc.devices.active.prosecutor.",
      period: "Anfang 2021",
    },
    "skyecc.users.share.antwerp-of-benl.prosecutor": {
      measure:
        "Anteil der belgischen und niederländischen Sky-ECC-Nutzer im Gerichtsbezirk Antwerpen",
      note: "Nutzer im Gerichtsbezirk Antwerpen im Verhältnis zu den belgischen und niederländischen Nutzern zusammen (etwa 17 %). Berechnet, nicht veröffentlicht: skyecc.users.antwerp.prosecutor / skyecc.users.benl.prosecutor.",
      period: "Anfang 2021",
    },
    "skyecc.users.share.benl.europol": {
      measure: "Anteil der Sky-ECC-Nutzer in Belgien und den Niederlanden, laut Europol",
      note: "Die Basis von Europol sind etwa 170.000 Nutzer, nicht die 70.000 aktiven Geräte der Staatsanwaltschaft, daher der Abstand zu 25 %.",
    },
    "skyecc.users.share.nl.dutch-police": {
      measure: "Anteil der Sky-ECC-Nutzer in den Niederlanden, laut niederländischer Polizei",
      note: "Niederländische Konten im Verhältnis zu den Nutzern weltweit, beide Zahlen von der niederländischen Polizei. Berechnet, nicht veröffentlicht: skyecc.users.nl.dutch-police / skyecc.users.worldwide.dutch-police.",
    },
    "skyecc.messages.intercepted.prosecutor": {
      measure: "von belgischen Ermittlern abgefangene Sky-ECC-Nachrichten",
      note: "Belgische Zahl; Europol sprach von Hunderten Millionen, die niederländische Polizei von etwa 80 Millionen von niederländischen Nutzern.",
      period: "bis 9. März 2021",
    },
    "skyecc.messages.decrypted.prosecutor": {
      measure: "Anteil der abgefangenen Sky-ECC-Nachrichten, die bereits entschlüsselt waren",
      note: "„Die Hälfte“ der abgefangenen Nachrichten, bis 9. März 2021.",
      period: "bis 9. März 2021",
    },
    "skyecc.messages.intercepted.europol": {
      measure: "abgefangene Sky-ECC-Nachrichten, laut Europol",
      note: "Keine genaue Zahl genannt.",
      period: "bis 9. März 2021",
      value: "Hunderte Millionen Nachrichten",
    },
    "skyecc.messages.nl.dutch-police": {
      measure: "abgefangene Sky-ECC-Nachrichten niederländischer Nutzer",
      note: "Niederländische Polizei.",
      period: "bis 9. März 2021",
    },
    "skyecc.messages.perday.europol": {
      measure: "pro Tag ausgetauschte Sky-ECC-Nachrichten",
      note: "Täglicher Verkehr im Netz.",
    },
    "skyecc.price.year.prosecutor": {
      measure: "Preis eines Sky-ECC-Abonnements, ein Jahr",
      note: "Belgische Föderale Staatsanwaltschaft (2022). Ein Blog nannte 1.200–2.000 US$ pro sechs Monate und Telefone zu 900–2.000 €; die spanische Polizei (2025) nannte ebenfalls 600 € pro drei Monate.",
    },
    "skyecc.price.3months.prosecutor": {
      measure: "Preis eines Sky-ECC-Abonnements, drei Monate",
      note: "Belgische Föderale Staatsanwaltschaft (2022).",
    },
    "skyecc.handset.price.prosecutor": {
      measure: "Preis eines Sky-ECC-Geräts",
      note: "Belgische Föderale Staatsanwaltschaft (2022): Geräte gab es ab diesem Preis.",
    },
    "skyecc.bounty.usd": {
      measure: "von Sky ECC ausgelobte Prämie für jeden, der es knacken konnte",
      note: "Ausgelobt auf der Website von Sky ECC; laut De Standaard scherzte der föderale Staatsanwalt, die Polizei werde ihre Kontonummer schicken. NU.nl meldet die Belohnung ohne Betrag.",
      period: "vor 2021 ausgelobt, gemeldet im März 2021",
    },
    "skyecc.bounty.eur": {
      measure: "von Sky ECC ausgelobte Prämie für jeden, der es knacken konnte, in Euro",
      note: "Die eigene Umrechnung der Quelle von 5 Millionen US-Dollar.",
      period: "vor 2021 ausgelobt, gemeldet im März 2021",
    },
    "skyecc.base.europol": {
      measure: "von wo aus Sky ECC betrieben wurde",
      note: "Eine US-Anklageschrift (berichtet von Borderland Beat) nennt Sky Global mit Sitz in Vancouver, mit Servern in Kanada und Frankreich.",
      value: "Betrieben aus den Vereinigten Staaten und Kanada, mit Servern in Europa",
    },
    // The Belgian balance one to five years on (aftermath.ts)
    "aftermath.be.2022-03.cases.new": {
      measure: "aus Sky-ECC-Nachrichten eröffnete neue Ermittlungsverfahren",
      note: "Föderale Staatsanwaltschaft, nach einem Jahr.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.cases.enriched": {
      measure: "mit Sky-ECC-Nachrichten ergänzte bestehende Ermittlungsverfahren",
      note: "Föderale Staatsanwaltschaft, nach einem Jahr.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.arrested": {
      measure: "festgenommene oder vernommene Verdächtige",
      note: "Föderale Staatsanwaltschaft, nach einem Jahr; viele von ihnen bis zum Prozess in Untersuchungshaft.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.suspects.standaard": {
      measure: "identifizierte Verdächtige",
      note: "De Standaard, unter Berufung auf die Föderale Staatsanwaltschaft; das Justizministerium nannte 2.000 für denselben Zwischenstand.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.suspects.justice": {
      measure: "identifizierte Verdächtige",
      note: "Die belgischen Minister für Justiz und Inneres (2.000 identifizierte Verdächtige, 888 festgenommen); De Standaard nannte 4.000 für denselben Zwischenstand.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.drugs": {
      measure: "in Sky-ECC-Ermittlungen sichergestellte Drogen, überwiegend Kokain",
      note: "Alle Drogen, nicht nur Kokain.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.drugs.value": {
      measure: "Straßenverkaufswert der sichergestellten Drogen",
      note: "Schätzung der Föderalen Staatsanwaltschaft.",
      period: "bis März 2022",
    },
    "aftermath.be.2022-03.money": {
      measure: "sichergestelltes Geld und Vermögen",
      note: "Einschließlich Luxusautos; De Standaard und La Libre sprechen beide von knapp („bijna“, „près de“) 60 Millionen €.",
      period: "bis März 2022",
    },
    "aftermath.be.2023-03.cases": {
      measure: "Sky-ECC-Ermittlungsverfahren insgesamt",
      note: "Bilanz nach zwei Jahren.",
      period: "bis März 2023",
    },
    "aftermath.be.2023-03.suspects": {
      measure: "Verdächtige",
      note: "Bilanz nach zwei Jahren.",
      period: "bis März 2023",
    },
    "aftermath.be.2023-03.money": {
      measure: "sichergestelltes Geld und Vermögen",
      note: "Bilanz nach zwei Jahren.",
      period: "bis März 2023",
    },
    "aftermath.be.2023-03.judgments.final": {
      measure: "rechtskräftige Urteile",
      note: "Urteile, gegen die kein Rechtsmittel mehr möglich ist; Urteile sind keine Zählung verurteilter Personen.",
      period: "bis März 2023",
    },
    "aftermath.be.2023-03.judgments.nonfinal": {
      measure: "noch nicht rechtskräftige Urteile",
      note: "Urteile, gegen die noch ein Rechtsmittel möglich ist.",
      period: "bis März 2023",
    },
    "aftermath.be.2023-12.cases": {
      measure: "Sky-ECC-Ermittlungsverfahren insgesamt",
      note: "Justizministerium, Dezember 2023; die meisten entfallen auf die Provinz Antwerpen.",
      period: "bis Dez. 2023",
    },
    "aftermath.be.2023-12.suspects": {
      measure: "Verdächtige",
      note: "Verdächtige, gegen die Ermittlungen laufen.",
      period: "bis Dez. 2023",
    },
    "aftermath.be.2023-12.money": {
      measure: "sichergestelltes Geld und Vermögen",
      note: "Justizministerium, Dezember 2023.",
      period: "bis Dez. 2023",
    },
    "aftermath.be.2023-12.convictions": {
      measure: "Verurteilungen",
      note: "Die Marke von 1.000 wurde im Dezember 2023 erreicht; zu Jahresbeginn waren es 344.",
      period: "bis Dez. 2023",
    },
    "aftermath.be.2024-03.cases": {
      measure: "Sky-ECC-Ermittlungsverfahren insgesamt",
      note: "Föderale Polizei, nach drei Jahren; zwei von drei Verfahren lagen bei der Antwerpener Staatsanwaltschaft.",
      period: "bis März 2024",
    },
    "aftermath.be.2024-03.suspects": {
      measure: "Verdächtige",
      note: "Föderale Polizei, nach drei Jahren; allein in den Antwerpener Verfahren wurden 3.720 Personen angeklagt.",
      period: "bis März 2024",
    },
    "aftermath.be.2024-03.money": {
      measure: "sichergestelltes Geld und Vermögen",
      note: "Föderale Polizei, nach drei Jahren.",
      period: "bis März 2024",
    },
    "aftermath.be.2024-03.convictions": {
      measure: "Verurteilungen",
      note: "Föderale Polizei: verurteilte Personen, nach drei Jahren.",
      period: "bis März 2024",
    },
    "aftermath.be.2024-10.cases": {
      measure: "Sky-ECC-Ermittlungsverfahren insgesamt",
      note: "Föderale Polizei, vor dem Encro-Urteil.",
      period: "bis 28. Okt. 2024",
    },
    "aftermath.be.2024-10.prosecuted": {
      measure: "angeklagte Personen",
      note: "Föderale Polizei, vor dem Encro-Urteil; nicht dieselbe Zählung wie die Verdächtigen.",
      period: "bis 28. Okt. 2024",
    },
    "aftermath.be.2024-10.money": {
      measure: "sichergestelltes Geld und Vermögen",
      note: "Föderale Polizei (Bruzz nannte dieselben 239 Millionen €). Höher als die Zahl nach fünf Jahren vom Februar 2026 (224 Millionen €): Polizei und Staatsanwaltschaft zählen wohl unterschiedlich.",
      period: "bis 28. Okt. 2024",
    },
    "aftermath.be.2024-10.judgments": {
      measure: "Urteile",
      note: "Föderale Polizei, vor dem Encro-Urteil; rechtskräftige und nicht rechtskräftige zusammen.",
      period: "bis 28. Okt. 2024",
    },
    "aftermath.be.2024-10.prison": {
      measure: "verhängte Haftstrafen insgesamt",
      note: "Föderale Polizei, vor dem Encro-Urteil.",
      period: "bis 28. Okt. 2024",
    },
    "aftermath.be.2026-02.cases": {
      measure: "Sky-ECC-Ermittlungsverfahren insgesamt",
      note: "Bilanz nach fünf Jahren: neue und ergänzte Ermittlungsverfahren zusammen.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.cases.new": {
      measure: "aus Sky-ECC-Nachrichten eröffnete neue Ermittlungsverfahren",
      note: "Bilanz nach fünf Jahren.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.cases.enriched": {
      measure: "mit Sky-ECC-Nachrichten ergänzte bestehende Ermittlungsverfahren",
      note: "Bilanz nach fünf Jahren.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.suspects": {
      measure: "Verdächtige",
      note: "Bilanz nach fünf Jahren.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.money": {
      measure: "sichergestelltes Geld und Vermögen",
      note: "Niedriger als die von Bruzz im Oktober 2024 gemeldeten 239 Millionen €; der Umfang der Zählungen kann sich unterscheiden.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.convictions": {
      measure: "Verurteilungen",
      note: "Bilanz nach fünf Jahren.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.prison": {
      measure: "verhängte Haftstrafen insgesamt",
      note: "Summe der verhängten Haftstrafen, in 178 Gerichtsentscheidungen.",
      period: "bis Feb. 2026",
    },
    "aftermath.be.2026-02.decisions": {
      measure: "Gerichtsentscheidungen",
      note: "Bilanz nach fünf Jahren; viele Verfahren waren noch anhängig oder in Berufung.",
      period: "bis Feb. 2026",
    },
    // Cocaine seized by country (seizuresByCountry.ts)
    "seized.eu.2019.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "EMCDDA, European Drug Report 2021, zitiert von der Europäischen Kommission.",
    },
    "seized.eu.2020.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "EMCDDA und Europol; ein Rekord im vierten Jahr in Folge. Auf Belgien, die Niederlande und Spanien entfielen fast drei Viertel der Sicherstellungen.",
    },
    "seized.eu.2021.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "EMCDDA, European Drug Report 2023.",
    },
    "seized.eu.2022.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    "seized.eu.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025: ein Rekord im siebten Jahr in Folge; auf Belgien, Spanien und die Niederlande entfielen 72 % der Sicherstellungen.",
    },
    "seized.be.2019.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "EMCDDA, European Drug Report 2021: 30 % der EU-Summe.",
    },
    "seized.be.2020.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "Daten der EMCDDA; der höchste Wert aller meldenden Länder in diesem Jahr.",
    },
    "seized.be.2021.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "Vorläufige Daten der EMCDDA: knapp 92 t, fast alles im Hafen Antwerpen.",
    },
    "seized.be.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025. Für 2023 wurde keine nationale Summe belgischer Behörden festgehalten (allein der Hafen Antwerpen: 116 t laut Zoll).",
    },
    "seized.nl.2019.customs": {
      measure: "sichergestelltes Kokain",
      note: "Die Summe des niederländischen Zolls für 2019, 38.000 kg (50 % mehr als 2018), wie NRC mit den Halbjahreszahlen des Zolls im Juli 2020 berichtete. Die Veränderung von etwa 24 % in der Mitteilung für 2020 ergibt etwa 38,7 t; Daten der EMCDDA über Statista ergeben etwa 39 t. Rijnmond (Januar 2020) nannte 38.000 kg allein für den Hafen Rotterdam.",
    },
    "seized.nl.2020.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll, in niederländischen Seehäfen und am Flughafen Schiphol: „48.000 kilo“ (ANP-Meldungen derselben Mitteilung sagen „ruim“, mehr als, 48.000 kg). Weitere 67 t mit Ziel Niederlande wurden im Ausland sichergestellt. NH Nieuws nannte später 49.000 kg für das ganze Jahr 2020; Daten der EMCDDA 48,89 t.",
    },
    "seized.nl.2020.change-on-2019.customs": {
      measure:
        "Veränderung des vom niederländischen Zoll sichergestellten Kokains gegenüber dem Vorjahr",
      note: "Niederländischer Zoll: 2020 lag etwa 24 % über 2019.",
    },
    "seized.nl.2020.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "Daten der EMCDDA.",
    },
    "seized.nl.2021.customs": {
      measure: "bis Weihnachten sichergestelltes Kokain (Teil des Jahres)",
      note: "Teiljahr, vorläufige Zahl des niederländischen Zolls: knapp 68.000 kg bis Weihnachten 2021 („bijna“ in NH Nieuws; NOS-Meldungen sagen 68.000 kg). Eine endgültige Summe für 2021 wurde nicht festgehalten. Das Rotterdamer HARC-Team allein meldete 70,571 t für 2021, mehr als diese landesweite Zahl: beide zählen unterschiedlich.",
      period: "2021 (bis 25. Dez.)",
    },
    "seized.nl.2022.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll (51.447 kg), im Vergleich mit 2023; der Nationale Drug Monitor rundet auf 51.000 kg.",
    },
    "seized.nl.2023.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll (59.116 kg); die EUDA nennt 59 t, DutchNews (2026) etwa 60 t.",
    },
    "seized.nl.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    "seized.nl.2024.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll, Seehäfen und Flughäfen, Stand Januar 2026; ANP (Januar 2025) nannte 38.000 kg „Drogen“ gegenüber knapp 60 t Kokain im Jahr 2023. Eine Primärmitteilung des Zolls für 2024 wurde nicht gefunden.",
    },
    "seized.nl.2025.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll, Seehäfen und Flughäfen (Mitteilung vom 22. Januar 2026): mehr als ein Drittel weniger als 2024, weil Schmuggler ihre Routen verlagern.",
    },
    "seized.de.2019.bka": {
      measure: "sichergestelltes Kokain",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2019; der größte Fund waren 4,5 t im Hamburger Hafen.",
    },
    "seized.de.2020.bka": {
      measure: "sichergestelltes Kokain",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021 (Vergleich mit 2020).",
    },
    "seized.de.2021.bka": {
      measure: "sichergestelltes Kokain",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021.",
    },
    "seized.de.2022.bka": {
      measure: "sichergestelltes Kokain",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023 (Vergleich mit 2022).",
    },
    "seized.de.2023.bka": {
      measure: "sichergestelltes Kokain",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023; auch die EUDA nennt 43 t.",
    },
    "seized.de.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    "seized.de.2024.bka": {
      measure: "sichergestelltes Kokain",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2024, wie von inside bw zusammengefasst (das Dokument des BKA wurde nicht eingesehen); gegenüber etwa 43 t im Jahr 2023 gesunken.",
    },
    "seized.de.2024.zoll": {
      measure: "vom deutschen Zoll sichergestelltes Kokain",
      note: "Allein der deutsche Zoll (Zoll Jahresbilanz 2024), von insgesamt etwa 32 t Drogen; nicht die Summe des BKA über alle Behörden.",
    },
    "seized.es.2019.govt": {
      measure: "sichergestelltes Kokain",
      note: "Spanische Regierung, schriftliche Antwort an das Parlament (37.868 kg).",
    },
    "seized.es.2020.govt": {
      measure: "sichergestelltes Kokain",
      note: "Spanische Regierung, schriftliche Antwort an das Parlament (36.948 kg); Daten der EMCDDA ergeben 36,9 t, HLN meldete 38 t.",
    },
    "seized.es.2020.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "Daten der EMCDDA.",
    },
    "seized.es.2021.govt": {
      measure: "sichergestelltes Kokain",
      note: "Spanische Regierung, schriftliche Antwort an das Parlament (49.159 kg).",
    },
    "seized.es.2022.govt": {
      measure: "sichergestelltes Kokain",
      note: "Spanische Regierung, schriftliche Antwort an das Parlament (57.790 kg); die Statistik des CITCO nennt 58.334 kg.",
    },
    "seized.es.2022.citco": {
      measure: "sichergestelltes Kokain",
      note: "Jährliche Drogenstatistik des CITCO (Nachrichtendienstliches Zentrum des Innenministeriums).",
    },
    "seized.es.2023.govt": {
      measure: "sichergestelltes Kokain",
      note: "Spanische Regierung, schriftliche Antwort an das Parlament (117.713 kg); die offizielle Zahl des Innenministeriums (117 t, El País, 17. Dezember 2024) stimmt damit überein. Die EUDA nennt 118 t, der nationale Sicherheitsbericht (vorläufig) 141,8 t.",
    },
    "seized.es.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    "seizure.es.2024-10.algeciras": {
      measure: "größte einzelne Sicherstellung von Kokain, die je in Spanien gelang",
      note: "Spanische Nationalpolizei, über dpa: gefunden in Bananen aus Ecuador; zitiert im European Drug Report 2025 der EUDA.",
    },
    "seized.es.2023.natsec": {
      measure: "sichergestelltes Kokain",
      note: "Jährlicher Bericht zur nationalen Sicherheit, vorläufig (141.765 kg, etwa 141,8 t); höher als die Antwort der Regierung und als die Zahl der EUDA.",
    },
    "seized.fr.2019.customs": {
      measure: "vom französischen Zoll sichergestelltes Kokain",
      note: "Allein der französische Zoll (27,8 % weniger als 2018); eine nationale Summe für 2019 wurde nicht gefunden.",
    },
    "seized.fr.2020.ofast": {
      measure: "sichergestelltes Kokain",
      note: "Abgeleitet aus der OFAST-Summe für 2021 und ihrer Veränderung gegenüber 2020 (etwa 13,1 t); Daten der EMCDDA über Statista zeigen etwa 13 t. Berechnet, nicht veröffentlicht: seized.fr.2021.ofast / (1 + seized.fr.2021.change-on-2020.ofast).",
    },
    "seized.fr.2021.ofast": {
      measure: "sichergestelltes Kokain",
      note: "OFAST (französische Antidrogenbehörde), über Le Parisien. Die erste Schätzung des Innenministers im Januar 2022 lag bei 23 t.",
    },
    "seized.fr.2021.change-on-2020.ofast": {
      measure: "Veränderung des sichergestellten Kokains gegenüber dem Vorjahr",
      note: "OFAST: 2021 lag knapp 102 % über 2020.",
    },
    "seized.fr.2021.interior-prelim": {
      measure: "sichergestelltes Kokain",
      note: "Erste Schätzung, die der Innenminister im Januar 2022 bekannt gab; die spätere Summe des OFAST beträgt 26,5 t.",
    },
    "seized.fr.2022.interior": {
      measure: "sichergestelltes Kokain",
      note: "Jahresbilanz des französischen Innenministeriums; franceinfo meldet mehr als 27 t, 5 % mehr als 2021.",
    },
    "seized.fr.2023.ofast": {
      measure: "sichergestelltes Kokain",
      note: "OFAST, laut BFMTV; die EUDA nennt 23 t.",
    },
    "seized.fr.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    "seized.it.2019.dcsa-2020": {
      measure: "sichergestelltes Kokain",
      note: "DCSA-Jahresbericht 2020, der erste Bericht zu 2019. Der nächste Bericht nennt 8,2 t: die veröffentlichte Spanne ist 8,2–8,4 t.",
    },
    "seized.it.2019.dcsa-2021": {
      measure: "sichergestelltes Kokain",
      note: "DCSA-Jahresbericht 2021, der 2019 korrigiert. Der erste Bericht nannte 8,4 t: die veröffentlichte Spanne ist 8,2–8,4 t.",
    },
    "seized.it.2020.dcsa": {
      measure: "sichergestelltes Kokain",
      note: "DCSA-Jahresbericht 2021; spätere DCSA-Berichte nennen bis zu 13,6 t (Spanne 13,4–13,6 t).",
    },
    "seized.it.2021.dcsa": {
      measure: "sichergestelltes Kokain",
      note: "DCSA-Jahresbericht 2022; eine spätere Korrektur der DCSA nennt 20.075 kg (Spanne 20,1–20,7 t).",
    },
    "seized.it.2022.dcsa": {
      measure: "sichergestelltes Kokain",
      note: "DCSA-Jahresbericht 2023; ein Rekord. Eine Zahl für 2023 wurde nicht gefunden.",
    },
    "seized.pt.2019.pj": {
      measure: "sichergestelltes Kokain",
      note: "Jahresbericht der Polícia Judiciária (10.567,66 kg, etwa 10,57 t).",
    },
    "seized.pt.2020.rasi": {
      measure: "sichergestelltes Kokain",
      note: "Jahresbericht zur inneren Sicherheit (RASI).",
    },
    "seized.pt.2021.pj": {
      measure: "sichergestelltes Kokain",
      note: "Genaue Zahl nicht veröffentlicht: laut Polícia Judiciária lagen die mehr als 16 t von 2022 sechs Tonnen über 2021.",
    },
    "seized.pt.2022.pj": {
      measure: "sichergestelltes Kokain",
      note: "Vorläufige Zahl der Polícia Judiciária; die EUDA nennt 17 t.",
    },
    "seized.pt.2022.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    "seized.pt.2023.pj": {
      measure: "sichergestelltes Kokain",
      note: "Bericht über den Drogenhandel in Portugal; die EUDA nennt 22 t.",
    },
    "seized.pt.2023.euda": {
      measure: "sichergestelltes Kokain",
      note: "EUDA, European Drug Report 2025.",
    },
    // Ports (ports.ts)
    "port.antwerp.2019.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll (FÖD Finanzen), über AFP.",
    },
    "port.antwerp.2019.rijnmond": {
      measure: "sichergestelltes Kokain",
      note: "Die Zahl des belgischen Zolls, wie Rijnmond sie mit den gemeinsamen belgisch-niederländischen Ergebnissen meldete; AFP nannte 62,1 t.",
    },
    "port.antwerp.2020.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll (FÖD Finanzen), über AFP; das 14-Fache der Menge von 2013.",
    },
    "port.antwerp.2021.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll, über AFP; die EMCDDA rundet 2021 auf 91 t.",
    },
    "port.antwerp.2021.emcdda": {
      measure: "sichergestelltes Kokain",
      note: "EMCDDA, European Drug Report 2023; der belgische Zoll nannte 89,5 t.",
    },
    "port.antwerp.2022.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll, über AFP; das erste Jahr über 100 t. Eine belgische nationale Summe für 2022 wurde nicht gefunden.",
    },
    "port.antwerp.2023.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll, bekannt gegeben vom Finanzminister; 5 % mehr als 2022.",
    },
    "port.antwerp.2023.europol-spokesperson": {
      measure: "sichergestelltes Kokain",
      note: "Ein Sprecher von Europol (2024) nannte 121 t für den Hafen Antwerpen. Umstritten: der belgische Zoll gab im Januar 2024 116 t bekannt (AFP bleibt bei 116 t), während Belga-Meldungen von 2025 und 2026 ebenfalls 121 t oder mehr als 120 t für den Hafen nennen. Jeder Wert bleibt bei seiner Quelle.",
    },
    "port.antwerp.2023.belga": {
      measure: "sichergestelltes Kokain",
      note: "Belga (Januar 2025), beim Vergleich von 2024 mit 2023; die Zahl des Zolls vom Januar 2024 lag bei 116 t, und AFP bleibt bei 116 t. Entweder hat der Zoll 2023 nach oben korrigiert, oder die Meldungen unterscheiden sich; keine Primärquelle klärt das.",
    },
    "port.antwerp.2024.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll, Pressekonferenz vom 9. Januar 2025: der erste Rückgang seit mehr als zehn Jahren. Belga und AFP stimmen bei 44 t überein; für 2023 nennt Belga 121 t, AFP 116 t.",
    },
    "port.antwerp.2025.customs": {
      measure: "sichergestelltes Kokain",
      note: "Belgischer Zoll (Bericht des FÖD Finanzen), Kokain aus Südamerika: etwa 55 t, nach 44 t im Jahr 2024. Beide Meldungen nennen für 2023 mehr als 120 t.",
    },
    "port.rotterdam.2019.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team, bekannt gegeben von der Rotterdamer Staatsanwaltschaft (33.732 kg); fast doppelt so viel wie 2018.",
    },
    "port.rotterdam.2019.customs": {
      measure: "sichergestelltes Kokain",
      note: "Gemeinsame belgisch-niederländische Ergebnisse des Zolls (38.000 Kilo); das HARC-Team zählte 33.732 kg: unterschiedliche Abgrenzungen.",
    },
    "port.rotterdam.2020.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team, bekannt gegeben von der Rotterdamer Staatsanwaltschaft (40.641 kg), knapp 7.000 kg mehr als 2019.",
    },
    "port.rotterdam.2021.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team, bekannt gegeben von der Rotterdamer Staatsanwaltschaft im Januar 2022; ein Rekord. Im Januar 2023 nannte sie 72,808 t für 2021.",
    },
    "port.rotterdam.2021.change-on-2020.om": {
      measure: "Veränderung des vom HARC-Team sichergestellten Kokains gegenüber dem Vorjahr",
      note: "Rotterdamer Staatsanwaltschaft: 2021 lag 74 % über 2020.",
    },
    "port.rotterdam.2021.om-revised": {
      measure: "sichergestelltes Kokain",
      note: "Die Zahl des HARC-Teams für 2021, wie die Rotterdamer Staatsanwaltschaft sie im Januar 2023 neu angab; zuerst mit 70,571 t bekannt gegeben.",
    },
    "port.rotterdam.2021-11.om": {
      measure: "sichergestelltes Kokain",
      note: "Nur ein Teil des Jahres (bis Ende November 2021).",
      period: "2021 (bis 27. Nov.)",
    },
    "port.rotterdam.2022.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team, bekannt gegeben von der Rotterdamer Staatsanwaltschaft. Die gemeinsame belgisch-niederländische Mitteilung des Zolls nannte 52,5 t, Le Soir etwa 50 t: unterschiedliche Abgrenzungen.",
    },
    "port.rotterdam.2022.customs": {
      measure: "sichergestelltes Kokain",
      note: "Gemeinsame belgisch-niederländische Ergebnisse des Zolls, über AFP; das HARC-Team zählt 46,789 t.",
    },
    "port.rotterdam.2022.lesoir": {
      measure: "sichergestelltes Kokain",
      note: "Le Soir zur Zahl des niederländischen Zolls, gerundet; 29 % weniger als 2021.",
    },
    "port.rotterdam.2023.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team, bekannt gegeben von der Rotterdamer Staatsanwaltschaft.",
    },
    "port.rotterdam.2024.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team (25.900 kg, gegenüber 45.506 kg im Jahr 2023): der dritte Rückgang in Folge. Der niederländische Zoll nannte später etwa 25 t.",
    },
    "port.rotterdam.2024.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll (25.000 kg), im Januar 2026 zum Vergleich genannt; das HARC-Team zählt 25.900 kg.",
    },
    "port.rotterdam.2025.om": {
      measure: "sichergestelltes Kokain",
      note: "HARC-Team (11.466 kg), weniger als die Hälfte von 2024: der vierte Rückgang in Folge. Der niederländische Zoll nennt 11.500 kg.",
    },
    "port.rotterdam.2025.customs": {
      measure: "sichergestelltes Kokain",
      note: "Niederländischer Zoll (11.500 kg), über RTV Rijnmond; das HARC-Team zählt 11.466 kg.",
    },
    "port.hamburg.2019.customs": {
      measure: "sichergestelltes Kokain",
      note: "Hauptzollamt Hamburg, überwiegend im Hamburger Hafen; Hamburg und Bremerhaven zusammen: 9,5 t.",
    },
    "port.hamburg.2020.customs": {
      measure: "sichergestelltes Kokain",
      note: "Alle deutschen Containerhäfen an Nord- und Ostsee (etwa 8,1 t), nicht der Hamburger Hafen allein. Der Hamburger Zoll veröffentlichte keine Summe für 2020: im Dezember 2020 sagte das Zollfahndungsamt nur, 2020 werde das Rekordniveau von 2019 erreichen, und im Mai 2022 nannte es für 2021 genau 11,023 t mehr als 2020. Berechnet, nicht veröffentlicht: port.hamburg.2021.customs - port.hamburg.2021.increase-on-2020.customs.",
    },
    "port.hamburg.2021.customs": {
      measure: "sichergestelltes Kokain",
      note: "Zollfahndungsamt Hamburg: alle deutschen Containerhäfen an Nord- und Ostsee, einschließlich der 16 t, die im Februar 2021 in Hamburg gefunden wurden (etwa 19,1 t).",
    },
    "port.hamburg.2021.increase-on-2020.customs": {
      measure: "Zunahme des sichergestellten Kokains gegenüber dem Vorjahr",
      note: "Zollfahndungsamt Hamburg: 2021 lag 11,023 t über 2020, bei gleicher Abgrenzung.",
    },
    "port.hamburg.2022.customs-prelim": {
      measure: "sichergestelltes Kokain",
      note: "Vorläufige Zahl des Hamburger Zolls vom Dezember 2022; die endgültige Zählung, mit Bremerhaven, ergibt 13 t.",
    },
    "port.hamburg.2022.customs": {
      measure: "sichergestelltes Kokain",
      note: "Hauptzollamt Hamburg, deutsche Seehäfen einschließlich Bremerhaven.",
    },
    "port.hamburg.2023.customs": {
      measure: "sichergestelltes Kokain",
      note: "Allein der Hamburger Hafen; mit Bremerhaven (2 t) etwa 35 t. Das Bundesinnenministerium und dpa nannten etwa 34 t.",
    },
    "port.hamburg.2023.customs-with-bremerhaven": {
      measure: "in den Häfen Hamburg und Bremerhaven sichergestelltes Kokain",
      note: "Hauptzollamt Hamburg: 33 t in Hamburg und 2 t in Bremerhaven.",
    },
    "port.antwerp.2024-h1.customs": {
      measure: "vom Zoll sichergestelltes Kokain, erstes Halbjahr",
      note: "Halbjahresmitteilung des belgischen Zolls von 2025, im Vergleich mit 2024: 62 Sicherstellungen, im Schnitt je 359 kg.",
    },
    "port.antwerp.2025-h1.customs": {
      measure: "vom Zoll sichergestelltes Kokain, erstes Halbjahr",
      note: "Belgischer Zoll: mehr Sicherstellungen (82), aber kleinere, im Schnitt 204 kg. Wichtigste Herkunftsländer: Brasilien, Panama, Costa Rica, Suriname, Nicaragua.",
    },
    "port.antwerp.2024-h1.seizures": {
      measure: "Kokain-Sicherstellungen des Zolls, erstes Halbjahr",
      note: "Halbjahresmitteilung des belgischen Zolls von 2025.",
    },
    "port.antwerp.2025-h1.seizures": {
      measure: "Kokain-Sicherstellungen des Zolls, erstes Halbjahr",
      note: "Halbjahresmitteilung des belgischen Zolls von 2025.",
    },
    "port.antwerp.2023.offences": {
      measure: "vom Zoll erfasste Kokaindelikte",
      note: "AFP zu den Ergebnissen des Zolls für 2024, im Vergleich mit 2023.",
    },
    "port.antwerp.2024.offences": {
      measure: "vom Zoll erfasste Kokaindelikte",
      note: "AFP: mehr Delikte, aber weit weniger große Sicherstellungen; Schmuggel in kleineren Sendungen.",
    },
    "port.antwerp.2023.seizures-2t": {
      measure: "Kokain-Sicherstellungen von mindestens zwei Tonnen",
      note: "AFP zu den Ergebnissen des Zolls für 2024, im Vergleich mit 2023.",
    },
    "port.antwerp.2024.seizures-2t": {
      measure: "Kokain-Sicherstellungen von mindestens zwei Tonnen",
      note: "AFP zu den Ergebnissen des Zolls für 2024.",
    },
    "intercepted.latam-to-be.2023.afp": {
      measure: "in lateinamerikanischen Häfen abgefangenes Kokain mit Ziel Antwerpen",
      note: "AFP; Belga nannte 80 t für 2023. Die Quellen widersprechen sich, keine wird bevorzugt.",
    },
    "intercepted.latam-to-be.2023.belga": {
      measure: "an der Quelle und in Transitländern abgefangenes Kokain mit Ziel Belgien",
      note: "Belga; AFP nannte 45 t für 2023. Die Quellen widersprechen sich, keine wird bevorzugt.",
    },
    "intercepted.latam-to-be.2024.afp": {
      measure: "in lateinamerikanischen Häfen abgefangenes Kokain mit Ziel Antwerpen",
      note: "AFP; Belga nannte 91 t, die Brussels Times (Juli 2025) 81 t. Die Quellen widersprechen sich, keine wird bevorzugt.",
    },
    "intercepted.latam-to-be.2024.belga": {
      measure: "an der Quelle und in Transitländern abgefangenes Kokain mit Ziel Belgien",
      note: "Belga; AFP nannte 81,4 t. Die Quellen widersprechen sich, keine wird bevorzugt.",
    },
    "intercepted.latam-to-be.2024-h1": {
      measure: "in Südamerika abgefangenes Kokain mit Ziel Belgien, erstes Halbjahr",
      note: "Die Brussels Times (Belga), im Vergleich mit 2025; eine Meldung vom Juli 2024 nannte 15,8 t für dasselbe Halbjahr.",
    },
    "intercepted.latam-to-be.2025-h1": {
      measure: "in Südamerika abgefangenes Kokain mit Ziel Belgien, erstes Halbjahr",
      note: "Die Brussels Times (Belga).",
    },
    "port.rotterdam.2023.uithalers": {
      measure: "wegen des Herausholens von Drogen aus Containern festgenommene Personen",
      note: "OM und HARC-Team, über ANP, im Vergleich von 2024 mit 2023.",
    },
    "port.rotterdam.2024.uithalers": {
      measure: "wegen des Herausholens von Drogen aus Containern festgenommene Personen",
      note: "OM und HARC-Team, über ANP; 59 von ihnen waren minderjährig, der jüngste 14.",
    },
    "port.vlissingen.2024.om": {
      measure: "sichergestelltes Kokain",
      note: "OM und HARC-Team (Januar 2026). Andere Abgrenzungen ergeben andere Zahlen: 12.664 kg für alle Häfen von Zeeland-West-Brabant (OM, Januar 2025), knapp 9,6 t (niederländischer Zoll).",
    },
    "port.vlissingen.2024.customs": {
      measure: "vom niederländischen Zoll sichergestelltes Kokain",
      note: "Niederländischer Zoll über DutchNews; OM und HARC-Team zählen 8.939 kg.",
    },
    "port.vlissingen.2025.om": {
      measure: "sichergestelltes Kokain",
      note: "OM und HARC-Team (Januar 2026).",
    },
    "nl.seaports.2023-h1.customs": {
      measure: "vom Zoll in niederländischen Seehäfen sichergestelltes Kokain, erstes Halbjahr",
      note: "Niederländischer Zoll, über NOS, im Vergleich mit 2024.",
    },
    "nl.seaports.2024-h1.customs": {
      measure: "vom Zoll in niederländischen Seehäfen sichergestelltes Kokain, erstes Halbjahr",
      note: "Niederländischer Zoll, über NOS: 42 % weniger als ein Jahr zuvor; die größte Sicherstellung waren 3.600 kg in Vlissingen.",
    },
    "nl.seaports.2025-h1.customs": {
      measure: "vom Zoll in niederländischen Seehäfen sichergestelltes Kokain, erstes Halbjahr",
      note: "Niederländischer Zoll, über ANP: 400 kg weniger als ein Jahr zuvor; darunter ein Rekord von 4.500 kg im Hafen Amsterdam und 4.140 kg in Vlissingen.",
    },
    "port.rotterdam.2025-h1.customs": {
      measure: "vom Zoll sichergestelltes Kokain, erstes Halbjahr",
      note: "Niederländischer Zoll, über ANP. Andere Meldungen nennen für dasselbe Halbjahr mehr als 7.000 kg oder sieben Tonnen: die Meldungen widersprechen sich.",
    },
    "port.hamburg.2024.announced-count": {
      measure:
        "im Hafen gefundenes Kokain, Summe der von Zoll und Polizei gemeldeten Sicherstellungen",
      note: "Keine offizielle Jahressumme: dpa zählte die bis Weihnachten gemeldeten Sicherstellungen zusammen (2023: etwa 34 t); der Hamburger Zoll wollte keine vorläufige Zahl nennen. Eine offizielle Summe für 2024 oder 2025 für den Hafen wurde nicht gefunden.",
      period: "2024 (bis 25. Dez.)",
    },
    // Trials (trials.ts)
    "trial.encro.2024-10-29.convicted": {
      measure: "im Encro-Prozess verurteilte Angeklagte (erste Instanz)",
      note: "Brüsseler Strafgericht: 115 Personen und 4 Unternehmen, mit Haftstrafen von 14 Monaten bis 17 Jahren (Reuters). Der größte Strafprozess in Belgien.",
    },
    "trial.encro.2024-10-29.acquitted": {
      measure: "im Encro-Prozess freigesprochene Angeklagte (erste Instanz)",
      note: "Brüsseler Strafgericht.",
    },
    "trial.encro.2024-10-29.prison": {
      measure: "im Encro-Prozess verhängte Haftstrafen insgesamt",
      note: "Etwa 700 Jahre (BX1, belgiquefois); Bruzz meldete 800 Jahre: die Meldungen widersprechen sich.",
    },
    "trial.encro.2024-10-29.confiscated": {
      measure: "im Encro-Prozess angeordnete Einziehungen",
      note: "Etwa 60 Millionen € (BX1, belgiquefois); ein Nachrichtenaggregator nannte 65 Millionen €.",
    },
    "trial.encro.appeal.retried": {
      measure:
        "im Encro-Prozess verurteilte Personen, deren Verfahren in der Berufung neu verhandelt wird",
      note: "Brüsseler Berufungsgericht. Die Staatsanwaltschaft beantragte, die meisten Strafen zu bestätigen und fünf zu erhöhen.",
    },
    "trial.encro.appeal.opened": {
      measure: "erster Verhandlungstag der Encro-Berufung",
      note: "Brüsseler Berufungsgericht.",
    },
    "trial.encro.appeal.closed": {
      measure: "letzter Verhandlungstag der Encro-Berufung",
      note: "Nach sieben Wochen Verhandlung.",
    },
    "trial.encro.appeal.judgment-expected": {
      measure: "Monat, in dem das Berufungsurteil im Encro-Prozess erwartet wurde",
      note: "Erwartet, wie zum Abschluss der Verhandlungen angekündigt; das Urteil selbst wurde nicht gefunden.",
    },
    "trial.fr.paris.sent-to-trial": {
      measure:
        "Personen, die vor der besonderen Cour d’assises in Paris vor Gericht gestellt werden (Macher und Vertreiber von Sky ECC)",
      note: "Verweisungsbeschluss vom August 2024, darunter der Geschäftsführer von Sky Global. Der Ausgang des Pariser Verfahrens wurde nicht gefunden.",
    },
    "trial.fr.paris.charged": {
      measure: "davon während der Ermittlungen persönlich angeklagte Personen",
      note: "Die übrigen 18 wurden per Haftbefehl gesucht.",
    },
    "trial.fr.paris.warrants": {
      measure: "davon weiterhin per Haftbefehl gesuchte Personen",
      note: "Darunter der Geschäftsführer von Sky Global.",
    },
    "trial.nl.distributors.2025-01.arrested": {
      measure: "wegen des Vertriebs von Sky-ECC-Telefonen festgenommene Personen",
      note: "Niederländische Polizei: zwei Männer auf Ibiza und in Alicante festgenommen, ein Mann und eine Frau in Amsterdam.",
    },
    "trial.nl.distributors.2025-01.crypto": {
      measure: "bei Vertreibern von Sky ECC sichergestellte Kryptowährung",
      note: "Niederländische Polizei; auch Immobilien wurden sichergestellt.",
    },
  },
  // The changelog: keyed by version, then by figure id (or source id and field), as its English in src/data.
  changelog: {
    words: {
      added: "Hinzugefügt ({count})",
      revised: "Überarbeitet ({count})",
      withdrawn: "Zurückgezogen ({count})",
      sourcesCorrected: "Korrigierte Quellen ({count})",
      wasValue: "zuvor {value}",
      sourcesLine: "Quellen: {ids}.",
      fieldChange: "{field}: {old} → {new}",
      none: "keine Angabe",
      quoted: "„{text}“",
      fields: { title: "Titel", date: "Datum" },
    },
    versions: {
      "2026-11-30": {
        summary:
          "Erster veröffentlichter Datensatz: 193 Zahlen aus 68 Quellen in acht Tabellen des Katalogs (Tag der Razzia, Rekordfunde, Sky ECC in Zahlen, Nutzeranteile, Funde nach Ländern und Häfen 2019–2023, die belgische Bilanz danach, der Faktencheck).",
      },
      "2026-12-05": {
        summary:
          "Zahlen bis 2025 (Häfen, nationale Summen, Halbjahre), die Sky-ECC-Prozesse und die Korrekturen der Überprüfung vom Dezember 2026: veröffentlichte Zahlen statt berechneter, Vorbehalte so, wie die Quellen sie angeben, keine Quellenangaben mit Startseiten mehr.",
        figures: {
          "aftermath.be.2024-03.cases": WHY_DE.policeThreeYears,
          "aftermath.be.2024-03.suspects": WHY_DE.policeThreeYears,
          "aftermath.be.2024-03.money": WHY_DE.policeThreeYears,
          "aftermath.be.2024-03.convictions": WHY_DE.policeThreeYears,
          "aftermath.be.2024-10.cases": WHY_DE.policeOctober2024,
          "aftermath.be.2024-10.prosecuted": WHY_DE.policeOctober2024,
          "aftermath.be.2024-10.money": WHY_DE.policeOctober2024,
          "aftermath.be.2024-10.judgments": WHY_DE.policeOctober2024,
          "aftermath.be.2024-10.prison": WHY_DE.policeOctober2024,
          "aftermath.be.2026-02.decisions":
            "Neue Einzelheit der Fünfjahresbilanz: die Summe der Haftstrafen stammt aus 178 Gerichtsentscheidungen.",
          "seized.nl.2023.customs":
            "Die genaue Zahl des niederländischen Zolls für 2023; die Regel der Tabelle, zuerst die nationale Zahl, gilt nun auch für 2023 (sie zeigte die 59 t der EUDA).",
          "seized.nl.2024.customs": "Landessumme des niederländischen Zolls für 2024.",
          "seized.nl.2025.customs": "Landessumme des niederländischen Zolls für 2025.",
          "seized.de.2024.bka":
            "Landessumme des BKA für 2024 (alle Behörden), wie von inside bw zusammengefasst.",
          "seized.de.2024.zoll":
            "Die eigene Summe des deutschen Zolls für 2024, getrennt von der Summe des BKA für alle Behörden.",
          "seizure.es.2024-10.algeciras":
            "Größter einzelner Kokainfund aller Zeiten in Spanien, zitiert im Europäischen Drogenbericht 2025 der EUDA.",
          "port.antwerp.2019.rijnmond":
            "Als Widerspruch festgehalten: die gemeinsamen Ergebnisse der Zollbehörden nannten 61,8 t für Antwerpen 2019, AFP 62,1 t.",
          "port.antwerp.2023.belga":
            "Die 121 t von Belga für den Hafen 2023, im Widerspruch zu den 116 t des Zolls vom Januar 2024; beide Zahlen bleiben erhalten.",
          "port.antwerp.2024.customs":
            "Summe des belgischen Zolls für 2024 für den Hafen Antwerpen.",
          "port.antwerp.2025.customs":
            "Summe des belgischen Zolls für 2025 für den Hafen Antwerpen.",
          "port.rotterdam.2019.customs":
            "Als Widerspruch festgehalten: die gemeinsamen Ergebnisse der Zollbehörden nannten 38 t für Rotterdam 2019, das HARC-Team 33,732 t.",
          "port.rotterdam.2024.om": "Summe des HARC-Teams für 2024 für den Hafen Rotterdam.",
          "port.rotterdam.2024.customs":
            "Zahl des niederländischen Zolls für 2024 für Rotterdam, neben der des HARC-Teams.",
          "port.rotterdam.2025.om": "Summe des HARC-Teams für 2025 für den Hafen Rotterdam.",
          "port.rotterdam.2025.customs":
            "Zahl des niederländischen Zolls für 2025 für Rotterdam, neben der des HARC-Teams.",
          "port.antwerp.2024-h1.customs": WHY_DE.antwerpHalfYear,
          "port.antwerp.2025-h1.customs": WHY_DE.antwerpHalfYear,
          "port.antwerp.2024-h1.seizures": WHY_DE.antwerpHalfYear,
          "port.antwerp.2025-h1.seizures": WHY_DE.antwerpHalfYear,
          "port.antwerp.2023.offences": WHY_DE.afpCustoms2024,
          "port.antwerp.2024.offences": WHY_DE.afpCustoms2024,
          "port.antwerp.2023.seizures-2t": WHY_DE.afpCustoms2024,
          "port.antwerp.2024.seizures-2t": WHY_DE.afpCustoms2024,
          "intercepted.latam-to-be.2023.afp": WHY_DE.latinAmerica,
          "intercepted.latam-to-be.2023.belga": WHY_DE.latinAmerica,
          "intercepted.latam-to-be.2024.afp": WHY_DE.latinAmerica,
          "intercepted.latam-to-be.2024.belga": WHY_DE.latinAmerica,
          "intercepted.latam-to-be.2024-h1": WHY_DE.southAmericaHalfYear,
          "intercepted.latam-to-be.2025-h1": WHY_DE.southAmericaHalfYear,
          "port.rotterdam.2023.uithalers": WHY_DE.retrievers,
          "port.rotterdam.2024.uithalers": WHY_DE.retrievers,
          "port.vlissingen.2024.om": WHY_DE.vlissingen,
          "port.vlissingen.2024.customs": WHY_DE.vlissingen,
          "port.vlissingen.2025.om": WHY_DE.vlissingen,
          "nl.seaports.2023-h1.customs": WHY_DE.seaportsHalfYear,
          "nl.seaports.2024-h1.customs": WHY_DE.seaportsHalfYear,
          "nl.seaports.2025-h1.customs": WHY_DE.seaportsHalfYear,
          "port.rotterdam.2025-h1.customs":
            "Halbjahreszahl des niederländischen Zolls für Rotterdam; andere Berichte weichen davon ab (siehe Anmerkung).",
          "port.hamburg.2024.announced-count":
            "Die dpa-Zählung gemeldeter Funde in Hamburg 2024: keine amtliche Summe, als vorläufig markiert.",
          "trial.encro.2024-10-29.convicted": WHY_DE.encroVerdict,
          "trial.encro.2024-10-29.acquitted": WHY_DE.encroVerdict,
          "trial.encro.2024-10-29.prison": WHY_DE.encroVerdict,
          "trial.encro.2024-10-29.confiscated": WHY_DE.encroVerdict,
          "trial.encro.appeal.retried": WHY_DE.encroAppeal,
          "trial.encro.appeal.opened": WHY_DE.encroAppeal,
          "trial.encro.appeal.closed": WHY_DE.encroAppeal,
          "trial.encro.appeal.judgment-expected": WHY_DE.encroAppeal,
          "trial.fr.paris.sent-to-trial": WHY_DE.parisCase,
          "trial.fr.paris.charged": WHY_DE.parisCase,
          "trial.fr.paris.warrants": WHY_DE.parisCase,
          "trial.nl.distributors.2025-01.arrested": WHY_DE.dutchDistributors,
          "trial.nl.distributors.2025-01.crypto": WHY_DE.dutchDistributors,
          "port.rotterdam.2020.om":
            "War aus den 70,571 t von 2021 und deren Veränderung von 74 % berechnet; das HARC-Team veröffentlichte 40.641 kg für 2020. Die veröffentlichte Zahl ersetzt die Berechnung (und die Veränderung 2021 gegenüber 2020 ist nicht länger zirkulär).",
          "seized.nl.2019.customs":
            "Wert unverändert; nun mit dem Vorbehalt „etwa“: er ist aus einer Veränderung von etwa 24 % abgeleitet. Die eigenen 38.000 kg der Douane (NRC, Juli 2020) waren nicht erfasst und können ihn daher noch nicht ersetzen.",
          "seized.nl.2020.customs":
            "Wert unverändert; der Vorbehalt „mehr als“ entfällt: die zitierte Meldung von De Telegraaf nennt „48.000 kilo“ (ANP-Meldungen sagen „ruim“, mehr als).",
          "seized.nl.2021.customs":
            "Wert unverändert; in seiner Bezeichnung nun als Zahl für einen Teil des Jahres ausgewiesen (bis Weihnachten 2021) und nicht mehr für einen Anteil an der EU-Summe verwendet.",
          "seized.nl.2022.customs":
            "Die genaue Zahl des niederländischen Zolls (51.447 kg) ersetzt das gerundete „etwa 51 t“.",
          "seized.es.2023.govt":
            "Wert unverändert; nicht mehr vorläufig: die amtliche Zahl des spanischen Innenministeriums (117 t, El País, 17. Dezember 2024) stimmt überein.",
          "seizure.antwerp.livephase":
            "Die eigene Zahl der Antwerpener Staatsanwaltschaft, 27,64 t, ersetzt „etwa 27,6 t“; die Zahl ist die der Staatsanwaltschaft, nicht mehr mit Le Vif belegt (Daten der EMCDDA).",
          "seizure.antwerp.livephase.days":
            "Die Antwerpener Staatsanwaltschaft sprach von 42 Tagen, nicht von etwa 40.",
          "seizure.antwerp.livephase.value":
            "Die Antwerpener Staatsanwaltschaft sprach von 1,382 Milliarden €; etwa 1,4 Milliarden € waren eine Rundung in Belga-Meldungen.",
          "article.skyecc.share.antwerp":
            "Wert unverändert; der Artikel spricht von „fast“ 15 %, nicht von „etwa“. Verlässlichkeit auf niedrig gesenkt (die Behauptung steht in keiner Quelle).",
          "article.seized.de.16t":
            "Wert unverändert; Ort von „Hamburger Hafen“ zu Deutschland korrigiert, wie der Artikel sagt. Verlässlichkeit auf niedrig gesenkt (der Zeitpunkt weicht ab).",
          "article.op.nl.weapons":
            "Wert unverändert; Einheit von Schusswaffen zu Waffen korrigiert: der Artikel spricht von „illegalen Waffen“, die niederländische Polizei von Schusswaffen.",
          "aftermath.be.2022-03.money":
            "Wert unverändert; beide Quellen sagen knapp („bijna“, „près de“) 60 Millionen €, nicht etwa.",
          "skyecc.users.benl.prosecutor":
            "Wert unverändert; mit dem Vorbehalt „etwa“ wie die beiden Zahlen, die er addiert.",
          "skyecc.users.antwerp.prosecutor":
            "Wert unverändert; mit dem Vorbehalt „etwa“ wie die Zahl der Staatsanwaltschaft, aus der er stammt.",
          "skyecc.users.worldwide.justice": WHY_DE.justicePage,
          "aftermath.be.2022-03.suspects.justice": WHY_DE.justicePage,
          "article.seized.be.17t": WHY_DE.claimConfidence,
          "article.seized.be.record": WHY_DE.claimConfidence,
          "article.seized.nl.7t": WHY_DE.claimConfidence,
          "article.op.be.weapons": WHY_DE.claimConfidence,
          "article.skyecc.devices.seized": WHY_DE.claimConfidence,
          "article.skyecc.price.low": WHY_DE.claimConfidence,
          "article.skyecc.price.high": WHY_DE.claimConfidence,
          "seized.be.2023.finmin":
            "Nur mit der Startseite des Finanzministeriums belegt, und keine vorliegende Quelle stützt die Behauptung, 121 t seien die Landessumme Belgiens gewesen. Für Belgien 2023 gelten nun die 123 t der EUDA; die 121 t für den Hafen bleiben bei Belga (port.antwerp.2023.belga).",
          "skyecc.users.share.be.afp":
            "Nur mit der Startseite von La Nación belegt: der AFP-Artikel selbst wurde nicht gefunden.",
          "aftermath.be.2024-10.money.bruzz":
            "Nur mit der Startseite von Bruzz belegt. Dieselben 239 Millionen € sind nun aftermath.be.2024-10.money, belegt mit RTL (28. Oktober 2024).",
          "aftermath.be.2024-10.arrests.bruzz":
            "Nur mit der Startseite von Bruzz belegt; keine gespeicherte Seite nennt „mehr als 2.000 Festnahmen“.",
        },
      },
      "2026-12-06": {
        summary:
          "Quellen so zitiert, wie ihre gespeicherten Seiten sie angeben: drei Titel ergänzt oder vervollständigt und ein Datum präzisiert, und jede Quelle ohne Titel oder vollständigen Tag sagt nun, warum; die Summe des niederländischen Zolls für 2019 wie veröffentlicht statt berechnet; die Zahl des Hamburger Zolls für 2020 bleibt berechnet, mit dem Grund in ihrer Anmerkung.",
        figures: {
          "seized.nl.2019.customs":
            "Die eigene Summe des Zolls für 2019, 38.000 kg (NRC, 16. Juli 2020), ersetzt den aus der Summe von 2020 und deren Veränderung von etwa 24 % abgeleiteten Wert.",
          "port.hamburg.2020.customs":
            "Wert unverändert; weiterhin berechnet, und seine Anmerkung sagt nun, warum: der Hamburger Zoll veröffentlichte keine Summe für 2020 (im Dezember 2020 erwartete er nur das Rekordniveau von 2019; im Mai 2022 nannte er für 2021 genau 11,023 t mehr als 2020).",
        },
        sources: {
          "brusselstimes-2021-03-09": {
            title: "Die eigene Überschrift der gespeicherten Seite; der Eintrag hatte keine.",
          },
          "stadindex-2026-01-22": {
            title:
              "Die eigene Überschrift der gespeicherten Seite (22. Januar 2026); der Eintrag hatte keine.",
          },
          "bx1-2026-02-27": {
            title: "Die vollständige Überschrift der Seite ersetzt die gekürzte.",
          },
          "abendblatt-2024": {
            date: "Die gespeicherte Seite ist auf Mai 2024 datiert (eine Bilanz des Zolls, an einem Mittwoch vorgestellt); sie zeigt keinen Tag.",
          },
        },
      },
    },
  },
};

export default texts;
