/** Every curated figure, in the order of the research: the article, the operation, Sky ECC, the aftermath, statistics, the trials. */
import type { Figure } from "../types";
import { ARTICLE_FIGURES } from "./article";
import { OPERATION_FIGURES } from "./operation";
import { SKY_ECC_FIGURES } from "./skyEcc";
import { AFTERMATH_FIGURES } from "./aftermath";
import { SEIZURES_BY_COUNTRY_FIGURES } from "./seizuresByCountry";
import { PORT_FIGURES } from "./ports";
import { TRIAL_FIGURES } from "./trials";

export const FIGURES: readonly Figure[] = [
  ...ARTICLE_FIGURES,
  ...OPERATION_FIGURES,
  ...SKY_ECC_FIGURES,
  ...AFTERMATH_FIGURES,
  ...SEIZURES_BY_COUNTRY_FIGURES,
  ...PORT_FIGURES,
  ...TRIAL_FIGURES,
];
