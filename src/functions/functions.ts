/**
 * The DESK custom functions. Each wrapper only names its arguments and maps errors; the work is in
 * src/core. Every argument that takes one value also takes a range, and the result spills in the shape
 * Excel users expect (see core/functions/grid.ts).
 *
 * Ids are stored in users' workbooks: never rename one.
 */
import { mapCells } from "../core/functions/grid";
import { shareOf } from "../core/functions/share";
import { toExcelGrid } from "./excelErrors";

/**
 * Share of a part in a total (part / total, from 0 to 1), refusing negative values, a part larger than the
 * total, and a zero total.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param {any[][]} part The part: a number, or a range of numbers.
 * @param {any[][]} total The total: a number, or a range of the same shape as part.
 * @returns {any[][]} The share, from 0 to 1; format the cell as a percentage.
 */
export function share(part: unknown[][], total: unknown[][]): unknown[][] {
  return toExcelGrid(mapCells([part, total], ["part", "total"], shareOf));
}
