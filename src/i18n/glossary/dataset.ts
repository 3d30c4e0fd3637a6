import type { GlossaryTerm } from "./term";

/** Terms of the dataset (see term.ts). */
export const DATASET_TERMS: GlossaryTerm[] = [];
