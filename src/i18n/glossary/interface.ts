import type { GlossaryTerm } from "./term";

/** Terms of the interface (see term.ts). */
export const INTERFACE_TERMS: GlossaryTerm[] = [];
