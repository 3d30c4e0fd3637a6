/** The DESK functions' help in German (see help.ts). */
import type { FunctionsHelp } from "./help";

export const FUNCTIONS_HELP_DE: FunctionsHelp = {
  SHARE: {
    description:
      "Anteil eines Teils an einem Gesamtwert (Teil / Gesamtwert, von 0 bis 1); negative Werte, ein Teil größer als der Gesamtwert und ein Gesamtwert von null werden abgelehnt.",
    parameters: {
      part: "Der Teil: eine Zahl oder ein Bereich von Zahlen.",
      total: "Der Gesamtwert: eine Zahl oder ein Bereich derselben Form wie der Teil.",
    },
  },
  FIGURE: {
    description:
      "Eine Zahl aus dem Datensatz, nach ihrer ID, wie ihre Quelle sie veröffentlicht hat. DESK.SOURCE liefert die Quellenangabe.",
    parameters: {
      id: "ID der Zahl, zum Beispiel „seized.be.2023.euda“ (eine Zelle oder ein Bereich von IDs).",
    },
  },
  SOURCE: {
    description:
      "Die Quellenangabe einer Zahl aus dem Datensatz, fertig zum Einfügen: Herausgeber, Titel, Datum und URL jeder Quelle.",
    parameters: {
      id: "ID der Zahl (eine Zelle oder ein Bereich von IDs).",
    },
  },
  SEIZED: {
    description:
      "Tonnen Kokain, die in einem Jahr in einem Land oder Hafen sichergestellt wurden; standardmäßig die Zahl der nationalen Behörde.",
    parameters: {
      place:
        "Land (ISO-Code wie „BE“ oder englischer Name) oder Hafen („Antwerp“, „Rotterdam“, „Hamburg“).",
      year: "Jahr, 2019 bis 2025.",
      source:
        "Welche Quelle: „national“ (Standard, wo sie veröffentlicht), „euda“, „customs“, „police“, „prosecutor“, „ministry“ …",
    },
  },
  SHAREOFUSERS: {
    description: "Anteil (0 bis 1) der Sky-ECC-Nutzer in einer Region, nach einer Quelle.",
    parameters: {
      region: "„BE“, „NL“, „BE+NL“ oder „Antwerp area“.",
      basis:
        "Quelle: „prosecutor“ (belgische Föderalstaatsanwaltschaft, Standard), „europol“, „dutch-police“ oder „article“.",
    },
  },
  USERS: {
    description: "Zahl der Sky-ECC-Nutzer in einer Region, wo die Quelle sie nennt.",
    parameters: {
      region: "„BE“, „NL“, „BE+NL“ oder „Antwerp area“.",
      basis: "Quelle: „prosecutor“ (Standard), „europol“, „dutch-police“ oder „article“.",
    },
  },
  CONVERT: {
    description:
      "Ein Betrag, von einer Währung in eine andere umgerechnet zum Referenzkurs eines Datums.",
    parameters: {
      amount: "Der Betrag in der Währung „von“ (eine Zahl oder ein Bereich).",
      from: "ISO-4217-Code der Währung des Betrags, zum Beispiel „EUR“.",
      to: "ISO-4217-Code der gewünschten Währung, zum Beispiel „USD“.",
      date: "Datum des Kurses: eine Datumszelle oder „JJJJ-MM-TT“; weggelassen: heute (eine leere Zelle ist ein Fehler).",
      rule: "Für einen Tag ohne veröffentlichten Kurs: „previous“ (Standard), „next“ oder „exact“.",
      full_precision:
        "WAHR: ein berechneter Kurs (Kehrwert oder Kreuzkurs) vor dem Runden; FALSCH oder weggelassen: wie veröffentlicht oder auf sein ungenauestes Glied gerundet.",
    },
  },
  RATE: {
    description:
      "Der verwendete Wechselkurs: Einheiten von „nach“ je Einheit von „von“ an einem Datum.",
    parameters: {
      from: "ISO-4217-Code, zum Beispiel „EUR“.",
      to: "ISO-4217-Code, zum Beispiel „USD“.",
      date: "Datum des Kurses: eine Datumszelle oder „JJJJ-MM-TT“; weggelassen: heute (eine leere Zelle ist ein Fehler).",
      rule: "Für einen Tag ohne veröffentlichten Kurs: „previous“ (Standard), „next“ oder „exact“.",
      full_precision:
        "WAHR: ein berechneter Kurs (Kehrwert oder Kreuzkurs) vor dem Runden; FALSCH oder weggelassen: wie veröffentlicht oder auf sein ungenauestes Glied gerundet.",
    },
  },
  RATEINFO: {
    description:
      "Eine Zeile je Kurs: der Kurs, das Datum des tatsächlich verwendeten Kurses, seine Quelle (festgeschrieben, EZB live, EZB-Datei, mitgelieferte Kurse), die angewandte Regel und die Tage zwischen dem gefragten und dem verwendeten Datum (höchstens 7).",
    parameters: {
      from: "ISO-4217-Code, zum Beispiel „EUR“ (eine Zelle oder eine Spalte von Codes).",
      to: "ISO-4217-Code, zum Beispiel „USD“.",
      date: "Datum des Kurses: eine Datumszelle oder „JJJJ-MM-TT“; weggelassen: heute (eine leere Zelle ist ein Fehler).",
      rule: "Für einen Tag ohne veröffentlichten Kurs: „previous“ (Standard), „next“ oder „exact“.",
    },
  },
};
