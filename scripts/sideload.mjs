// npm run sideload: sideloads manifest.xml into desktop Excel (Windows or Mac) while `npm start` serves the
// add-in. office-addin-debugging is run through npx on purpose: as a dependency its install breaks on Linux.
import { spawnSync } from "node:child_process";

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    "Sideloading into desktop Excel works on Windows and Mac. On Linux, use Excel on the web: upload manifest.xml."
  );
  process.exit(1);
}
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const args = [
  "--yes",
  "office-addin-debugging",
  "start",
  "manifest.xml",
  "desktop",
  "--no-debug",
  "--dev-server-port",
  "3000",
];
const result = spawnSync(npx, args, { stdio: "inherit" });
process.exit(result.status ?? 1);
