/**
 * The insert options: derived columns as live formulas or values only, and a chart beside the table.
 * The choice is kept while the user moves from table to table.
 */
import { ui } from "../i18n/ui/current";
import { el } from "./dom";

export interface InsertChoice {
  liveFormulas: boolean;
  chart: boolean;
}

function radio(
  name: string,
  value: string,
  label: string,
  checked: boolean,
  onChange: () => void
): HTMLElement {
  const input = el("input", { attrs: { type: "radio", name, value, id: `${name}-${value}` } });
  input.checked = checked;
  input.addEventListener("change", onChange);
  return el("div", { className: "choice" }, [
    input,
    el("label", { text: label, attrs: { for: input.id } }),
  ]);
}

/** A fieldset whose controls update `choice` in place. The chart box appears only where a chart can be drawn. */
export function renderInsertOptions(
  choice: InsertChoice,
  tableHasChart: boolean
): HTMLFieldSetElement {
  const fieldset = el("fieldset", { className: "options" }, [
    el("legend", { text: ui("derivedColumns") }),
    radio(
      "derived",
      "formulas",
      ui("liveFormulas"),
      choice.liveFormulas,
      () => (choice.liveFormulas = true)
    ),
    radio(
      "derived",
      "values",
      ui("valuesOnly"),
      !choice.liveFormulas,
      () => (choice.liveFormulas = false)
    ),
  ]);
  if (tableHasChart) {
    const box = el("input", { attrs: { type: "checkbox", id: "insert-chart" } });
    box.checked = choice.chart;
    box.addEventListener("change", () => (choice.chart = box.checked));
    fieldset.appendChild(
      el("div", { className: "choice choice-chart" }, [
        box,
        el("label", { text: ui("chartBeside"), attrs: { for: box.id } }),
      ])
    );
  }
  return fieldset;
}
