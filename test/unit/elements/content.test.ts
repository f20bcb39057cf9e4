import { describe, expect, it } from "vitest";
import { examples } from "../../../src/content/examples";
import { contentProblem } from "../../../src/elements/content";

const { microneedling: procedure, clinic } = examples;

describe("contentProblem", () => {
  it("should accept the example content for every element's needs", () => {
    for (const needs of [
      { procedure: true, clinic: true },
      { procedure: true },
      { sideEffects: true },
      { preparation: true },
      { aftercare: true },
      { clinic: true },
    ]) {
      expect(contentProblem({ procedure, clinic }, needs)).toBeUndefined();
    }
  });

  it("should name the first problem with its path", () => {
    const sideEffects = [...procedure.sideEffects];
    sideEffects[2] = { ...sideEffects[2], id: "Not A Slug" } as (typeof sideEffects)[number];
    expect(
      contentProblem({ procedure: { ...procedure, sideEffects } }, { sideEffects: true }),
    ).toBe(
      'procedure.sideEffects[2].id must be a slug (lowercase-words-with-dashes), got "Not A Slug"',
    );
    expect(
      contentProblem({ procedure: { ...procedure, aftercare: "none" } }, { aftercare: true }),
    ).toBe('procedure.aftercare must be a list, got "none"');
    expect(
      contentProblem(
        { procedure: { ...procedure, preparation: [{ id: "no-sun", text: "" }] } },
        { preparation: true },
      ),
    ).toBe('procedure.preparation[0].text must be non-empty text, got ""');
    expect(contentProblem({ clinic: { phone: "555" } }, { clinic: true })).toMatch(
      /^clinic\.name must be non-empty text/,
    );
    expect(contentProblem([], { procedure: true })).toMatch(/^the JSON must be an object/);
    expect(contentProblem({ clinic }, { procedure: true })).toMatch(/^procedure must be an object/);
  });

  it("should not require a clinic where it is optional, but check one that is given", () => {
    expect(contentProblem({ procedure }, { sideEffects: true })).toBeUndefined();
    expect(contentProblem({ procedure, clinic: "Lakeshore" }, { sideEffects: true })).toMatch(
      /^clinic must be an object/,
    );
  });
});
