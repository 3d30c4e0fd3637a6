import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tsParser from "@typescript-eslint/parser";

// office-addins' recommended config registers the @typescript-eslint plugin and parser; the TypeScript rules
// below use that same plugin instance.
export default [
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/prefer-as-const": "error",
      "@typescript-eslint/no-inferrable-types": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-empty-object-type": "error",
      "@typescript-eslint/no-wrapper-object-types": "error",
      "no-undef": "off", // TypeScript checks names; the rule does not know type-only globals.
    },
  },
  {
    files: ["src/**/*.ts"],
    languageOptions: {
      ecmaVersion: 2020,
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
  },
  {
    files: ["tests/**/*.ts", "scripts/**/*.{ts,mjs,js}", "*.js", "*.mjs"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.jest } },
  },
];
