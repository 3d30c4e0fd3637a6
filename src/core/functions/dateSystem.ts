import type { DateSystem } from "../dates/excelSerial";

/**
 * The workbook's date system, for reading and writing date serials. A custom function only sees a bare
 * number, and the same serial is another day in a 1904-date workbook (44264: 9 March 2021 in the 1900
 * system, 10 March 2025 in the 1904 system), so nothing is computed from a serial until the task pane has
 * read the workbook's setting (src/excel/dateSystem.ts) and set it here. Formulas evaluated before that
 * wait for it, for at most DATE_SYSTEM_WAIT_MS; one that gave up answers #N/A for its serials, and the
 * pane then recalculates the workbook once the setting is known.
 */
interface DateSystemState {
  system: DateSystem | undefined;
  waiting: (() => void)[];
  /** True when an evaluation stopped waiting: its cells need a recalculation once the system is known. */
  gaveUp: boolean;
}

/** How long an evaluation waits for the pane to report the date system (it does so as Office starts). */
export const DATE_SYSTEM_WAIT_MS = 10_000;

/** One per runtime: the pane and the functions are one bundle on the shared runtime's page. */
const state: DateSystemState = { system: undefined, waiting: [], gaveUp: false };

/** The workbook's date system, or undefined while the pane has not reported it. */
export function workbookDateSystem(): DateSystem | undefined {
  return state.system;
}

/**
 * Settles once the date system is known (at once if it is), or after `waitMs`, whichever comes first; a
 * promise given to Excel must always settle.
 */
export function whenDateSystemKnown(waitMs: number = DATE_SYSTEM_WAIT_MS): Promise<void> {
  if (state.system) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      state.waiting = state.waiting.filter((w) => w !== done);
      state.gaveUp = true;
      resolve();
    }, waitMs);
    state.waiting.push(done);
  });
}

/**
 * Sets the workbook's date system and lets waiting evaluations go on. Returns true when cells need a
 * recalculation: some evaluation gave up waiting, or the system changed.
 */
export function setWorkbookDateSystem(system: DateSystem): boolean {
  const recalculate = state.gaveUp || (state.system !== undefined && state.system !== system);
  state.system = system;
  state.gaveUp = false;
  const waiting = state.waiting;
  state.waiting = [];
  for (const go of waiting) go();
  return recalculate;
}
