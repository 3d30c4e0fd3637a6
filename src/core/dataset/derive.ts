/**
 * Derived figures: a value computed from other figures is computed here, once, so that its value and the
 * recorded derivation can never disagree, and its note names the figures it comes from.
 */
import type { Derivation, Figure } from "../../data/types";

/** Applies a derivation to the input values, in the order of `figureIds`. */
export function computeDerivation(op: Derivation["op"], values: readonly number[]): number {
  switch (op) {
    case "ratio":
      return values[0] / values[1];
    case "sum":
      return values.reduce((acc, v) => acc + v, 0);
    case "difference":
      return values[0] - values[1];
    case "product":
      return values.reduce((acc, v) => acc * v, 1);
    case "baseFromChange":
      return values[0] / (1 + values[1]);
  }
}

const OP_TEXT: Record<Derivation["op"], (ids: string[]) => string> = {
  ratio: (ids) => `${ids[0]} / ${ids[1]}`,
  sum: (ids) => ids.join(" + "),
  difference: (ids) => `${ids[0]} - ${ids[1]}`,
  product: (ids) => ids.join(" * "),
  baseFromChange: (ids) => `${ids[0]} / (1 + ${ids[1]})`,
};

/** The sentence appended to a derived figure's note: "Derived, not published: a / b." */
function derivationText(derivation: Derivation): string {
  return `Derived, not published: ${OP_TEXT[derivation.op](derivation.figureIds)}.`;
}

function numericValue(figure: Figure): number {
  if (typeof figure.value !== "number") {
    throw new TypeError(
      `Figure ${figure.id} is not numeric and cannot be an input of a derivation.`
    );
  }
  return figure.value;
}

/**
 * Builds a derived figure from its inputs: computes the value, records the derivation, marks it
 * provisional with low confidence, and appends the derivation to the note.
 */
export function derived(
  op: Derivation["op"],
  inputs: readonly Figure[],
  figure: Omit<Figure, "value" | "derivedFrom" | "provisional" | "confidence" | "sourceIds"> & {
    sourceIds?: string[];
  }
): Figure {
  const derivation: Derivation = { op, figureIds: inputs.map((f) => f.id) };
  const sourceIds = figure.sourceIds ?? [...new Set(inputs.flatMap((f) => f.sourceIds))];
  return {
    ...figure,
    value: computeDerivation(op, inputs.map(numericValue)),
    sourceIds,
    confidence: "low",
    provisional: true,
    derivedFrom: derivation,
    note: `${figure.note} ${derivationText(derivation)}`.trim(),
  };
}
