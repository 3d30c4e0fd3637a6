/**
 * The Sky ECC trials: the Brussels "Encro" mega-trial (EncroChat and Sky ECC) and its appeal, the Paris case
 * against the people behind Sky ECC, and the Dutch arrests of its distributors. Outcomes not yet published
 * (the appeal judgment, the Paris trial) have no figure.
 */
import type { Figure } from "../types";
import { day, month, span } from "../periods";

const ENCRO_VERDICT = day("2024-10-29");
const ENCRO_SOURCES = ["bx1-2024-10", "belgiquefois-2024-10"];
const BRUSSELS = "Brussels";

function trialFigure(
  f: Omit<Figure, "confidence"> & { confidence?: Figure["confidence"] }
): Figure {
  return { confidence: "high", ...f };
}

export const TRIAL_FIGURES: readonly Figure[] = [
  trialFigure({
    id: "trial.encro.2024-10-29.convicted",
    value: 119,
    unit: "convictions",
    period: ENCRO_VERDICT,
    place: BRUSSELS,
    measure: "defendants convicted in the Encro trial (first instance)",
    sourceIds: ENCRO_SOURCES,
    note: "Brussels criminal court: 115 people and 4 companies, with prison terms from 14 months to 17 years (Reuters). The largest criminal trial in Belgium.",
  }),
  trialFigure({
    id: "trial.encro.2024-10-29.acquitted",
    value: 9,
    unit: "persons",
    period: ENCRO_VERDICT,
    place: BRUSSELS,
    measure: "defendants acquitted in the Encro trial (first instance)",
    sourceIds: ["belgiquefois-2024-10"],
    note: "Brussels criminal court.",
  }),
  trialFigure({
    id: "trial.encro.2024-10-29.prison",
    value: 700,
    qualifier: "about",
    unit: "years_prison",
    period: ENCRO_VERDICT,
    place: BRUSSELS,
    measure: "prison sentences handed down in the Encro trial, in total",
    sourceIds: ENCRO_SOURCES,
    confidence: "medium",
    note: "About 700 years (BX1, belgiquefois); Bruzz reported 800 years: the reports disagree.",
  }),
  trialFigure({
    id: "trial.encro.2024-10-29.confiscated",
    value: 60_000_000,
    qualifier: "about",
    unit: "EUR",
    period: ENCRO_VERDICT,
    place: BRUSSELS,
    measure: "confiscations ordered in the Encro trial",
    sourceIds: ENCRO_SOURCES,
    confidence: "medium",
    note: "About €60 million (BX1, belgiquefois); an aggregator gave €65 million.",
  }),
  trialFigure({
    id: "trial.encro.appeal.retried",
    value: 58,
    unit: "persons",
    period: span("2025-09-15", "2025-10-29", "15 Sep – 29 Oct 2025"),
    place: BRUSSELS,
    measure: "people convicted in the Encro trial and retried on appeal",
    sourceIds: ["datanews-2025-02"],
    note: "Brussels Court of Appeal. The prosecutor asked to confirm most sentences and to increase five.",
  }),
  trialFigure({
    id: "trial.encro.appeal.opened",
    value: "2025-09-15",
    unit: "date",
    period: day("2025-09-15"),
    place: BRUSSELS,
    measure: "first day of the Encro appeal",
    sourceIds: ["datanews-2025-02"],
    note: "Brussels Court of Appeal.",
  }),
  trialFigure({
    id: "trial.encro.appeal.closed",
    value: "2025-10-29",
    unit: "date",
    period: day("2025-10-29"),
    place: BRUSSELS,
    measure: "last day of hearings of the Encro appeal",
    sourceIds: ["bx1-2025-10-30"],
    note: "After seven weeks of hearings.",
  }),
  trialFigure({
    id: "trial.encro.appeal.judgment-expected",
    value: "2026-04",
    unit: "date",
    period: month("2026-04"),
    place: BRUSSELS,
    measure: "month the Encro appeal judgment was expected",
    sourceIds: ["bx1-2025-10-30"],
    provisional: true,
    confidence: "medium",
    note: "Expected, as announced at the close of the hearings; the judgment itself was not found.",
  }),
  trialFigure({
    id: "trial.fr.paris.sent-to-trial",
    value: 30,
    unit: "persons",
    period: month("2024-08"),
    place: "Paris",
    measure:
      "people sent for trial before the special Cour d'assises of Paris (Sky ECC's makers and distributors)",
    sourceIds: ["parisparlez-2024-08"],
    confidence: "medium",
    note: "Indictment order of August 2024, including Sky Global's chief executive. The outcome of the Paris case was not found.",
  }),
  trialFigure({
    id: "trial.fr.paris.charged",
    value: 12,
    unit: "persons",
    period: month("2024-08"),
    place: "Paris",
    measure: "of them, people charged in person during the investigation",
    sourceIds: ["parisparlez-2024-08"],
    confidence: "medium",
    note: "The other 18 were under arrest warrants.",
  }),
  trialFigure({
    id: "trial.fr.paris.warrants",
    value: 18,
    unit: "persons",
    period: month("2024-08"),
    place: "Paris",
    measure: "of them, people still under arrest warrants",
    sourceIds: ["parisparlez-2024-08"],
    confidence: "medium",
    note: "Including Sky Global's chief executive.",
  }),
  trialFigure({
    id: "trial.nl.distributors.2025-01.arrested",
    value: 4,
    unit: "persons",
    period: month("2025-01"),
    place: "NL",
    measure: "people arrested for distributing Sky ECC phones",
    sourceIds: ["securitynl-2025-01"],
    note: "Dutch police: two men arrested on Ibiza and in Alicante, a man and a woman in Amsterdam.",
  }),
  trialFigure({
    id: "trial.nl.distributors.2025-01.crypto",
    value: 1_400_000,
    unit: "EUR",
    period: month("2025-01"),
    place: "NL",
    measure: "cryptocurrency seized from Sky ECC distributors",
    sourceIds: ["securitynl-2025-01"],
    note: "Dutch police; real estate was seized as well.",
  }),
];
