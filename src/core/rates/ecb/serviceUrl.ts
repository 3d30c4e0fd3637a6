/** The rate service setting as typed in the task pane, checked before it is stored. */
export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * A base URL the page may use: https, no credentials, query or fragment, and an origin in `allowedOrigins`
 * (what the page's Content-Security-Policy lets it connect to). Empty means off.
 */
export function checkRatesBaseUrl(text: string, allowedOrigins: readonly string[]): UrlCheck {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.toLowerCase() === "off") return { ok: true, url: "" };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      message: `"${trimmed.slice(0, 60)}" is not a URL; use e.g. ${allowedOrigins[0] ?? "https://api.frankfurter.dev"}`,
    };
  }
  if (url.protocol !== "https:") return { ok: false, message: "The rate service must use https." };
  if (url.username || url.password || url.search || url.hash) {
    return {
      ok: false,
      message: "Give the service's base URL only: no user name, query or #fragment.",
    };
  }
  if (!allowedOrigins.includes(url.origin)) {
    return {
      ok: false,
      message:
        `This add-in may only connect to ${allowedOrigins.join(", ") || "no rate service"}; ` +
        `${url.origin} needs a build with RATES_API_URL set to it.`,
    };
  }
  return { ok: true, url: url.href.replace(/\/+$/, "") };
}

/**
 * Where services known to have moved went: Frankfurter's old domain answers 301 to its ECB-only API
 * (Frankfurter's changelog: "the domain moved to api.frankfurter.dev"; v1 serves the ECB rates only).
 * A browser hides a redirect's Location from the page, so this is how the pane can say where.
 */
const KNOWN_MOVES: Readonly<Record<string, string>> = {
  "https://api.frankfurter.app": "https://api.frankfurter.dev/v1",
};

/**
 * Plain words for a service that answers a request with a redirect: it moved, where to (from the
 * Location header when the runtime shows it, else from the known moves), and what to do.
 */
export function movedServiceMessage(
  requestUrl: string,
  baseUrl: string,
  location: string | null
): string {
  const origin = new URL(requestUrl).origin;
  let newBase = KNOWN_MOVES[origin];
  if (location !== null) {
    const target = new URL(location, requestUrl).href;
    const rest = requestUrl.slice(baseUrl.replace(/\/+$/, "").length);
    newBase =
      rest !== "" && target.endsWith(rest) ? target.slice(0, -rest.length) : new URL(target).origin;
  }
  const where = newBase === undefined ? "to another address" : `to ${newBase}`;
  return (
    `the rate service ${baseUrl} has moved ${where} (it answers with a redirect, which this add-in ` +
    `does not follow); build the add-in with RATES_API_URL=${newBase ?? "<its new address>"} and choose it below`
  );
}
