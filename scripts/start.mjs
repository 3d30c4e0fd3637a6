// npm start: builds the add-in in development mode and serves it over https on localhost:3000 with the
// Office dev certificates (created on first run), then says how to load it in Excel.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const webpackCli = require.resolve("webpack-cli/bin/cli.js");

const howToLoad = `
Seizure Desk is served at https://localhost:3000 (task pane: https://localhost:3000/taskpane.html).

Load it in Excel:
  - Excel on the web: open a workbook, Home > Add-ins > More Add-ins > Upload My Add-in, and choose
    manifest.xml from this folder. Your browser must trust the dev certificate: open
    https://localhost:3000/taskpane.html once and accept it if asked.
  - Excel for Windows or Mac: npm run sideload (uses npx office-addin-debugging to sideload manifest.xml
    into desktop Excel and trust the dev certificate).
  - In a plain browser, https://localhost:3000/taskpane.html browses the catalogue and downloads tables.
Then: Home tab > Seizure Desk. Type =DESK. in a cell for the functions.
Stop with Ctrl+C.
`;

const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  stdio: ["inherit", "pipe", "inherit"],
});
let told = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!told && /compiled/i.test(chunk.toString())) {
    told = true;
    process.stdout.write(howToLoad);
  }
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
