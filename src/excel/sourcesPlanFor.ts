/**
 * The Sources plan for a workbook: its catalogue tables (found by name), and what the DESK functions used
 * in this session or, as the earlier Sources sheet recorded, before.
 */
import { buildCellPlan } from "../core/cellPlan";
import { DATASET } from "../core/share/dataset";
import { buildSourcesSheet, mergeUsage, recordedUsage } from "../core/share/sourcesPlan";
import type { RateUse } from "../core/usage/usageLog";
import { CATALOGUE } from "../data";
import type { SourcesPlanFor } from "./sourcesSheet";
import { catalogueTablesIn } from "../core/share/sourcesTables";

export interface UsageSnapshot {
  figureIds(): string[];
  rates(): RateUse[];
}

export function sourcesPlanFor(usage: UsageSnapshot, writtenOn: string): SourcesPlanFor {
  return (excelTables, earlierSheet, texts, write) => {
    const used = mergeUsage(
      { figureIds: usage.figureIds(), rates: usage.rates() },
      recordedUsage(earlierSheet)
    );
    return buildSourcesSheet(
      {
        tables: catalogueTablesIn(excelTables, CATALOGUE).map((found) => {
          const plan = buildCellPlan(found.table, { anchorRow: 0, anchorCol: 0 });
          return { ...found, figureIds: plan.figureIds, sourceIds: plan.sourceIds };
        }),
        functionFigureIds: used.figureIds,
        rates: used.rates,
        writtenOn,
      },
      DATASET,
      texts,
      write
    );
  };
}
