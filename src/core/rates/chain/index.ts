/**
 * The rate chain, from a cell to a rate: `lookUpInChain(sources, query)` asks, in order of trust,
 *   pinnedSource   the rates pinned in the workbook,
 *   ecbLiveSource  the ECB reference rates from the rate service (fetched in batches by the edge),
 *   ecbFileSource  an ECB history file, imported by the user or bundled at build time,
 *   bundledSource  the bundled offline history (rates.bin),
 * and returns the first answer, or why none has a rate.
 */
export { citingRetrieval, lookUpInChain, type ChainAnswer } from "./chain";
export { bundledSource } from "./bundledSource";
export { ecbFileSource } from "./ecbFileSource";
export { ecbLiveSource, type LiveContext } from "./ecbLiveSource";
export { pinKeyOf, pinnedCitation, pinnedSource, pinnedSourceText } from "./pinnedSource";
export { unavailableSource } from "./unavailableSource";
export type { RateQuery, RateSource, SourceAnswer, SourceFailure, SourceName } from "./source";
