/** Prepare for sharing as one user action: freeze the DESK formulas, then write the Sources sheet, in one Excel.run. */
import type { FreezeReport } from "../core/share/messages";
import { freezeDeskFormulasIn } from "./shareFreeze";
import { writeSourcesSheetIn, type SourcesOutcome, type SourcesPlanFor } from "./sourcesSheet";

export interface PrepareOutcome {
  freeze: FreezeReport;
  sources: SourcesOutcome;
}

export function prepareForSharing(planFor: SourcesPlanFor): Promise<PrepareOutcome> {
  return Excel.run((context) => prepareForSharingIn(context, planFor));
}

export async function prepareForSharingIn(
  context: Excel.RequestContext,
  planFor: SourcesPlanFor
): Promise<PrepareOutcome> {
  const freeze = await freezeDeskFormulasIn(context);
  const sources = await writeSourcesSheetIn(context, planFor);
  return { freeze, sources };
}
