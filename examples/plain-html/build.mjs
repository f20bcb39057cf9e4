// Writes public/: the page with each element's content printed as JSON (as a CMS or a WordPress
// template prints a custom field), and the scripts the page loads, copied from the installed
// package as a site would copy them to its theme folder or load them from an npm CDN:
// elements.global.js (on Preact), or the script ELEMENTS_SCRIPT names (elements.react.global.js),
// and elements.fr-CA.global.js, the French for either.
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { examples, examplesFrCA } = require("medspa-ui/content");

/** JSON safe inside <script>: "<" escaped so content cannot close the element. */
const json = (value) => JSON.stringify(value, null, 2).replaceAll("<", "\\u003c");
const content = {
  microneedling: json({ procedure: examples.microneedling, clinic: examples.clinic }),
  laserHairRemoval: json({ procedure: examples.laserHairRemoval, clinic: examples.clinic }),
  clinic: json({ clinic: examples.clinic }),
  microneedlingInFrench: json({
    procedure: examplesFrCA.microneedling,
    clinic: examplesFrCA.clinic,
  }),
};

mkdirSync("public", { recursive: true });
const page = readFileSync("index.html", "utf8").replace(
  /\{\{(\w+)\}\}/g,
  (_, name) => content[name] ?? `{{${name}}}`,
);
writeFileSync("public/index.html", page);
copyFileSync("hostile-theme.css", "public/hostile-theme.css");
const script = process.env.ELEMENTS_SCRIPT ?? "elements.global.js";
copyFileSync(require.resolve(`medspa-ui/${script}`), "public/elements.global.js");
copyFileSync(
  require.resolve("medspa-ui/elements.fr-CA.global.js"),
  "public/elements.fr-CA.global.js",
);
// The starter library's drawings, where its samples point.
cpSync(
  path.join(path.dirname(require.resolve("medspa-ui/package.json")), "dist/results"),
  "public/medspa-ui/results",
  { recursive: true },
);
console.log(
  `public/: index.html, hostile-theme.css, elements.global.js (${script}), elements.fr-CA.global.js, medspa-ui/results/`,
);
