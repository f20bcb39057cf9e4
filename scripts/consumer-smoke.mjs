// Proves the published package works for a consumer: packs it, installs the tarball into a
// throwaway Vite + React app in a temp directory, type-checks the app with skipLibCheck: false,
// builds it, and loads the CommonJS and ES builds from plain Node.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = process.cwd();
const ownPackage = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const devVersion = (name) => ownPackage.devDependencies[name];
const app = mkdtempSync(path.join(tmpdir(), "medspa-ui-consumer-"));

function run(command, args, cwd = app) {
  execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
}

function step(label) {
  console.log(`consumer smoke test: ${label}`);
}

try {
  step("npm pack");
  const packOutput = execFileSync("npm", ["pack", "--json", "--pack-destination", app], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const tarball = path.join(app, JSON.parse(packOutput)[0].filename);

  writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify(
      {
        name: "medspa-ui-consumer",
        private: true,
        type: "module",
        dependencies: {
          "medspa-ui": `file:${tarball}`,
          react: devVersion("react"),
          "react-dom": devVersion("react-dom"),
        },
        devDependencies: {
          "@types/react": devVersion("@types/react"),
          "@types/react-dom": devVersion("@types/react-dom"),
          "@vitejs/plugin-react": devVersion("@vitejs/plugin-react"),
          typescript: devVersion("typescript"),
          vite: devVersion("vite"),
        },
        overrides: ownPackage.overrides,
      },
      null,
      2,
    ),
  );
  writeFileSync(
    path.join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        module: "ESNext",
        moduleResolution: "Bundler",
        jsx: "react-jsx",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ["src"],
    }),
  );
  writeFileSync(
    path.join(app, "vite.config.js"),
    'import react from "@vitejs/plugin-react";\nexport default { plugins: [react()], logLevel: "warn" };\n',
  );
  writeFileSync(
    path.join(app, "index.html"),
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  mkdirSync(path.join(app, "src"));
  writeFileSync(
    path.join(app, "src", "main.tsx"),
    readFileSync(path.join(root, "scripts", "consumer-app.tsx")),
  );
  writeFileSync(path.join(app, "src", "css.d.ts"), 'declare module "*.css";\n');

  step("npm install (tarball + React + Vite)");
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);

  step("tsc with skipLibCheck: false");
  run("npx", ["tsc", "-p", "."]);

  step("vite build");
  run("npx", ["vite", "build"]);

  step("require() the CommonJS build and import() the ES build from Node");
  const nodeCheck = `
    const assert = require("node:assert");
    const cjs = require("medspa-ui");
    const content = require("medspa-ui/content");
    const procedure = content.parseProcedure(content.examples.microneedling);
    assert.strictEqual(procedure.id, "microneedling");
    assert.strictEqual(typeof cjs.formatDurationRange, "function");
    for (const name of ["ProcedureExplainer", "SideEffectAccordion", "AftercareChecklist", "BookingBanner", "BookingDialog", "JsonLd"]) {
      assert.strictEqual(typeof cjs[name], "function", name);
    }
    const theme = require("medspa-ui/theme");
    assert.deepStrictEqual(theme.checkContrast(theme.getPreset("rose-gold")), []);
    assert.throws(() => content.parseProcedure({}), content.ContentError);
    import("medspa-ui").then((esm) => {
      assert.deepStrictEqual(Object.keys(esm).filter((key) => key !== "default").sort(), Object.keys(cjs).sort());
      console.log("medspa-ui exports " + Object.keys(cjs).length + " names, the same from require() and import()");
    });
  `;
  execFileSync("node", ["-e", nodeCheck], { cwd: app, stdio: "inherit" });
  step("passed");
} finally {
  rmSync(app, { recursive: true, force: true });
}
