/**
 * Every curated figure as tidy CSV on stdout: one row per (figure, source), so a figure with two sources is
 * two rows; the last column names the dataset version. Run with `npm run --silent export:figures > figures.csv`.
 */
import { DATASET_VERSION, FIGURES } from "../src/data";
import { sourceById } from "../src/core/dataset/byId";
import type { Figure, Source } from "../src/data/types";
import { toCsv } from "../src/core/csv";
import type { CellValue } from "../src/core/cellPlanTypes";

export const FIGURE_CSV_HEADER = [
  "id",
  "value",
  "qualifier",
  "unit",
  "period",
  "period_start",
  "period_end",
  "place",
  "measure",
  "verdict",
  "confidence",
  "provisional",
  "source_id",
  "publisher",
  "title",
  "date",
  "url",
  "note",
  "dataset_version",
] as const;

/** The CSV records of one figure: one per source, in the figure's source order. */
function figureRecords(figure: Figure, lookup: (id: string) => Source | undefined): CellValue[][] {
  return figure.sourceIds.map((sourceId) => {
    const source = lookup(sourceId);
    return [
      figure.id,
      figure.value,
      figure.qualifier ?? null,
      figure.unit,
      figure.period.label,
      figure.period.start,
      figure.period.end,
      figure.place,
      figure.measure,
      figure.claim?.verdict ?? null,
      figure.confidence,
      figure.provisional ? "TRUE" : "FALSE",
      sourceId,
      source?.publisher ?? null,
      source?.title ?? null,
      source?.date ?? null,
      source?.url ?? null,
      figure.note,
      DATASET_VERSION,
    ];
  });
}

/** The whole dataset as CSV text (UTF-8 BOM, CRLF, RFC 4180 quoting). */
export function exportFiguresCsv(
  figures: readonly Figure[] = FIGURES,
  lookup: (id: string) => Source | undefined = sourceById
): string {
  return toCsv([[...FIGURE_CSV_HEADER], ...figures.flatMap((f) => figureRecords(f, lookup))]);
}

if (typeof require !== "undefined" && require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the export.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.stdout.write(exportFiguresCsv());
}
