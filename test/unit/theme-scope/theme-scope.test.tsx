import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ThemeScope } from "../../../src/components/ThemeScope";

describe("ThemeScope", () => {
  it("should set the theme and a forced appearance on its wrapper", () => {
    render(
      <ThemeScope theme="rose-gold" appearance="dark" className="page" data-testid="scope">
        <p>Inside</p>
      </ThemeScope>,
    );
    const scope = screen.getByTestId("scope");
    expect(scope).toHaveAttribute("data-msu-theme", "rose-gold");
    expect(scope).toHaveAttribute("data-msu-appearance", "dark");
    expect(scope).toHaveAttribute("data-slot", "theme-scope");
    expect(scope).toHaveClass("page");
    expect(scope).toContainElement(screen.getByText("Inside"));
  });

  it("should leave the appearance to the system by default and the theme to the default theme", () => {
    render(<ThemeScope data-testid="scope" />);
    const scope = screen.getByTestId("scope");
    expect(scope).not.toHaveAttribute("data-msu-appearance");
    expect(scope).not.toHaveAttribute("data-msu-theme");
  });

  it("should render on the server without a style element or attribute", () => {
    const html = renderToString(<ThemeScope theme="clinical-blue">Hi</ThemeScope>);
    expect(html).toBe('<div data-slot="theme-scope" data-msu-theme="clinical-blue">Hi</div>');
  });
});
