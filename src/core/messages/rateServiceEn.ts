/**
 * The English of the rate engine's own messages (src/functions/ecbClient.ts, bundledRates.ts): why the ECB
 * rate service or the bundled rates could not be used. It comes with the engine's code, fetched on first
 * use, not with the start bundle; that code adds it to the English (addEnglishMessages) when it loads.
 * French, Dutch and German are in fr.ts, nl.ts and de.ts with every other message.
 */
export const RATE_SERVICE_MESSAGES_EN = {
  // Why the ECB rate service could not be used ({origin}: the service's origin, as typed).
  "service.offline": "{origin} could not be reached: this computer is offline",
  "service.policy":
    "{origin} is not one this page may connect to: its Content-Security-Policy allows only the rate service the add-in was built for (RATES_API_URL); choose that service below",
  "service.noCors":
    "{origin} answered, but without the CORS header (Access-Control-Allow-Origin) that lets this page read the answer",
  "service.unreachable":
    "{origin} could not be reached: no connection (the server is down or refuses connections, the address is wrong, or a firewall blocks it)",
  "service.unreachableBecause": "{origin} could not be reached ({error})",
  "service.httpStatus": "{origin} answered HTTP {status}",
  "service.notJson": "{origin} sent a response that is not JSON",
  "service.timeout": "{origin} did not answer within {seconds} s",
  "service.movedTo":
    "the rate service {baseUrl} has moved to {newBase} (it answers with a redirect, which this add-in does not follow); build the add-in with RATES_API_URL={newBase} and choose it below",
  "service.moved":
    "the rate service {baseUrl} has moved to another address (it answers with a redirect, which this add-in does not follow); build the add-in with RATES_API_URL=<its new address> and choose it below",
  "rates.bundledNotLoaded": "The bundled exchange rates could not be loaded from {url} ({reason}).",
  "rates.timedOut": "timed out",
} as const;
