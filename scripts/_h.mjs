import { build } from "esbuild";
await build({ bundle: true, jsx: "automatic", logLevel: "error", absWorkingDir: "/work/main",
  entryPoints: ["scripts/bench/server.jsx"], outfile: "/work/main/bench/build/server.mjs", format: "esm", platform: "node", packages: "external" });
process.env.NODE_ENV = "production";
const { renderScene } = await import("/work/main/bench/build/server.mjs");
for (const s of ["ours", "twin"]) { const h = renderScene(s, 6); console.log(s, h.length, (h.match(/<[a-z]/g) || []).length); }
console.log(renderScene(process.argv[2] ?? "ours", 3).replaceAll("><", ">\n<"));
