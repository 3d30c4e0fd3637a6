import type { GlossaryTerm } from "./term";

/** Terms of the functions (see term.ts). */
export const FUNCTIONS_TERMS: GlossaryTerm[] = [];
