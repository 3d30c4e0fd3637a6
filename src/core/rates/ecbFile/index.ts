/** The ECB's own history file (eurofxref-hist.zip or .csv), read into an EcbHistory. */
export { ECB_FILE_EXPECTED, parseEcbCsv } from "./parseEcbCsv";
export type { EcbFileResult } from "./parseEcbCsv";
export { MAX_ECB_CSV_BYTES, isZip, readEcbFile } from "./readEcbFile";
export { isEcbHistory, summarizeEcbHistory } from "./summary";
export type { EcbHistorySummary } from "./summary";
