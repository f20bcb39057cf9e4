// scratch: which development-only code survives a production bundle of each export
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
for (const name of process.argv.slice(2)) {
  const r = await build({ stdin: { contents: `export { ${name} } from "./index.js";`, resolveDir: "dist", loader: "tsx" }, bundle: true, minifySyntax: true, write: false, format: "esm", external: ["react", "react-dom", "react/jsx-runtime"], define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error" });
  writeFileSync(`/tmp/${name}.prod.js`, r.outputFiles[0].text);
}
