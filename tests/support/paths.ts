import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
