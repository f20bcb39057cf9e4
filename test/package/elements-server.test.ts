// @vitest-environment node
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

describe("medspa-ui/elements on a server", () => {
  // Next.js and Astro import modules while rendering on the server, where there is no
  // HTMLElement or customElements: the import must not throw, and it registers nothing.
  it("should import without throwing and register nothing", async () => {
    const elements = await import(pathToFileURL(path.resolve("dist/elements.js")).href);
    expect(typeof elements.defineMedspaElements).toBe("function");
    expect(() => elements.defineMedspaElements()).not.toThrow();
  });
});
