// What the server renders (a Rails view or Phoenix template would): the page's HTML, and its
// props as JSON for the browser bundle to hydrate from.
import { examples, parseClinic, parseProcedure } from "medspa-ui/content";
import { renderToString } from "react-dom/server";
import { Page } from "./Page.jsx";

// Stands in for the CMS: the server validates what it fetched before rendering.
const props = {
  procedure: parseProcedure(examples.chemicalPeel),
  clinic: parseClinic(examples.clinic),
};

/** JSON that cannot close the script element it sits in. */
function jsonForScript(value) {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028|\u2029/g, "");
}

export function renderDocument(nonce) {
  const html = renderToString(<Page {...props} nonce={nonce} />);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="csp-nonce" content="${nonce}" />
    <title>Chemical peel — Lakeshore Aesthetics (esbuild)</title>
    <link rel="stylesheet" href="/assets/medspa-ui.css" />
    <script type="module" src="/assets/application.js" nonce="${nonce}"></script>
  </head>
  <body>
    <div id="app">${html}</div>
    <script type="application/json" id="page-props">${jsonForScript(props)}</script>
  </body>
</html>`;
}
