/**
 * Downloads from inside Excel go through the system browser (a Blob link does nothing in Excel on Mac,
 * office-js issues 2700, 3385, 4681): the pane's page is opened with the request in its fragment, and the
 * page outside Excel reads it back, keeping only catalogue table ids.
 */
import fc from "fast-check";
import { downloadPageUrl, parseDownloadRequest } from "../../src/taskpane/downloadRoute";
import { CATALOGUE } from "../../src/data";

const IDS = new Set(CATALOGUE.map((t) => t.id));
const PAGE = "https://desk.example.org/app/taskpane.html?_host_Info=Excel$Mac$16.01$en-US#old";

describe("download route", () => {
  it("opens the pane's own page, without Office's query, with the request in the fragment", () => {
    const url = downloadPageUrl(PAGE, { kind: "csv", tableId: CATALOGUE[0].id });
    expect(url).toBe(
      `https://desk.example.org/app/taskpane.html#download=csv&tables=${CATALOGUE[0].id}`
    );
  });

  it("reads back every request it writes", () => {
    fc.assert(
      fc.property(fc.subarray([...IDS], { minLength: 1 }), fc.boolean(), (ids, csv) => {
        const request = csv
          ? { kind: "csv" as const, tableId: ids[0] }
          : { kind: "xlsx" as const, tableIds: ids };
        const url = new URL(downloadPageUrl(PAGE, request));
        expect(parseDownloadRequest(url.hash, IDS)).toEqual(request);
      })
    );
  });

  it.each([
    ["", undefined],
    ["#download=csv&tables=no-such-table", undefined],
    ["#download=exe&tables=" + CATALOGUE[0].id, undefined],
    [`#download=csv&tables=${CATALOGUE[0].id},${CATALOGUE[1].id}`, undefined],
    [
      `#download=xlsx&tables=${CATALOGUE[0].id},<script>,${CATALOGUE[0].id}`,
      { kind: "xlsx", tableIds: [CATALOGUE[0].id] },
    ],
  ])("keeps only what the catalogue knows: %s", (hash, expected) => {
    expect(parseDownloadRequest(hash, IDS)).toEqual(expected);
  });
});
