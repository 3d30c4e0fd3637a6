/** The project's glossary: one list per part of the product, read as one; a term shared by parts is listed once. */
import { DATASET_TERMS } from "./dataset";
import { FUNCTIONS_TERMS } from "./functions";
import { INTERFACE_TERMS } from "./interface";
import type { GlossaryTerm } from "./term";

export type { GlossaryTerm } from "./term";
export const GLOSSARY: readonly GlossaryTerm[] = [
  ...DATASET_TERMS,
  ...INTERFACE_TERMS,
  ...FUNCTIONS_TERMS,
];
