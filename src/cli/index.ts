#!/usr/bin/env node
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  checkContrast,
  createTheme,
  type DesignTokenMapping,
  type DesignTokens,
  defaultDesignTokenMapping,
  describeContrastFailure,
  MissingTokenError,
  ThemeError,
  type ThemeInput,
  themeToCss,
  themeToTokens,
} from "../theme";

const usage = `Usage: medspa-ui theme <brand.json | brand.tokens.json> [options]

Turns a brand into CSS scoped to [data-msu-theme="<name>"], light and dark, or into design
tokens. Fails (exit 1) with every contrast ratio below WCAG AA, or on unreadable input.

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

brand.tokens.json: a W3C design tokens (DTCG) file, as Figma variables or Tokens Studio export
it. The brand colour is the first of color.brand.primary, color.brand, color.primary (also
accent, neutral, font.family.body|heading, radius.md): see --map. The theme is named by --name,
or after the file (willow.tokens.json: "willow").

Options:
  -o, --output <file>     write there (default: print the CSS)
  --format css|tokens     css (default), or DTCG tokens: two files beside <file>.tokens.json,
                          <file>.light.tokens.json and <file>.dark.tokens.json (needs -o)
  --name <name>           the theme's name, for a tokens file
  --map <part>=<path>     the token holding a part: brand, accent, neutral, fontBody,
                          fontHeading or radius (e.g. --map brand=color.rose.500); repeatable
  --dark <file>           the dark file of a theme exported with --format tokens
  -h, --help              show this help`;

const brandFields = new Set(["name", "brand", "accent", "neutral", "radius", "fonts", "overrides"]);

class UsageError extends Error {}

interface CliArguments {
  input: string;
  output?: string;
  format: "css" | "tokens";
  name?: string;
  dark?: string;
  mapping: Partial<DesignTokenMapping>;
}

function parseArguments(argv: string[]): CliArguments | "help" {
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
  const parsed: Partial<CliArguments> & { mapping: Partial<DesignTokenMapping> } = {
    format: "css",
    mapping: {},
  };
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index] ?? "";
    const value = () => {
      const next = rest[index + 1];
      if (next === undefined) {
        throw new UsageError(`${argument} needs a value`);
      }
      index++;
      return next;
    };
    if (argument === "-o" || argument === "--output") {
      parsed.output = value();
    } else if (argument === "--format") {
      const format = value();
      if (format !== "css" && format !== "tokens") {
        throw new UsageError(`--format is css or tokens, got "${format}"`);
      }
      parsed.format = format;
    } else if (argument === "--name") {
      parsed.name = value();
    } else if (argument === "--dark") {
      parsed.dark = value();
    } else if (argument === "--map") {
      const [part = "", path] = value().split("=");
      if (!(part in defaultDesignTokenMapping) || path === undefined || path === "") {
        throw new UsageError(
          `--map needs <part>=<token path>, part one of ${Object.keys(defaultDesignTokenMapping).join(", ")}`,
        );
      }
      parsed.mapping[part as keyof DesignTokenMapping] = path;
    } else if (argument.startsWith("-")) {
      throw new UsageError(`unknown option "${argument}"`);
    } else if (parsed.input === undefined) {
      parsed.input = argument;
    } else {
      throw new UsageError(`unexpected argument "${argument}"`);
    }
  }
  if (parsed.input === undefined) {
    throw new UsageError("name the brand JSON or tokens file");
  }
  if (parsed.format === "tokens" && !parsed.output?.endsWith(".tokens.json")) {
    throw new UsageError("--format tokens needs -o <name>.tokens.json");
  }
  return parsed as CliArguments;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ThemeError(`cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ThemeError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A DTCG file has tokens ($value) or typed groups ($type); a brand file has none. */
const isTokenFile = (data: object) => /"\$(value|type)"\s*:/.test(JSON.stringify(data));

function readBrand(options: CliArguments): ThemeInput {
  const file = options.input;
  const data = readJson(file);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ThemeError(
      `${file} must hold an object such as { "name": "lakeshore", "brand": "#1d6fb8" }`,
    );
  }
  if (isTokenFile(data)) {
    const name =
      options.name ??
      path
        .basename(file)
        .replace(/(\.(light|dark))?\.tokens\.json$|\.json$/, "")
        .toLowerCase();
    return {
      name,
      tokens: data as DesignTokens,
      tokenMapping: options.mapping,
      ...(options.dark === undefined ? {} : { darkTokens: readJson(options.dark) as DesignTokens }),
    };
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
    const theme = createTheme(readBrand(parsed));
    const failures = checkContrast(theme);
    if (failures.length > 0) {
      error.write(
        `Theme "${theme.name}" fails WCAG AA, no CSS written:\n${failures.map((failure) => `  ${describeContrastFailure(failure)}`).join("\n")}\n`,
      );
      return 1;
    }
    for (const note of theme.adjustments) {
      error.write(`note: ${note}\n`);
    }
    if (parsed.format === "tokens") {
      const tokens = themeToTokens(theme);
      const written = (["light", "dark"] as const).map((appearance) => {
        const file = (parsed.output as string).replace(
          /\.tokens\.json$/,
          `.${appearance}.tokens.json`,
        );
        writeFileSync(file, `${JSON.stringify(tokens[appearance], null, 2)}\n`);
        return file;
      });
      error.write(
        `Wrote ${written.join(" and ")}: theme "${theme.name}", light and dark pass WCAG AA.\n`,
      );
      return 0;
    }
    const css = themeToCss(theme);
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
    if (caught instanceof MissingTokenError) {
      error.write(`medspa-ui: ${caught.withOption(`--map ${caught.part}=<path>`).message}\n`);
      return 1;
    }
    if (caught instanceof ThemeError) {
      error.write(`medspa-ui: ${caught.message}\n`);
      return 1;
    }
    throw caught;
  }
}

process.exitCode = main(process.argv.slice(2));
