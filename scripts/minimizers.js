/**
 * How the build minifies its scripts, in one place for the build and the bench (which measures the rate
 * engine as it ships). Two settings of terser; webpack's own (compress.passes 2) is the first:
 * - the page's start script is made as small as terser can (its budget: tests/browser/pageBundle.test.ts);
 * - everything that runs formulas (functions.js, the chunks) keeps its functions as written. terser's
 *   `inline` and `reduce_funcs` paste a function into its caller (one called once as a closure made on
 *   every call), and V8 then optimizes the caller less well (terser issues #565 and #696). Measured: about
 *   a tenth of the time per conversion and per cell (`npm run bench`).
 */
const MinimizerPlugin = require("minimizer-webpack-plugin");

/** The page's start script, the one asset minified for size over speed. */
const START_SCRIPT = /^taskpane\.js$/;

/** terser with these compress options, as minimizer-webpack-plugin runs it. */
const terser = (compress) => ({
  implementation: MinimizerPlugin.terserMinify,
  options: { compress },
});

/** The settings for scripts that run formulas. */
const formulaScripts = (options = {}) =>
  new MinimizerPlugin({
    ...options,
    minify: terser({ passes: 2, inline: false, reduce_funcs: false }),
  });

/** webpack's `optimization.minimizer` for the add-in's build. */
function addinMinimizers() {
  return [
    new MinimizerPlugin({ include: START_SCRIPT, minify: terser({ passes: 2 }) }),
    formulaScripts({ exclude: START_SCRIPT }),
  ];
}

module.exports = { addinMinimizers, formulaScripts };
