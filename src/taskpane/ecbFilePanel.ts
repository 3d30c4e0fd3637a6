/**
 * The ECB history file in the rates panel: choose eurofxref-hist.zip (or the .csv inside it) as downloaded
 * from the ECB, see the date range and currencies kept, remove it. The file is read and stored by
 * src/functions/importedRates.ts; a bad file is refused with the reason and the one kept before stays.
 */
import { isoDateFromDayNumber } from "../core/dates/dayNumber";
import { importedRatesState, type ImportedEcbHistory } from "../functions/importedRates";
import { ui } from "../i18n/ui/current";
import { el } from "./dom";
import { withMessages, writeMessage } from "../functions/messages";
import { isMessageText, type MessageText } from "../core/messages/text";
import { reasonOf } from "../core/errorReason";

const MS_PER_DAY = 86400000;

/** One line on the history in use, or on its absence. */
export function ecbFileStateText(current: ImportedEcbHistory | undefined): string {
  if (!current) return ui("ecbFileNone");
  const s = current.summary;
  // Rate days stay ISO dates, as in the ECB's file; counts follow the language.
  const range = ui("ecbFileRange", {
    first: s.firstDate,
    last: s.lastDate,
    currencies: s.currencyCount,
    days: s.dayCount,
  });
  if (current.origin === "build") return ui("ecbFileBundled", { range });
  const on = isoDateFromDayNumber(Math.floor((current.importedAtMs ?? 0) / MS_PER_DAY));
  return ui("ecbFileImported", { name: current.fileName ?? "", range, day: on });
}

/**
 * A refusal in the pane's language: the messages (cell messages and the language's) are fetched first,
 * as the rates panel does, since a file may be imported before any formula has fetched them.
 */
async function written(text: MessageText): Promise<string> {
  await Promise.resolve(withMessages(() => undefined)).catch(() => undefined);
  return writeMessage(text);
}

/** Why something failed: a message in the pane's language, else the error's own words. */
function reasonText(error: unknown): Promise<string> {
  const text = (error as { text?: unknown } | null)?.text;
  return isMessageText(text) ? written(text) : Promise.resolve(reasonOf(error));
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function ecbFileSection(): HTMLElement {
  const rates = importedRatesState();
  const input = el("input", {
    attrs: {
      id: "ecb-file-input",
      type: "file",
      accept: ".zip,.csv,application/zip,text/csv",
      "aria-describedby": "ecb-file-help ecb-file-state ecb-file-message",
    },
  });
  const state = el("p", {
    className: "rates-status",
    attrs: { id: "ecb-file-state", "aria-live": "polite" },
    text: ui("ecbFileReadingKept"),
  });
  const message = el("p", {
    className: "rates-message",
    attrs: { id: "ecb-file-message", "aria-live": "assertive" },
  });
  const remove = el("button", {
    className: "button",
    text: ui("ecbFileRemove"),
    attrs: { type: "button", id: "ecb-file-remove", "aria-describedby": "ecb-file-state" },
  });
  const section = el(
    "div",
    {
      className: "field ecb-file",
      attrs: { role: "group", "aria-labelledby": "ecb-file-heading" },
    },
    [
      el("h3", { text: ui("ecbFileHeading"), attrs: { id: "ecb-file-heading" } }),
      el("p", {
        className: "rates-hint",
        attrs: { id: "ecb-file-help" },
        text: ui("ecbFileHelp"),
      }),
      el("label", { text: ui("ecbFileChoose"), attrs: { for: "ecb-file-input" } }),
      input,
      state,
      remove,
      message,
    ]
  );

  const show = (current: ImportedEcbHistory | undefined) => {
    const text = ecbFileStateText(current);
    if (state.textContent !== text) state.textContent = text;
    remove.hidden = current?.origin !== "imported";
  };
  const say = (text: string, error: boolean) => {
    message.classList.toggle("rates-message-error", error);
    message.textContent = text;
  };
  remove.hidden = true;
  void rates.ready().then(() => {
    let stop: (() => void) | undefined = undefined;
    stop = rates.subscribe((current) => {
      // A panel taken off the page stops listening; the first call (before `stop` is set) always shows.
      if (stop && !section.isConnected) stop();
      else show(current);
    });
  });

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    input.disabled = true;
    section.setAttribute("aria-busy", "true");
    say(ui("ecbFileReading", { name: file.name }), false);
    void bytesOf(file)
      .then((bytes) => rates.import(bytes, file.name))
      .then(async (outcome) => {
        if (outcome.ok) {
          say(ui("ecbFileImportedNow", { name: file.name }), false);
          return;
        }
        const reason = await written(outcome.text);
        const kept = rates.current();
        const keptText = kept ? ` ${ui("ecbFileKept", { state: ecbFileStateText(kept) })}` : "";
        say(ui("ecbFileRefused", { name: file.name, reason }) + keptText, true);
      })
      .catch(async (error: unknown) =>
        say(ui("ecbFileUnreadable", { name: file.name, reason: await reasonText(error) }), true)
      )
      .finally(() => {
        input.value = "";
        input.disabled = false;
        section.removeAttribute("aria-busy");
      });
  });

  remove.addEventListener("click", () => {
    void rates.remove().then(
      () => {
        say(ui("ecbFileRemoved"), false);
        input.focus();
      },
      async (error: unknown) =>
        say(ui("ecbFileNotRemoved", { reason: await reasonText(error) }), true)
    );
  });
  return section;
}
