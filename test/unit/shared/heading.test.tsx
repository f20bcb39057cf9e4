import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Heading } from "../../../src/shared";

describe("Heading", () => {
  describe("given a level from 2 to 6", () => {
    it.each([2, 3, 4, 5, 6])("should render the native h%i", (level) => {
      render(
        <Heading level={level} className="title">
          Aftercare
        </Heading>,
      );
      const heading = screen.getByRole("heading", { level, name: "Aftercare" });
      expect(heading.tagName).toBe(`H${level}`);
      expect(heading).toHaveClass("title");
    });
  });

  describe("given a level past 6, where HTML has no element", () => {
    it("should render an ARIA heading of that level", () => {
      render(<Heading level={8}>Before your treatment</Heading>);
      const heading = screen.getByRole("heading", { level: 8, name: "Before your treatment" });
      expect(heading.tagName).toBe("DIV");
    });
  });
});
