// scratch: a production bundle of each export, syntax-minified but readable, dynamic imports external
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
for (const name of process.argv.slice(2)) {
  const r = await build({ stdin: { contents: `export { ${name} } from "./index.js";`, resolveDir: "dist", loader: "tsx" }, bundle: true, minifySyntax: true, write: false, format: "esm", external: ["react", "react-dom", "react/jsx-runtime"], define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error",
    plugins: [{ name: "x", setup(c) { c.onResolve({ filter: /.*/ }, (a) => a.kind === "dynamic-import" ? { path: a.path, external: true } : undefined); } }] });
  writeFileSync(`/tmp/${name}.prod.js`, r.outputFiles[0].text);
}
