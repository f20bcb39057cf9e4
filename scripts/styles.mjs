// The library's stylesheet, assembled from every stylesheet in src/: theme tokens first, then
// components. Each source file keeps its own rules inside `@layer medspa-ui { ... }` so that
// Storybook (which imports the files one by one) and the built sheet cascade identically. Used by
// build-css.mjs (dist/styles.css) and by the build of the custom elements, which carry it as text.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const sourceRoot = "src";

function listStylesheets(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      return listStylesheets(full);
    }
    return entry.name.endsWith(".css") ? [full] : [];
  });
}

function rank(file) {
  if (file.startsWith(path.join(sourceRoot, "theme"))) {
    return 0;
  }
  return file.startsWith(path.join(sourceRoot, "components")) ? 2 : 1;
}

/** `{ css, files, problems }`: the stylesheet's text, how many files it joins, what is wrong. */
export function collectStylesheet() {
  const files = listStylesheets(sourceRoot).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const problems = [];
  const parts = ["@layer medspa-ui;"];
  for (const file of files) {
    const css = readFileSync(file, "utf8");
    const firstRule = css.replace(/\/\*[\s\S]*?\*\//g, "").trimStart();
    if (!firstRule.startsWith("@layer medspa-ui")) {
      problems.push(
        `${file}: wrap the rules in @layer medspa-ui { ... } so a site's own CSS always wins.`,
      );
    }
    if (/\burl\(\s*["']?(?:https?:)?\/\//.test(css)) {
      problems.push(
        `${file}: loads a remote resource; the stylesheet must work offline and under a strict CSP.`,
      );
    }
    parts.push(`/* ${path.relative(sourceRoot, file)} */\n${css.trim()}`);
  }
  return { css: `${parts.join("\n\n")}\n`, files: files.length, problems };
}

/**
 * esbuild plugin: `import styles from "medspa-ui:styles"` is the stylesheet as minified text, for
 * the custom elements to adopt in their shadow roots.
 */
export const stylesheetTextPlugin = {
  name: "medspa-ui-styles",
  setup(build) {
    build.onResolve({ filter: /^medspa-ui:styles$/ }, (args) => ({
      path: args.path,
      namespace: "medspa-ui-styles",
    }));
    build.onLoad({ filter: /.*/, namespace: "medspa-ui-styles" }, async () => {
      const { css, problems } = collectStylesheet();
      if (problems.length > 0) {
        return { errors: problems.map((text) => ({ text })) };
      }
      const { code } = await build.esbuild.transform(css, { loader: "css", minify: true });
      return { contents: `export default ${JSON.stringify(code)};`, loader: "js" };
    });
  },
};

/** The same for Vite (Storybook, vitest): `import styles from "medspa-ui:styles"`. */
export function stylesheetTextVitePlugin() {
  const id = "\0medspa-ui:styles";
  return {
    name: "medspa-ui-styles",
    resolveId: (source) => (source === "medspa-ui:styles" ? id : undefined),
    load: (source) =>
      source === id ? `export default ${JSON.stringify(collectStylesheet().css)};` : undefined,
  };
}
