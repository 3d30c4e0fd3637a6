/**
 * The English of the rate engine's own messages (src/functions/ecbClient.ts, bundledRates.ts and the core
 * they use): why the ECB rate service or the bundled rates could not be used. It comes with the engine's
 * code, fetched on first use, not with the start bundle; that code adds it to the English
 * (addEnglishMessages) when it loads.
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
  // A response of the service refused before any of it is used (core/rates/ecb/frankfurter.ts). Rate days
  // stay ISO dates, as the service sent them.
  "service.sentNotObject": "the rate service sent something other than a JSON object",
  "service.sentBase": "the rate service sent rates against {base}, not {expected}",
  "service.sentAmount": "the rate service sent rates for an amount of {amount}",
  "service.sentNoRates": "the rate service sent no rates object",
  "service.sentNotDate": 'the rate service sent "{text}" where a date belongs',
  "service.sentOutside": "the rate service sent {day}, outside the range asked",
  "service.sentSampled": "the rate service sent a sampled series (no rate from {from} to {to})",
  "service.sentNoRatesFor": "the rate service sent no rates for {day}",
  "service.sentBadRate": "the rate service sent {value} as the {code} rate of {day}",
  // Why the bundled rates asset (rates.bin) was refused (core/rates/decodeTable.ts): the reason, then its
  // detail, shown in the bundled rates' failure on the pane's status line.
  "rateAsset.unreadable": "Rate asset unreadable: {reason}",
  "rateAsset.notAsset": "not a Seizure Desk rate asset.",
  "rateAsset.version": "version {version}, expected {expected}.",
  "rateAsset.digits": "{digits} significant digits is out of range.",
  "rateAsset.truncatedHeader": "truncated header.",
  "rateAsset.truncatedRecords": "truncated currency records.",
  "rateAsset.truncatedBody": "truncated body.",
  "rateAsset.noValues": "no values for {code}.",
  "rateAsset.badPeg": "bad fixed rate for {code}.",
  "rateAsset.unknownKind": "unknown record kind {kind} for {code}.",
  "rateAsset.badRange": "bad date range for {code}.",
  "rateAsset.countsMismatch": "{code}: value and missing-day counts do not fill its range.",
  "rateAsset.badValueCount": "bad value count for {code}.",
  "rateAsset.noBase": "no base currency or no series.",
  "rateAsset.streamEnds": "the rate stream ends early.",
  "rateAsset.valuesMismatch": "{code}: its days and values do not match.",
  "rateAsset.pegNoSeries": "{code} is fixed to {anchor}, which has no series.",
  "rateAsset.pegOutside": "{code} reaches outside {anchor}.",
  "rates.bundledNotLoaded": "The bundled exchange rates could not be loaded from {url} ({reason}).",
  "rates.timedOut": "timed out",
} as const;
