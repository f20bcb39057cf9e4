// Generates each spa's theme with the package's own CLI, as an agency's build pipeline would:
// brands/<spa>.json -> app/brands/<spa>.css. The CLI fails the build on any contrast pair below
// WCAG AA; willow's pale pink brand is adjusted by it until every pair passes.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";

mkdirSync("app/brands", { recursive: true });
for (const file of readdirSync("brands").filter((name) => name.endsWith(".json"))) {
  const css = `app/brands/${file.replace(/\.json$/, ".css")}`;
  execFileSync("npx", ["--no-install", "medspa-ui", "theme", `brands/${file}`, "-o", css], {
    stdio: "inherit",
  });
}
