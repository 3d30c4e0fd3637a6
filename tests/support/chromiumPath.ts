import fs from "fs";

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_MISSING_LINE = `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}
