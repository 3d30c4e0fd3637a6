import type { DateSystem } from "../core/dates/excelSerial";

/**
 * The workbook's date system, asked of Excel itself: DATE(1904,1,1) is serial 0 in the 1904 system and 1462
 * in the 1900 system. Evaluated through workbook.functions, so no cell is written.
 */
export async function readWorkbookDateSystem(): Promise<DateSystem> {
  return Excel.run(async (context) => {
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    await context.sync();
    return probe.value === 0 ? "1904" : "1900";
  });
}
