/** Builders for the `Period` of a figure, so that every period has ISO bounds and a reader's label. */
import type { Period } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2021-03-09" -> "9 Mar 2021". */
function dayLabel(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A calendar year. */
export function year(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
}

/** A single day, labelled "9 Mar 2021" unless a label is given ("Tuesday 9 Mar 2021"). */
export function day(isoDate: string, label?: string): Period {
  return { start: isoDate, end: isoDate, label: label ?? dayLabel(isoDate) };
}

/** A calendar month given as `YYYY-MM`. */
export function month(isoMonth: string, label?: string): Period {
  const [y, m] = isoMonth.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    start: `${isoMonth}-01`,
    end: `${isoMonth}-${String(lastDay).padStart(2, "0")}`,
    label: label ?? `${MONTHS[m - 1]} ${y}`,
  };
}

/** Any span between two ISO dates, with the label a reader sees ("late 2018 – 9 Mar 2021"). */
export function span(start: string, end: string, label: string): Period {
  return { start, end, label };
}
