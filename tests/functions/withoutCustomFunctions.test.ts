/**
 * The built functions.js where `CustomFunctions` does not exist (the page opened outside Office, when
 * Office.js cannot be fetched): the script runs to its end without throwing, and associates nothing.
 */
import fs from "fs";
import path from "path";
import { loadBuiltFunctions } from "../support/functionsHost";
import { DIST } from "../support/paths";

it("runs without throwing where CustomFunctions does not exist", () => {
  // The build appends the associate calls that would throw without the stand-in.
  expect(fs.readFileSync(path.join(DIST, "functions.js"), "utf8")).toMatch(
    /CustomFunctions\.associate\(/
  );
  let loaded: ReturnType<typeof loadBuiltFunctions> | undefined;
  expect(() => (loaded = loadBuiltFunctions(DIST, { withoutCustomFunctions: true }))).not.toThrow();
  expect(loaded?.associated.size).toBe(0);
  const standIn = loaded?.globals.CustomFunctions as { associate?: unknown } | undefined;
  expect(typeof standIn?.associate).toBe("function");
});
