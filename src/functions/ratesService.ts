/**
 * Which rate service the add-in asks, a setting kept in the browser's storage. The build fixes the one
 * origin the page may connect to (RATES_API_URL, written into the Content-Security-Policy and the
 * manifest's AppDomains); the setting may name another path on that origin, for a newsroom's own copy,
 * or "off" for the bundled rates only. A URL typed in the pane is checked by checkRatesBaseUrl
 * (src/core/rates/ecb/serviceUrl.ts).
 */
import type { KeyValueStore } from "./browserStore";

declare const __RATES_API_URL__: string;

/** The build's rate service, e.g. https://api.frankfurter.dev/v1. */
export const DEFAULT_RATES_URL: string = __RATES_API_URL__;

export const RATES_URL_KEY = "seizureDesk.ratesBaseUrl";

/** The stored value that turns the ECB provider off. */
const RATES_OFF = "off";

/** The base URL to use ("" when off): the stored setting, else the build's default. */
export async function readRatesBaseUrl(store: KeyValueStore): Promise<string> {
  const stored = await store.get(RATES_URL_KEY).catch(() => null);
  if (stored === RATES_OFF) return "";
  return stored && stored.trim() !== "" ? stored.trim() : DEFAULT_RATES_URL;
}

export async function saveRatesBaseUrl(store: KeyValueStore, url: string): Promise<void> {
  await store.set(RATES_URL_KEY, url === "" ? RATES_OFF : url);
}
