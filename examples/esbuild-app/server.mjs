// A minimal stand-in for the Rails or Phoenix server: a fresh CSP nonce per request, the page
// rendered on the server, and the built assets. PORT (default 4173) on 127.0.0.1.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { renderDocument } from "./build/document.js";

const port = Number(process.env.PORT ?? 4173);
const types = { ".js": "text/javascript", ".css": "text/css", ".map": "application/json" };

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
  if (pathname === "/") {
    const nonce = randomBytes(16).toString("base64");
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        `style-src 'self' 'nonce-${nonce}'`,
        "frame-src https://calendly.com",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
      ].join("; "),
    });
    response.end(renderDocument(nonce));
    return;
  }
  const file = path.join("public", path.normalize(pathname));
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": types[path.extname(file)] ?? "application/octet-stream",
    });
    response.end(body);
  } catch {
    response.writeHead(404).end("Not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`esbuild example on http://127.0.0.1:${port}/`));
