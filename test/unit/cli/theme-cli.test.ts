import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// Runs the built CLI as a separate process, as an agency's build pipeline would
// (`npm test` builds before running vitest).
const cli = path.resolve("dist/cli.js");
let directory: string;

function runCli(...args: string[]) {
  if (!existsSync(cli)) {
    throw new Error(`${cli} is missing: run \`npm run build\` before these tests.`);
  }
  return spawnSync(process.execPath, [cli, ...args], { cwd: directory, encoding: "utf8" });
}

function writeBrand(name: string, content: unknown): string {
  const file = path.join(directory, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), "medspa-ui-cli-"));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe("medspa-ui theme", () => {
  describe("given a brand that passes", () => {
    it("should write the CSS and exit 0", () => {
      const brand = writeBrand("brand.json", { name: "lakeshore", brand: "#1d6fb8", radius: 6 });
      const result = runCli("theme", brand, "-o", "brand.css");
      expect(result.status).toBe(0);
      const css = readFileSync(path.join(directory, "brand.css"), "utf8");
      expect(css).toContain('[data-msu-theme="lakeshore"] {');
      expect(css).toContain("--msu-radius-md: 6px;");
      expect(result.stderr).toContain(
        'Wrote brand.css: theme "lakeshore", light and dark pass WCAG AA.',
      );
      expect(result.stderr).toContain("note: dark: the brand fill #1d6fb8 became");
    });

    it("should print the CSS when no output file is named", () => {
      const brand = writeBrand("brand.json", { name: "spa", brand: "oklch(50% 0.1 150)" });
      const result = runCli("theme", brand);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^\/\* medspa-ui theme "spa"/);
    });
  });

  describe("given colours that fail contrast", () => {
    it("should list every failing pair with its ratio, write nothing and exit 1", () => {
      const brand = writeBrand("brand.json", {
        name: "pale",
        brand: "#1d6fb8",
        overrides: { light: { "text-muted": "#bbbbbb" } },
      });
      const result = runCli("theme", brand, "-o", "brand.css");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Theme "pale" fails WCAG AA, no CSS written:');
      expect(result.stderr).toMatch(/light: text-muted on surface is 1\.\d\d:1, needs 4\.5:1/);
      expect(existsSync(path.join(directory, "brand.css"))).toBe(false);
    });
  });

  describe("given bad input", () => {
    it.each([
      ["invalid JSON", "{ name: ", /is not valid JSON/],
      ["a JSON array", "[]", /must hold an object/],
      ["an unknown field", { name: "x", brand: "#000", colour: "#fff" }, /unknown field "colour"/],
      [
        "an unreadable colour",
        { name: "x", brand: "blue-ish" },
        /brand: cannot read the colour "blue-ish"/,
      ],
      ["a bad name", { name: "X Y", brand: "#000" }, /name must be lowercase/],
    ])("should explain %s and exit 1 without a stack trace", (_label, content, message) => {
      const result = runCli("theme", writeBrand("brand.json", content));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it("should explain a missing file and exit 1", () => {
      const result = runCli("theme", "missing.json");
      expect(result.status).toBe(1);
      expect(result.stderr).toBe("medspa-ui: cannot read missing.json\n");
    });

    it("should show usage and exit 2 for an unknown command or option", () => {
      expect(runCli("paint").status).toBe(2);
      const result = runCli("theme", "brand.json", "--colour");
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('unknown option "--colour"');
      expect(result.stderr).toContain("Usage: medspa-ui theme <brand.json | brand.tokens.json>");
    });
  });

  describe("given design tokens (DTCG)", () => {
    const figma = {
      color: {
        $type: "color",
        base: { sage: { $value: { colorSpace: "srgb", components: [0.698, 0.6745, 0.5333] } } },
        brand: { primary: { $value: "{color.base.sage}" } },
        rose: { 500: { $value: "#b76e79" } },
      },
      radius: { md: { $type: "dimension", $value: { value: 6, unit: "px" } } },
    };

    it("should read a Figma export and name the theme after the file", () => {
      const file = writeBrand("willow.tokens.json", figma);
      const result = runCli("theme", file);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('[data-msu-theme="willow"] {');
      expect(result.stdout).toContain("--msu-color-brand: #b2ac88;");
      expect(result.stdout).toContain("--msu-radius-md: 6px;");
    });

    it("should read an agency's Tokens Studio file without --map", () => {
      const file = writeBrand("agency.tokens.json", {
        base: { plum: { 500: { $type: "color", $value: "#7b2d5b" } } },
        brand: {
          primary: { $type: "color", $value: "{base.plum.500}" },
          accent: { $type: "color", $value: "#c9a227" },
        },
        font: {
          heading: { $type: "fontFamily", $value: "Playfair Display" },
          body: { $type: "fontFamily", $value: "Inter" },
        },
        radius: { md: { $type: "dimension", $value: { value: 10, unit: "px" } } },
      });
      const result = runCli("theme", file);
      expect(result.stderr).not.toContain("medspa-ui:");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("--msu-color-brand: #7b2d5b;");
      expect(result.stdout).toContain("--msu-radius-md: 10px;");
      expect(result.stdout).toContain("Playfair Display");
    });

    it("should name --map and list the file's colour tokens when it finds no brand", () => {
      const file = writeBrand("palette.tokens.json", {
        palette: {
          $type: "color",
          rose: { 500: { $value: "#b76e79" } },
          sand: { $value: "#e8d8c4" },
        },
      });
      const result = runCli("theme", file);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        "medspa-ui: no brand colour at the usual paths (see the Theming guide); its colour tokens: palette.rose.500, palette.sand. Name the brand colour's token with --map brand=<path>\n",
      );
    });

    it("should take the brand from the token --map names", () => {
      const file = writeBrand("willow.tokens.json", figma);
      const result = runCli("theme", file, "--map", "brand=color.rose.500", "--name", "rose");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('[data-msu-theme="rose"] {');
      expect(result.stdout).toContain("--msu-color-brand: #b76e79;");
    });

    it("should write light and dark tokens that read back into the same CSS", () => {
      const brand = writeBrand("brand.json", { name: "willow", brand: "#f4c2c2" });
      const css = runCli("theme", brand).stdout;
      const written = runCli("theme", brand, "--format", "tokens", "-o", "willow.tokens.json");
      expect(written.status).toBe(0);
      expect(written.stderr).toContain(
        "Wrote willow.light.tokens.json and willow.dark.tokens.json",
      );
      const light = JSON.parse(
        readFileSync(path.join(directory, "willow.light.tokens.json"), "utf8"),
      );
      expect(light.msu.color.brand.$value.hex).toBe("#f4c2c2");
      const again = runCli(
        "theme",
        "willow.light.tokens.json",
        "--dark",
        "willow.dark.tokens.json",
      );
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(css);
    });

    it("should fail with the token's path", () => {
      const file = writeBrand("bad.tokens.json", {
        color: { brand: { primary: { $type: "color", $value: "{color.base.rose}" } } },
      });
      const result = runCli("theme", file);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        "medspa-ui: color.brand.primary: alias {color.base.rose} points at nothing",
      );
    });

    it("should ask for a .tokens.json output name with --format tokens", () => {
      const brand = writeBrand("brand.json", { name: "willow", brand: "#f4c2c2" });
      const result = runCli("theme", brand, "--format", "tokens");
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("--format tokens needs -o <name>.tokens.json");
    });
  });

  it("should print help and exit 0", () => {
    const result = runCli("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Usage: medspa-ui theme <brand.json | brand.tokens.json> [options]",
    );
  });
});
