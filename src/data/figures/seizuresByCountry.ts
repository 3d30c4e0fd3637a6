/**
 * Cocaine seized per year, 2019–2025, in Belgium, the Netherlands, Germany, Spain, France, Italy, Portugal and
 * the EU as a whole. Where a national authority and the EU drugs agency (EMCDDA, EUDA since 2024) publish
 * different numbers, both are kept, each with its source. Years with no published figure have none: Belgium
 * 2022 (national total not reported) and Italy 2023.
 */
import type { Confidence, Figure, Qualifier } from "../types";
import { derived } from "../../core/dataset/derive";
import { month, span, year } from "../periods";

interface YearFigure {
  id: string;
  value: number;
  y: number;
  place: string;
  measure?: string;
  sourceIds: string[];
  confidence: Confidence;
  note: string;
  qualifier?: Qualifier;
  provisional?: boolean;
}

/** A year's cocaine seizures in tonnes, for one country or the EU. */
export function seizedTonnes(f: YearFigure): Figure {
  const figure: Figure = {
    id: f.id,
    value: f.value,
    unit: "tonnes",
    period: year(f.y),
    place: f.place,
    measure: f.measure ?? "cocaine seized",
    sourceIds: f.sourceIds,
    confidence: f.confidence,
    note: f.note,
  };
  if (f.qualifier) figure.qualifier = f.qualifier;
  if (f.provisional) figure.provisional = true;
  return figure;
}

const EU_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.eu.2019.emcdda",
    value: 213,
    y: 2019,
    place: "EU",
    sourceIds: ["ec-2021-06"],
    confidence: "high",
    note: "EMCDDA European Drug Report 2021, quoted by the European Commission.",
  }),
  seizedTonnes({
    id: "seized.eu.2020.emcdda",
    value: 214.6,
    y: 2020,
    place: "EU",
    qualifier: "more than",
    sourceIds: ["euronews-2022-05-06", "statista-2022"],
    confidence: "high",
    note: "EMCDDA and Europol; a record for the fourth year running. Belgium, the Netherlands and Spain seized nearly three quarters.",
  }),
  seizedTonnes({
    id: "seized.eu.2021.emcdda",
    value: 303,
    y: 2021,
    place: "EU",
    sourceIds: ["sicnoticias-2023-06"],
    confidence: "high",
    note: "EMCDDA European Drug Report 2023.",
  }),
  seizedTonnes({
    id: "seized.eu.2022.euda",
    value: 323,
    y: 2022,
    place: "EU",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "high",
    note: "EUDA European Drug Report 2025.",
  }),
  seizedTonnes({
    id: "seized.eu.2023.euda",
    value: 419,
    y: 2023,
    place: "EU",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "high",
    note: "EUDA European Drug Report 2025: a record for the seventh year running; Belgium, Spain and the Netherlands seized 72%.",
  }),
];

const BE_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.be.2019.emcdda",
    value: 65,
    y: 2019,
    place: "BE",
    sourceIds: ["levif-2021"],
    confidence: "medium",
    note: "EMCDDA European Drug Report 2021: 30% of the EU total.",
  }),
  seizedTonnes({
    id: "seized.be.2020.emcdda",
    value: 70.25,
    y: 2020,
    place: "BE",
    sourceIds: ["statista-2022"],
    confidence: "medium",
    note: "EMCDDA data; the highest of all reporting countries that year.",
  }),
  seizedTonnes({
    id: "seized.be.2021.emcdda",
    value: 92,
    y: 2021,
    place: "BE",
    qualifier: "nearly",
    provisional: true,
    sourceIds: ["statista-2022"],
    confidence: "low",
    note: "Preliminary EMCDDA data: nearly 92 t, almost all in the port of Antwerp.",
  }),
  seizedTonnes({
    id: "seized.be.2023.euda",
    value: 123,
    y: 2023,
    place: "BE",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "medium",
    note: "EUDA European Drug Report 2025. No national total from Belgian authorities was recorded for 2023 (the port of Antwerp alone: 116 t per customs).",
  }),
];

const nl2020Customs = seizedTonnes({
  id: "seized.nl.2020.customs",
  value: 48,
  y: 2020,
  place: "NL",
  sourceIds: ["telegraaf-2021-01"],
  confidence: "medium",
  note: 'Dutch customs, in Dutch seaports and at Schiphol: "48.000 kilo" (ANP copies of the same release say "ruim", more than, 48,000 kg). A further 67 t bound for the Netherlands was seized abroad. NH Nieuws later gave 49,000 kg for the whole of 2020; EMCDDA data 48.89 t.',
});

const nl2020ChangeOn2019: Figure = {
  id: "seized.nl.2020.change-on-2019.customs",
  value: 0.24,
  qualifier: "about",
  unit: "share",
  period: year(2020),
  place: "NL",
  measure: "change in cocaine seized by Dutch customs on the previous year",
  sourceIds: ["telegraaf-2021-01"],
  confidence: "medium",
  note: "Dutch customs: 2020 was about 24% above 2019.",
};

const NL_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.nl.2019.customs",
    value: 38,
    y: 2019,
    place: "NL",
    sourceIds: ["nrc-2020-07-16"],
    confidence: "medium",
    note: "Dutch customs' 2019 total, 38,000 kg (50% more than 2018), as NRC reported with the customs' half-year figures in July 2020. The 2020 release's change of about 24% implies about 38.7 t; EMCDDA data via Statista imply about 39 t. Rijnmond (January 2020) gave 38,000 kg for the port of Rotterdam alone.",
  }),
  nl2020Customs,
  nl2020ChangeOn2019,
  seizedTonnes({
    id: "seized.nl.2020.emcdda",
    value: 48.89,
    y: 2020,
    place: "NL",
    sourceIds: ["statista-2022"],
    confidence: "medium",
    note: "EMCDDA data.",
  }),
  {
    ...seizedTonnes({
      id: "seized.nl.2021.customs",
      value: 68,
      y: 2021,
      place: "NL",
      qualifier: "nearly",
      provisional: true,
      measure: "cocaine seized up to Christmas (part of the year)",
      sourceIds: ["nhnieuws-2021-12"],
      confidence: "low",
      note: 'Part-year, preliminary Dutch customs figure: nearly 68,000 kg up to Christmas 2021 ("bijna" in NH Nieuws; NOS copies say 68,000 kg). No final 2021 total was recorded. The Rotterdam HARC team alone reported 70.571 t for 2021, more than this national figure: the two count differently.',
    }),
    period: span("2021-01-01", "2021-12-25", "2021 (to 25 Dec)"),
  },
  seizedTonnes({
    id: "seized.nl.2022.customs",
    value: 51.447,
    y: 2022,
    place: "NL",
    sourceIds: ["nieuwsnl-2024-01-17", "ndm-2024"],
    confidence: "high",
    note: "Dutch customs (51,447 kg), comparing with 2023; the Nationale Drug Monitor rounds it to 51,000 kg.",
  }),
  seizedTonnes({
    id: "seized.nl.2023.customs",
    value: 59.116,
    y: 2023,
    place: "NL",
    sourceIds: ["nieuwsnl-2024-01-17"],
    confidence: "high",
    note: "Dutch customs (59,116 kg); the EUDA gives 59 t, DutchNews (2026) about 60 t.",
  }),
  seizedTonnes({
    id: "seized.nl.2023.euda",
    value: 59,
    y: 2023,
    place: "NL",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "medium",
    note: "EUDA European Drug Report 2025.",
  }),
  seizedTonnes({
    id: "seized.nl.2024.customs",
    value: 38,
    y: 2024,
    place: "NL",
    sourceIds: ["dutchnews-2026-01", "welingelichtekringen-2025-01"],
    confidence: "medium",
    note: 'Dutch customs, seaports and airports, as given in January 2026; ANP (January 2025) gave 38,000 kg of "drugs" against nearly 60 t of cocaine in 2023. No primary customs release for 2024 was found.',
  }),
  seizedTonnes({
    id: "seized.nl.2025.customs",
    value: 24.5,
    y: 2025,
    place: "NL",
    sourceIds: ["dutchnews-2026-01"],
    confidence: "medium",
    note: "Dutch customs, seaports and airports (release of 22 January 2026): more than a third less than 2024, as smugglers shift routes.",
  }),
];

const DE_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.de.2019.bka",
    value: 10,
    y: 2019,
    place: "DE",
    qualifier: "at least",
    sourceIds: ["berlinerzeitung-2020"],
    confidence: "high",
    note: "BKA, Bundeslagebild Rauschgiftkriminalität 2019; the largest find was 4.5 t in the port of Hamburg.",
  }),
  seizedTonnes({
    id: "seized.de.2020.bka",
    value: 11,
    y: 2020,
    place: "DE",
    qualifier: "at least",
    sourceIds: ["presseportal-bka-2022-11"],
    confidence: "high",
    note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021 (comparison with 2020).",
  }),
  seizedTonnes({
    id: "seized.de.2021.bka",
    value: 23,
    y: 2021,
    place: "DE",
    qualifier: "at least",
    sourceIds: ["presseportal-bka-2022-11"],
    confidence: "high",
    note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021.",
  }),
  seizedTonnes({
    id: "seized.de.2022.bka",
    value: 20,
    y: 2022,
    place: "DE",
    qualifier: "about",
    sourceIds: ["bka-2024-06"],
    confidence: "high",
    note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023 (comparison with 2022).",
  }),
  seizedTonnes({
    id: "seized.de.2023.bka",
    value: 43,
    y: 2023,
    place: "DE",
    qualifier: "about",
    sourceIds: ["bka-2024-06"],
    confidence: "high",
    note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023; the EUDA also gives 43 t.",
  }),
  seizedTonnes({
    id: "seized.de.2023.euda",
    value: 43,
    y: 2023,
    place: "DE",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "high",
    note: "EUDA European Drug Report 2025.",
  }),
  seizedTonnes({
    id: "seized.de.2024.bka",
    value: 24,
    y: 2024,
    place: "DE",
    sourceIds: ["insidebw-2025-10"],
    confidence: "medium",
    note: "BKA, Bundeslagebild Rauschgiftkriminalität 2024, as summarised by inside bw (the BKA document was not seen); down from about 43 t in 2023.",
  }),
  seizedTonnes({
    id: "seized.de.2024.zoll",
    value: 16,
    y: 2024,
    place: "DE",
    measure: "cocaine seized by German customs",
    sourceIds: ["finanznachrichten-2025-06"],
    confidence: "medium",
    note: "German customs alone (Zoll Jahresbilanz 2024), of about 32 t of drugs in total; not the all-agency BKA total.",
  }),
];

const ES_GOVT = ["elidealgallego-2025-01"];
const ES_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.es.2019.govt",
    value: 37.868,
    y: 2019,
    place: "ES",
    sourceIds: ES_GOVT,
    confidence: "high",
    note: "Spanish Government, written parliamentary answer (37,868 kg).",
  }),
  seizedTonnes({
    id: "seized.es.2020.govt",
    value: 36.948,
    y: 2020,
    place: "ES",
    sourceIds: ES_GOVT,
    confidence: "high",
    note: "Spanish Government, written parliamentary answer (36,948 kg); EMCDDA data give 36.9 t, HLN reported 38 t.",
  }),
  seizedTonnes({
    id: "seized.es.2020.emcdda",
    value: 36.9,
    y: 2020,
    place: "ES",
    sourceIds: ["statista-2022"],
    confidence: "medium",
    note: "EMCDDA data.",
  }),
  seizedTonnes({
    id: "seized.es.2021.govt",
    value: 49.159,
    y: 2021,
    place: "ES",
    sourceIds: ES_GOVT,
    confidence: "high",
    note: "Spanish Government, written parliamentary answer (49,159 kg).",
  }),
  seizedTonnes({
    id: "seized.es.2022.govt",
    value: 57.79,
    y: 2022,
    place: "ES",
    sourceIds: ES_GOVT,
    confidence: "high",
    note: "Spanish Government, written parliamentary answer (57,790 kg); CITCO statistics give 58,334 kg.",
  }),
  seizedTonnes({
    id: "seized.es.2022.citco",
    value: 58.334,
    y: 2022,
    place: "ES",
    sourceIds: ["canamo-2024"],
    confidence: "medium",
    note: "CITCO annual drug statistics (Interior Ministry intelligence centre).",
  }),
  seizedTonnes({
    id: "seized.es.2023.govt",
    value: 117.713,
    y: 2023,
    place: "ES",
    sourceIds: ES_GOVT,
    confidence: "high",
    note: "Spanish Government, written parliamentary answer (117,713 kg); the Interior ministry's official figure (117 t, El País, 17 December 2024) agrees. The EUDA gives 118 t, the National Security Report (preliminary) 141.8 t.",
  }),
  seizedTonnes({
    id: "seized.es.2023.euda",
    value: 118,
    y: 2023,
    place: "ES",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "medium",
    note: "EUDA European Drug Report 2025.",
  }),
  {
    ...seizedTonnes({
      id: "seizure.es.2024-10.algeciras",
      value: 13,
      y: 2024,
      place: "Algeciras port",
      measure: "largest single cocaine seizure ever made in Spain",
      sourceIds: ["wnoz-2024-10"],
      confidence: "high",
      note: "Spanish national police, via dpa: found in bananas from Ecuador; cited by the EUDA's European Drug Report 2025.",
    }),
    period: month("2024-10"),
  },
  seizedTonnes({
    id: "seized.es.2023.natsec",
    value: 141.765,
    y: 2023,
    place: "ES",
    provisional: true,
    sourceIds: ["narcodiario-2024-03"],
    confidence: "low",
    note: "Annual National Security Report, preliminary (141,765 kg, about 141.8 t); higher than both the government's answer and the EUDA.",
  }),
];

const fr2021Ofast = seizedTonnes({
  id: "seized.fr.2021.ofast",
  value: 26.5,
  y: 2021,
  place: "FR",
  sourceIds: ["impact-2022"],
  confidence: "medium",
  note: "OFAST (French anti-drug office), via Le Parisien. The interior minister's first estimate in January 2022 was 23 t.",
});
const fr2021ChangeOn2020: Figure = {
  id: "seized.fr.2021.change-on-2020.ofast",
  value: 1.02,
  qualifier: "nearly",
  unit: "share",
  period: year(2021),
  place: "FR",
  measure: "change in cocaine seized on the previous year",
  sourceIds: ["impact-2022"],
  confidence: "medium",
  note: "OFAST: 2021 was nearly 102% above 2020.",
};

const FR_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.fr.2019.customs",
    value: 8.8,
    y: 2019,
    place: "FR",
    measure: "cocaine seized by French customs",
    sourceIds: ["narconews-2020-06-04"],
    confidence: "medium",
    note: "French customs alone (27.8% less than 2018); no national total for 2019 was found.",
  }),
  derived("baseFromChange", [fr2021Ofast, fr2021ChangeOn2020], {
    id: "seized.fr.2020.ofast",
    unit: "tonnes",
    period: year(2020),
    place: "FR",
    measure: "cocaine seized",
    note: "Implied by OFAST's 2021 total and its change on 2020 (about 13.1 t); EMCDDA data via Statista show about 13 t.",
  }),
  fr2021Ofast,
  fr2021ChangeOn2020,
  seizedTonnes({
    id: "seized.fr.2021.interior-prelim",
    value: 23,
    y: 2021,
    place: "FR",
    qualifier: "about",
    provisional: true,
    sourceIds: ["franceinter-2022-02-01"],
    confidence: "low",
    note: "First estimate announced by the interior minister in January 2022; OFAST's later total is 26.5 t.",
  }),
  seizedTonnes({
    id: "seized.fr.2022.interior",
    value: 27.7,
    y: 2022,
    place: "FR",
    sourceIds: ["franceinfo-2023-03"],
    confidence: "medium",
    note: "French Interior Ministry annual balance; franceinfo reports it as more than 27 t, 5% more than 2021.",
  }),
  seizedTonnes({
    id: "seized.fr.2023.ofast",
    value: 23.2,
    y: 2023,
    place: "FR",
    sourceIds: ["bfmtv-2024"],
    confidence: "medium",
    note: "OFAST, as reported by BFMTV; the EUDA gives 23 t.",
  }),
  seizedTonnes({
    id: "seized.fr.2023.euda",
    value: 23,
    y: 2023,
    place: "FR",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "medium",
    note: "EUDA European Drug Report 2025.",
  }),
];

const IT_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.it.2019.dcsa-2020",
    value: 8.4,
    y: 2019,
    place: "IT",
    sourceIds: ["adnkronos-2020-06-30"],
    confidence: "medium",
    note: "DCSA annual report 2020, the first report on 2019. The next report gives 8.2 t: the published range is 8.2–8.4 t.",
  }),
  seizedTonnes({
    id: "seized.it.2019.dcsa-2021",
    value: 8.2,
    y: 2019,
    place: "IT",
    sourceIds: ["lapresse-2021-06-18"],
    confidence: "medium",
    note: "DCSA annual report 2021, revising 2019. The first report gave 8.4 t: the published range is 8.2–8.4 t.",
  }),
  seizedTonnes({
    id: "seized.it.2020.dcsa",
    value: 13.4,
    y: 2020,
    place: "IT",
    sourceIds: ["lapresse-2021-06-18"],
    confidence: "medium",
    note: "DCSA annual report 2021; later DCSA reports give up to 13.6 t (range 13.4–13.6 t).",
  }),
  seizedTonnes({
    id: "seized.it.2021.dcsa",
    value: 20.7,
    y: 2021,
    place: "IT",
    sourceIds: ["meteoweb-2022-06"],
    confidence: "medium",
    note: "DCSA annual report 2022; a later DCSA revision gives 20,075 kg (range 20.1–20.7 t).",
  }),
  seizedTonnes({
    id: "seized.it.2022.dcsa",
    value: 26.1,
    y: 2022,
    place: "IT",
    sourceIds: ["ansa-2023-06-15"],
    confidence: "medium",
    note: "DCSA annual report 2023; a record. No figure for 2023 was found.",
  }),
];

const PT_FIGURES: Figure[] = [
  seizedTonnes({
    id: "seized.pt.2019.pj",
    value: 10.56766,
    y: 2019,
    place: "PT",
    sourceIds: ["rtp-2020-05"],
    confidence: "medium",
    note: "Polícia Judiciária annual report (10,567.66 kg, about 10.57 t).",
  }),
  seizedTonnes({
    id: "seized.pt.2020.rasi",
    value: 10.1,
    y: 2020,
    place: "PT",
    sourceIds: ["destak-2021-03"],
    confidence: "medium",
    note: "Annual Internal Security Report (RASI).",
  }),
  seizedTonnes({
    id: "seized.pt.2021.pj",
    value: 10,
    y: 2021,
    place: "PT",
    qualifier: "about",
    provisional: true,
    sourceIds: ["rr-2023-02-27"],
    confidence: "low",
    note: "Exact figure not reported: the Polícia Judiciária said 2022's more than 16 t was six tonnes more than 2021.",
  }),
  seizedTonnes({
    id: "seized.pt.2022.pj",
    value: 16,
    y: 2022,
    place: "PT",
    qualifier: "more than",
    provisional: true,
    sourceIds: ["sicnoticias-2023-01-16", "rr-2023-02-27"],
    confidence: "low",
    note: "Preliminary Polícia Judiciária figure; the EUDA gives 17 t.",
  }),
  seizedTonnes({
    id: "seized.pt.2022.euda",
    value: 17,
    y: 2022,
    place: "PT",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "medium",
    note: "EUDA European Drug Report 2025.",
  }),
  seizedTonnes({
    id: "seized.pt.2023.pj",
    value: 21.7,
    y: 2023,
    place: "PT",
    sourceIds: ["dn-2024"],
    confidence: "medium",
    note: "Report on drug trafficking in Portugal; the EUDA gives 22 t.",
  }),
  seizedTonnes({
    id: "seized.pt.2023.euda",
    value: 22,
    y: 2023,
    place: "PT",
    sourceIds: ["tpn-2025-06-05"],
    confidence: "medium",
    note: "EUDA European Drug Report 2025.",
  }),
];

export const SEIZURES_BY_COUNTRY_FIGURES: readonly Figure[] = [
  ...EU_FIGURES,
  ...BE_FIGURES,
  ...NL_FIGURES,
  ...DE_FIGURES,
  ...ES_FIGURES,
  ...FR_FIGURES,
  ...IT_FIGURES,
  ...PT_FIGURES,
];
