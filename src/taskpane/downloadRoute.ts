/**
 * Downloads from inside Excel go through the system browser. A Blob link with `download` does nothing in
 * Excel on Mac, by design (office-js issues 2700, 3385 and 4681:
 * https://github.com/OfficeDev/office-js/issues/2700, /3385, /4681), and the pane cannot know whether the
 * host lets it save. So inside Excel the pane opens its own page in the browser with the request in the
 * URL's fragment, and that page, outside Excel, offers the file. Pure: no DOM, no Office.
 */

export type DownloadRequest =
  { kind: "csv"; tableId: string } | { kind: "xlsx"; tableIds: string[] };

/** The pane's page (without query or fragment) with the request in its fragment. */
export function downloadPageUrl(pageUrl: string, request: DownloadRequest): string {
  const url = new URL(pageUrl);
  const ids = request.kind === "csv" ? [request.tableId] : request.tableIds;
  const params = new URLSearchParams({ download: request.kind, tables: ids.join(",") });
  return `${url.origin}${url.pathname}#${params.toString()}`;
}

/**
 * The request named by a page's fragment ("#download=csv&tables=ports"), keeping only catalogue table ids:
 * the fragment is anyone's to write, so anything else is dropped; undefined when nothing is left.
 */
export function parseDownloadRequest(
  hash: string,
  knownTableIds: ReadonlySet<string>
): DownloadRequest | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const ids = [...new Set((params.get("tables") ?? "").split(","))].filter((id) =>
    knownTableIds.has(id)
  );
  if (ids.length === 0) return undefined;
  const kind = params.get("download");
  if (kind === "csv" && ids.length === 1) return { kind: "csv", tableId: ids[0] };
  if (kind === "xlsx") return { kind: "xlsx", tableIds: ids };
  return undefined;
}
