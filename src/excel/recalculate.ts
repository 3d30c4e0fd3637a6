/**
 * A full recalculation of the workbook (Application.calculate, ExcelApi 1.1): DESK cells compute again,
 * after the rates pinned in the workbook or the workbook's date system changed.
 */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
