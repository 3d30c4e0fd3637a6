import type { GlossaryTerm } from "./term";

/**
 * Terms of the interface (see term.ts): what the pane, the help page and the manifest call things. Excel's
 * own words (workbook, sheet, cell, formula, add-in, task pane) are those of Excel in that language, so that
 * the pane reads like the program around it.
 */
export const INTERFACE_TERMS: GlossaryTerm[] = [
  {
    note: "A table of the catalogue, and the Excel table it becomes once inserted.",
    en: { term: "table" },
    fr: { term: "tableau", forms: ["tableaux"] },
    nl: { term: "tabel", forms: ["tabellen"] },
    de: { term: "Tabelle", forms: ["Tabellen"] },
  },
  {
    note: "The list of curated tables in the pane.",
    en: { term: "catalogue" },
    fr: { term: "catalogue" },
    nl: { term: "catalogus" },
    de: { term: "Katalog" },
  },
  {
    note: "Excel's file (Excel's own word in each language).",
    en: { term: "workbook" },
    fr: { term: "classeur", forms: ["classeurs"] },
    nl: { term: "werkmap", forms: ["werkmappen"] },
    de: { term: "Arbeitsmappe", forms: ["Arbeitsmappen"] },
  },
  {
    note: "A worksheet of the workbook (Excel's own word).",
    en: { term: "sheet" },
    fr: { term: "feuille", forms: ["feuilles"] },
    nl: { term: "werkblad", forms: ["werkbladen", "blad"] },
    de: { term: "Blatt", forms: ["Arbeitsblatt", "Arbeitsblätter", "Blätter", "Blattes"] },
  },
  {
    note: "A cell of a sheet (Excel's own word).",
    en: { term: "cell" },
    fr: { term: "cellule", forms: ["cellules"] },
    nl: { term: "cel", forms: ["cellen"] },
    de: { term: "Zelle", forms: ["Zellen"] },
  },
  {
    note: "An Excel formula; DESK formulas call the add-in's functions.",
    en: { term: "formula" },
    fr: { term: "formule", forms: ["formules"] },
    nl: { term: "formule", forms: ["formules"] },
    de: { term: "Formel", forms: ["Formeln"] },
  },
  {
    note: "A currency's exchange rate (the ECB's reference rate or a bundled one).",
    en: { term: "rate" },
    fr: { term: "taux" },
    nl: { term: "koers", forms: ["koersen", "wisselkoers", "wisselkoersen"] },
    de: { term: "Kurs", forms: ["Kurse", "Wechselkurs", "Wechselkurse", "Kursen"] },
  },
  {
    note: "A rate stored in the workbook so that it recalculates to the same number.",
    en: { term: "pinned" },
    fr: { term: "figé", forms: ["figés", "figée", "figées", "figer"] },
    nl: { term: "vastgelegd", forms: ["vastgelegde", "vastleggen"] },
    de: {
      term: "festgeschrieben",
      forms: ["festgeschriebene", "festgeschriebenen", "festschreiben"],
    },
  },
  {
    note: "The European Central Bank.",
    en: { term: "ECB" },
    fr: { term: "BCE" },
    nl: { term: "ECB" },
    de: { term: "EZB" },
  },
  {
    note: "The dataset: the curated figures of one version.",
    en: { term: "dataset" },
    fr: { term: "jeu de données", forms: ["jeux de données"] },
    nl: { term: "dataset", forms: ["datasets"] },
    de: { term: "Datensatz", forms: ["Datensatzes", "Datensätze"] },
  },
  {
    note: "The selected table shown in the pane before it is inserted.",
    en: { term: "preview" },
    fr: { term: "aperçu" },
    nl: { term: "voorbeeld" },
    de: { term: "Vorschau" },
  },
  {
    note: "A chart beside the table.",
    en: { term: "chart" },
    fr: { term: "graphique", forms: ["graphiques"] },
    nl: { term: "grafiek", forms: ["grafieken"] },
    de: { term: "Diagramm", forms: ["Diagramme"] },
  },
  {
    note: "Saving a file from the pane.",
    en: { term: "download" },
    fr: { term: "télécharger", forms: ["téléchargement", "téléchargé", "téléchargez"] },
    nl: { term: "downloaden", forms: ["download", "gedownload", "gedownloade"] },
    de: { term: "herunterladen", forms: ["Herunterladen", "heruntergeladen", "Download"] },
  },
  {
    note: "Putting a table into the workbook at the selected cell.",
    en: { term: "insert" },
    fr: {
      term: "insérer",
      forms: ["inséré", "insérés", "insérée", "insertion", "insérez", "insère"],
    },
    nl: { term: "invoegen", forms: ["ingevoegd", "ingevoegde", "voeg"] },
    de: { term: "einfügen", forms: ["eingefügt", "eingefügte", "eingefügten", "füg"] },
  },
  {
    note: "The help page of the add-in.",
    en: { term: "help" },
    fr: { term: "aide" },
    nl: { term: "help", forms: ["hulp"] },
    de: { term: "Hilfe" },
  },
  {
    note: "The task pane, Excel's side panel where the add-in runs (Excel's own word).",
    en: { term: "pane" },
    fr: { term: "volet" },
    nl: { term: "taakvenster", forms: ["deelvenster"] },
    de: { term: "Aufgabenbereich", forms: ["Bereich"] },
  },
  {
    note: "Editors who receive the workbook and may not have the add-in.",
    en: { term: "editors" },
    fr: { term: "rédaction", forms: ["rédactions", "collègues"] },
    nl: { term: "redactie", forms: ["collega", "redacties"] },
    de: { term: "Redaktion", forms: ["Kollegen", "Redaktionen"] },
  },
];
