/**
 * Cocaine seized in the ports of Antwerp, Rotterdam and Hamburg, 2019–2023. Each port's authority counts in its
 * own way: Rotterdam's series is the HARC team's (prosecutors, customs, FIOD and port police), which differs
 * from the Dutch customs' port figure; Hamburg's scope moves between the port of Hamburg alone, Hamburg with
 * Bremerhaven, and all German North Sea and Baltic container ports.
 */
import type { Figure } from "../types";
import { derived } from "../../core/dataset/derive";
import { span, year } from "../periods";
import { seizedTonnes } from "./seizuresByCountry";

const ANTWERP = "Antwerp port";
const ROTTERDAM = "Rotterdam port";
const HAMBURG = "Hamburg port";

const ANTWERP_FIGURES: Figure[] = [
  seizedTonnes({
    id: "port.antwerp.2019.customs",
    value: 62.1,
    y: 2019,
    place: ANTWERP,
    sourceIds: ["eluniverso-2021-01-05"],
    confidence: "high",
    note: "Belgian customs (FPS Finance), via AFP.",
  }),
  seizedTonnes({
    id: "port.antwerp.2020.customs",
    value: 65.48,
    y: 2020,
    place: ANTWERP,
    sourceIds: ["eluniverso-2021-01-05"],
    confidence: "high",
    note: "Belgian customs (FPS Finance), via AFP; 14 times the 2013 quantity.",
  }),
  seizedTonnes({
    id: "port.antwerp.2021.customs",
    value: 89.5,
    y: 2021,
    place: ANTWERP,
    sourceIds: ["setal-2023-01"],
    confidence: "high",
    note: "Belgian customs, via AFP; the EMCDDA rounds 2021 to 91 t.",
  }),
  seizedTonnes({
    id: "port.antwerp.2021.emcdda",
    value: 91,
    y: 2021,
    place: ANTWERP,
    sourceIds: ["sicnoticias-2023-06"],
    confidence: "medium",
    note: "EMCDDA European Drug Report 2023; Belgian customs gave 89.5 t.",
  }),
  seizedTonnes({
    id: "port.antwerp.2022.customs",
    value: 109.9,
    y: 2022,
    place: ANTWERP,
    sourceIds: ["setal-2023-01"],
    confidence: "high",
    note: "Belgian customs, via AFP; first year above 100 t. No Belgian national total was found for 2022.",
  }),
  seizedTonnes({
    id: "port.antwerp.2023.customs",
    value: 116,
    y: 2023,
    place: ANTWERP,
    sourceIds: ["brf-2024-01"],
    confidence: "high",
    note: "Belgian customs, announced by the finance minister; 5% more than 2022.",
  }),
  seizedTonnes({
    id: "port.antwerp.2023.europol-spokesperson",
    value: 121,
    y: 2023,
    place: ANTWERP,
    sourceIds: ["unn-2024-07-03"],
    confidence: "low",
    note: "A Europol spokesperson (2024) gave 121 t for the port of Antwerp; that is Belgium's national 2023 total per the finance minister, not the port's (116 t).",
  }),
];

const rotterdam2021 = seizedTonnes({
  id: "port.rotterdam.2021.om",
  value: 70.571,
  y: 2021,
  place: ROTTERDAM,
  sourceIds: ["rd-2022-01"],
  confidence: "high",
  note: "HARC team, announced by the Rotterdam prosecutors in January 2022; a record. In January 2023 they gave 72.808 t for 2021.",
});
const rotterdam2021ChangeOn2020: Figure = {
  id: "port.rotterdam.2021.change-on-2020.om",
  value: 0.74,
  unit: "share",
  period: year(2021),
  place: ROTTERDAM,
  measure: "change in cocaine seized by the HARC team on the previous year",
  sourceIds: ["rd-2022-01"],
  confidence: "high",
  note: "Rotterdam prosecutors: 2021 was 74% above 2020.",
};

const ROTTERDAM_FIGURES: Figure[] = [
  seizedTonnes({
    id: "port.rotterdam.2019.om",
    value: 33.732,
    y: 2019,
    place: ROTTERDAM,
    sourceIds: ["blikopnieuws-2020-02"],
    confidence: "high",
    note: "HARC team, announced by the Rotterdam prosecutors (33,732 kg); nearly double 2018.",
  }),
  derived("baseFromChange", [rotterdam2021, rotterdam2021ChangeOn2020], {
    id: "port.rotterdam.2020.om",
    unit: "tonnes",
    period: year(2020),
    place: ROTTERDAM,
    measure: "cocaine seized",
    note: 'HARC team; the prosecutors give "more than 40,000 kg" for 2020, and the research gives 40.6 t.',
  }),
  rotterdam2021,
  rotterdam2021ChangeOn2020,
  seizedTonnes({
    id: "port.rotterdam.2021.om-revised",
    value: 72.808,
    y: 2021,
    place: ROTTERDAM,
    sourceIds: ["schuttevaer-2023-01-10"],
    confidence: "high",
    note: "HARC team's 2021 figure as restated by the Rotterdam prosecutors in January 2023; first announced as 70.571 t.",
  }),
  {
    ...seizedTonnes({
      id: "port.rotterdam.2021-11.om",
      value: 63,
      y: 2021,
      place: ROTTERDAM,
      qualifier: "about",
      provisional: true,
      sourceIds: ["nrc-2021-11-27"],
      confidence: "medium",
      note: "Part of the year only (to late November 2021).",
    }),
    period: span("2021-01-01", "2021-11-27", "2021 (to 27 Nov)"),
  },
  seizedTonnes({
    id: "port.rotterdam.2022.om",
    value: 46.789,
    y: 2022,
    place: ROTTERDAM,
    sourceIds: ["schuttevaer-2023-01-10"],
    confidence: "high",
    note: "HARC team, announced by the Rotterdam prosecutors. The joint Belgian–Dutch customs release gave 52.5 t, Le Soir about 50 t: different scopes.",
  }),
  seizedTonnes({
    id: "port.rotterdam.2022.customs",
    value: 52.5,
    y: 2022,
    place: ROTTERDAM,
    sourceIds: ["setal-2023-01"],
    confidence: "medium",
    note: "Joint Belgian–Dutch customs results, via AFP; the HARC team counts 46.789 t.",
  }),
  seizedTonnes({
    id: "port.rotterdam.2022.lesoir",
    value: 50,
    y: 2022,
    place: ROTTERDAM,
    qualifier: "about",
    sourceIds: ["lesoir-2023-01-10"],
    confidence: "medium",
    note: "Le Soir on the Dutch customs' figure, rounded; 29% less than 2021.",
  }),
  seizedTonnes({
    id: "port.rotterdam.2023.om",
    value: 45.506,
    y: 2023,
    place: ROTTERDAM,
    sourceIds: ["crimesite-2024-01"],
    confidence: "high",
    note: "HARC team, announced by the Rotterdam prosecutors.",
  }),
];

const hamburg2021 = seizedTonnes({
  id: "port.hamburg.2021.customs",
  value: 19.111,
  y: 2021,
  place: HAMBURG,
  sourceIds: ["tonline-2022-05"],
  confidence: "medium",
  note: "Zollfahndungsamt Hamburg: all German North Sea and Baltic container ports, including the 16 t found in Hamburg in February 2021 (about 19.1 t).",
});
const hamburg2021IncreaseOn2020: Figure = {
  id: "port.hamburg.2021.increase-on-2020.customs",
  value: 11.023,
  unit: "tonnes",
  period: year(2021),
  place: HAMBURG,
  measure: "increase in cocaine seized on the previous year",
  sourceIds: ["tonline-2022-05"],
  confidence: "medium",
  note: "Zollfahndungsamt Hamburg: 2021 was 11.023 t above 2020, same scope.",
};

const HAMBURG_FIGURES: Figure[] = [
  seizedTonnes({
    id: "port.hamburg.2019.customs",
    value: 6.8,
    y: 2019,
    place: HAMBURG,
    sourceIds: ["welt-2020-05"],
    confidence: "medium",
    note: "Hauptzollamt Hamburg, mostly in the port of Hamburg; Hamburg and Bremerhaven together: 9.5 t.",
  }),
  derived("difference", [hamburg2021, hamburg2021IncreaseOn2020], {
    id: "port.hamburg.2020.customs",
    unit: "tonnes",
    period: year(2020),
    place: HAMBURG,
    measure: "cocaine seized",
    note: "All German North Sea and Baltic container ports (about 8.1 t), not the port of Hamburg alone.",
  }),
  hamburg2021,
  hamburg2021IncreaseOn2020,
  seizedTonnes({
    id: "port.hamburg.2022.customs-prelim",
    value: 9.6,
    y: 2022,
    place: HAMBURG,
    provisional: true,
    sourceIds: ["abendblatt-2022-12"],
    confidence: "low",
    note: "Preliminary Hamburg customs figure of December 2022; the final count, with Bremerhaven, is 13 t.",
  }),
  seizedTonnes({
    id: "port.hamburg.2022.customs",
    value: 13,
    y: 2022,
    place: HAMBURG,
    sourceIds: ["abendblatt-2024", "ndr-2024"],
    confidence: "medium",
    note: "Hauptzollamt Hamburg, German seaports including Bremerhaven.",
  }),
  seizedTonnes({
    id: "port.hamburg.2023.customs",
    value: 33,
    y: 2023,
    place: HAMBURG,
    sourceIds: ["abendblatt-2024", "ndr-2024"],
    confidence: "medium",
    note: "Port of Hamburg alone; with Bremerhaven (2 t) about 35 t. The federal interior ministry and dpa said about 34 t.",
  }),
  seizedTonnes({
    id: "port.hamburg.2023.customs-with-bremerhaven",
    value: 35,
    y: 2023,
    place: HAMBURG,
    qualifier: "about",
    measure: "cocaine seized in the ports of Hamburg and Bremerhaven",
    sourceIds: ["abendblatt-2024", "ndr-2024"],
    confidence: "medium",
    note: "Hauptzollamt Hamburg: 33 t in Hamburg and 2 t in Bremerhaven.",
  }),
];

export const PORT_FIGURES: readonly Figure[] = [
  ...ANTWERP_FIGURES,
  ...ROTTERDAM_FIGURES,
  ...HAMBURG_FIGURES,
];
