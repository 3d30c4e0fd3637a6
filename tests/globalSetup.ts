/**
 * Before any suite: the build must exist, and Chromium (browser tests) and nginx with openssl (the
 * production site's tests) must be there: required in CI, else each missing one is named in one line.
 */
import fs from "fs";
import path from "path";
import { CHROMIUM_MISSING_LINE, hasChromium } from "./support/chromiumPath";
import { DIST } from "./support/paths";
import { hasNginx, NGINX_MISSING_LINE } from "./support/nginxPath";

export default function globalSetup(): void {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) {
    throw new Error(
      "dist/ is missing: npm test builds it first (npm run build); run that if you called jest directly."
    );
  }
  if (!hasChromium()) {
    if (process.env.CI) throw new Error(CHROMIUM_MISSING_LINE.replace("skipped", "required in CI"));
    process.stdout.write(`\n${CHROMIUM_MISSING_LINE}\n`);
  }
  if (!hasNginx()) {
    if (process.env.CI) throw new Error(NGINX_MISSING_LINE.replace("skipped", "required in CI"));
    process.stdout.write(`\n${NGINX_MISSING_LINE}\n`);
  }
}
