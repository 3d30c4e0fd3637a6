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
      message: `"${trimmed.slice(0, 60)}" is not a URL; use e.g. ${allowedOrigins[0] ?? "https://api.frankfurter.app"}`,
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
