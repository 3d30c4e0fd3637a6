/**
 * The built functions.js where `CustomFunctions` does not exist (the page opened outside Office, when
 * Office.js cannot be fetched): the script runs to its end without throwing, and associates nothing.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { DIST } from "../support/paths";

it("runs without throwing where CustomFunctions does not exist", () => {
  const scriptPath = path.join(DIST, "functions.js");
  const source = fs.readFileSync(scriptPath, "utf8");
  // The build appends the associate calls that would throw without the stand-in.
  expect(source).toMatch(/CustomFunctions\.associate\(/);
  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    URL,
    TextDecoder,
    AbortController,
    fetch: () => Promise.reject(new Error("offline")),
  });
  expect(() => vm.runInContext(source, context, { filename: scriptPath })).not.toThrow();
  const standIn = (context as { CustomFunctions?: { associate: unknown } }).CustomFunctions;
  expect(typeof standIn?.associate).toBe("function");
});
