/** The dataset an inserted table is compared with, assembled from its parts so that tests can pass another. */
import { figureCellsOf, type CellPlanLookup } from "../cellPlan";
import type { DatasetVersion } from "../../data/changelog";
import type { TableDef } from "../../data/types";
import type { CheckData } from "./check";

export interface TrackingData extends CheckData {
  /** The current version, which updated tables are recorded at. */
  version: string;
}

export interface TrackingSources {
  /** Newest version last; the last is the current one. */
  changelog: readonly DatasetVersion[];
  lookup: CellPlanLookup;
  tableById(id: string): TableDef | undefined;
}

export function trackingData({ changelog, lookup, tableById }: TrackingSources): TrackingData {
  if (changelog.length === 0) throw new Error("The changelog has no version.");
  return {
    changelog,
    version: changelog[changelog.length - 1].version,
    figureById: lookup.figureById,
    figureIdsOfTable(catalogueId) {
      const table = tableById(catalogueId);
      return table ? figureCellsOf(table).map((c) => c.figureId) : undefined;
    },
  };
}
