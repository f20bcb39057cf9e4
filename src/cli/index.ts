#!/usr/bin/env node
import { readFileSync, writeFileSync } from "node:fs";
import {
  checkContrast,
  createTheme,
  describeContrastFailure,
  ThemeError,
  type ThemeInput,
  themeToCss,
} from "../theme";

const usage = `Usage: medspa-ui theme <brand.json> [-o <brand.css>]

Turns a brand file into CSS scoped to [data-msu-theme="<name>"], light and dark.
Fails (exit 1) with every contrast ratio below WCAG AA, or on unreadable input.

brand.json:
  {
    "name": "lakeshore",            lowercase letters, digits, hyphens
    "brand": "#1d6fb8",             #hex, rgb(), hsl() or oklch()
    "accent": "#2a9d8f",            optional
    "neutral": "#64748b",           optional: tints greys
    "radius": 8,                    optional: px
    "fonts": { "body": "Lato, sans-serif", "heading": "Georgia, serif" },   optional
    "overrides": { "light": { "text-muted": "#5a5a5a" } }                   optional: exact colours
  }

Options:
  -o, --output <file>   write the CSS there (default: print it)
  -h, --help            show this help`;

const brandFields = new Set(["name", "brand", "accent", "neutral", "radius", "fonts", "overrides"]);

class UsageError extends Error {}

function parseArguments(argv: string[]): { input: string; output?: string } | "help" {
  const [command, ...rest] = argv;
  if (
    command === undefined ||
    command === "-h" ||
    command === "--help" ||
    rest.includes("-h") ||
    rest.includes("--help")
  ) {
    return "help";
  }
  if (command !== "theme") {
    throw new UsageError(`unknown command "${command}"`);
  }
  let input: string | undefined;
  let output: string | undefined;
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index] ?? "";
    if (argument === "-o" || argument === "--output") {
      output = rest[index + 1];
      if (output === undefined) {
        throw new UsageError(`${argument} needs a file name`);
      }
      index++;
    } else if (argument.startsWith("-")) {
      throw new UsageError(`unknown option "${argument}"`);
    } else if (input === undefined) {
      input = argument;
    } else {
      throw new UsageError(`unexpected argument "${argument}"`);
    }
  }
  if (input === undefined) {
    throw new UsageError("name the brand JSON file");
  }
  return output === undefined ? { input } : { input, output };
}

function readBrand(file: string): ThemeInput {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ThemeError(`cannot read ${file}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ThemeError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ThemeError(
      `${file} must hold an object such as { "name": "lakeshore", "brand": "#1d6fb8" }`,
    );
  }
  const unknown = Object.keys(data).filter((key) => !brandFields.has(key));
  if (unknown.length > 0) {
    throw new ThemeError(
      `${file}: unknown field ${unknown.map((key) => `"${key}"`).join(", ")}; fields: ${[...brandFields].join(", ")}`,
    );
  }
  return data as ThemeInput;
}

/** Runs the CLI and returns its exit code; output goes to the given streams. */
export function main(argv: string[], out = process.stdout, error = process.stderr): number {
  try {
    const parsed = parseArguments(argv);
    if (parsed === "help") {
      out.write(`${usage}\n`);
      return 0;
    }
    const theme = createTheme(readBrand(parsed.input));
    const failures = checkContrast(theme);
    if (failures.length > 0) {
      error.write(
        `Theme "${theme.name}" fails WCAG AA, no CSS written:\n${failures.map((failure) => `  ${describeContrastFailure(failure)}`).join("\n")}\n`,
      );
      return 1;
    }
    const css = themeToCss(theme);
    for (const note of theme.adjustments) {
      error.write(`note: ${note}\n`);
    }
    if (parsed.output === undefined) {
      out.write(css);
    } else {
      writeFileSync(parsed.output, css);
      error.write(`Wrote ${parsed.output}: theme "${theme.name}", light and dark pass WCAG AA.\n`);
    }
    return 0;
  } catch (caught) {
    if (caught instanceof UsageError) {
      error.write(`medspa-ui: ${caught.message}\n\n${usage}\n`);
      return 2;
    }
    if (caught instanceof ThemeError) {
      error.write(`medspa-ui: ${caught.message}\n`);
      return 1;
    }
    throw caught;
  }
}

process.exitCode = main(process.argv.slice(2));
