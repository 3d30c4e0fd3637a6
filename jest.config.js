/** Jest runs every suite: pure core, Office layer (office-addin-mock), manifest, and the browser tests. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "CommonJS", moduleResolution: "Node10", sourceMap: true },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependency breaks Jest: use its CommonJS entry.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // What webpack's DefinePlugin injects in a default build (see webpack.config.js), for modules tested unbundled.
  globals: { __ADDIN_URL__: "https://localhost:3000/", __RATES_API_URL__: "https://api.frankfurter.app" },
  globalSetup: "<rootDir>/tests/globalSetup.ts",
  // Modules tested unbundled have the English cell messages built in, as functions.js does; the page's
  // fetching of them is tested in tests/browser.
  setupFiles: ["<rootDir>/src/core/messages/englishBuiltIn.ts"],
  testTimeout: 60000,
  // One worker per core, the main thread's included: most suites wait on a browser, LibreOffice or a
  // timer, so on two cores the suite takes half as long as with Jest's default of cores minus one.
  maxWorkers: "100%",
};
