declare const __ADDIN_URL__: string;
declare const __webpack_public_path__: string;

/**
 * The folder this script was loaded from, which holds the build's files (rates.bin, an ECB history file).
 * Not document.currentScript: modules of the rate engine load after start, when it is another script or
 * none. Webpack's public path is the entry script's folder on the page ("auto") and the deployment URL in
 * functions.js (webpack.config.js); unbundled (unit tests), the deployment URL.
 */
const SCRIPT_FOLDER =
  typeof __webpack_public_path__ === "string" && __webpack_public_path__ !== ""
    ? __webpack_public_path__
    : __ADDIN_URL__;

/** The URL of a file the build put beside this script (dist/). */
export function bundledAssetUrl(name: string): string {
  return new URL(name, SCRIPT_FOLDER).href;
}
