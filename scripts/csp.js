/**
 * The Content-Security-Policy of the add-in's pages, in one place: the build writes it into each page's
 * meta tag, and a server can send the same text as a header. Each source is there because a page needs it.
 */
/** Office.js and the scripts it loads for each host (excel-web-16.00.js…) come from Microsoft's CDN. */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The task pane (also the shared runtime of the custom functions): its own scripts and Office.js; its
 * own styles, plus inline ones because Excel on the web's own script applies inline styles and a strict
 * "style-src 'self'" stops excel-web-16.00.js from loading (office-js issue 1687:
 * https://github.com/OfficeDev/office-js/issues/1687); connections to itself (the bundled rates) and to
 * the rate service only. No inline or evaluated script.
 */
function paneContentSecurityPolicy({ ratesOrigin }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    `connect-src 'self' ${ratesOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The help page: static text, its stylesheet and images; no script, no Office. */
function helpContentSecurityPolicy() {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { OFFICE_JS_ORIGIN, paneContentSecurityPolicy, helpContentSecurityPolicy };
