/**
 * Why a browser refused a request to the rate service. A browser rejects fetch with the same bare
 * TypeError ("Failed to fetch") for a computer that is offline, a Content-Security-Policy block, a
 * connection refused, and a cross-origin redirect without CORS headers: the Fetch standard runs the CORS
 * check on a redirect response before it looks at the redirect mode, so `redirect: "manual"` does not
 * turn such a redirect into an "opaqueredirect" response (https://fetch.spec.whatwg.org/#http-fetch,
 * step "If request's response tainting is "cors" and a CORS check for request and response returns
 * failure, then return a network error"). That is what the old api.frankfurter.app answers: a 301 to
 * api.frankfurter.dev/v1 with no CORS header (lineofflight/frankfurter CHANGELOG.md, 1.0.0: "Moved domain
 * from api.frankfurter.app to api.frankfurter.dev"; users' reports: spliit-app/spliit issue 514, "The old
 * domain now returns a 301 redirect [...] but the redirect response does not include the
 * Access-Control-Allow-Origin header", and Git-Romer/pokecollector issue 231).
 *
 * What tells them apart:
 * - `navigator.onLine` is false offline;
 * - the page's Content-Security-Policy fires `securitypolicyviolation` for a URL it may not reach, naming
 *   that URL (https://www.w3.org/TR/CSP3/#report-violation);
 * - a second request in "no-cors" mode follows the redirect (no-cors requires "follow"); the policy then
 *   refuses the new origin and reports the URL asked, not the redirect's target (CSP3 reports the
 *   pre-redirect URL, so that a report does not leak where a redirect went). A server that answers without
 *   CORS and without a redirect gives an opaque response; one that cannot be reached rejects again.
 */
export type Refusal =
  | "offline"
  /** The page's policy does not let it connect to this origin. */
  | "policy"
  /** The service redirected to an origin the page may not connect to. */
  | "moved"
  /** The server answered, but without the CORS header that lets this page read it. */
  | "no-cors"
  | "unreachable";

/** The part of fetch the probe uses. */
export type ProbeFetch = (
  url: string,
  init: { mode: "no-cors"; signal?: AbortSignal }
) => Promise<unknown>;

/** The violation event is queued as a task after fetch has rejected: wait this long for it. */
const VIOLATION_WAIT_MS = 20;

interface Listening {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

function eventTarget(): Listening | undefined {
  const g = globalThis as unknown as Partial<Listening>;
  return typeof g.addEventListener === "function" && typeof g.removeEventListener === "function"
    ? (g as Listening)
    : undefined;
}

/** Whether this runtime reports Content-Security-Policy refusals (a page does; Node does not). */
export function canSeePolicyRefusals(): boolean {
  return eventTarget() !== undefined;
}

/**
 * Notes every policy refusal of a URL on `origin` from now until `stop`; `seen` says whether there was one
 * (after the event has had time to arrive).
 */
export function watchPolicyRefusals(origin: string): {
  seen(): Promise<boolean>;
  stop(): void;
} {
  const target = eventTarget();
  let refused = false;
  const listener = (event: Event) => {
    const blocked = (event as SecurityPolicyViolationEvent).blockedURI ?? "";
    try {
      if (new URL(blocked).origin === origin) refused = true;
    } catch {
      // "inline", "eval" and the like are not requests.
    }
  };
  target?.addEventListener("securitypolicyviolation", listener);
  return {
    seen: () => new Promise((resolve) => setTimeout(() => resolve(refused), VIOLATION_WAIT_MS)),
    stop: () => target?.removeEventListener("securitypolicyviolation", listener),
  };
}

export function isOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/**
 * Why a request that fetch rejected with no cause failed. `refusedByPolicy`: whether the page's policy
 * refused that request itself (see watchPolicyRefusals).
 */
export async function classifyRefusal(
  url: string,
  refusedByPolicy: boolean,
  probe: ProbeFetch,
  signal?: AbortSignal
): Promise<Refusal> {
  if (isOffline()) return "offline";
  if (refusedByPolicy) return "policy";
  const watch = watchPolicyRefusals(new URL(url).origin);
  try {
    const answered = await probe(url, { mode: "no-cors", signal }).then(
      () => true,
      () => false
    );
    if (answered) return "no-cors";
    return (await watch.seen()) ? "moved" : "unreachable";
  } finally {
    watch.stop();
  }
}
