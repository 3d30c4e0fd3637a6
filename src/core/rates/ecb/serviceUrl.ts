import { failure, msg, type MessageText } from "../../messages/text";

/** The rate service setting as typed in the task pane, checked before it is stored. */
export type UrlCheck =
  { ok: true; url: string } | { ok: false; message: string; text: MessageText };

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
    return failure(
      msg("service.notUrl", {
        text: trimmed.slice(0, 60),
        example: allowedOrigins[0] ?? "https://api.frankfurter.dev",
      })
    );
  }
  if (url.protocol !== "https:") return failure(msg("service.notHttps"));
  if (url.username || url.password || url.search || url.hash) {
    return failure(msg("service.baseOnly"));
  }
  if (!allowedOrigins.includes(url.origin)) {
    return failure(
      msg("service.notAllowed", {
        origins: allowedOrigins.join(", ") || msg("service.noService"),
        origin: url.origin,
      })
    );
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
): MessageText {
  const origin = new URL(requestUrl).origin;
  let newBase = KNOWN_MOVES[origin];
  if (location !== null) {
    const target = new URL(location, requestUrl).href;
    const rest = requestUrl.slice(baseUrl.replace(/\/+$/, "").length);
    newBase =
      rest !== "" && target.endsWith(rest) ? target.slice(0, -rest.length) : new URL(target).origin;
  }
  return newBase === undefined
    ? msg("service.moved", { baseUrl })
    : msg("service.movedTo", { baseUrl, newBase });
}
