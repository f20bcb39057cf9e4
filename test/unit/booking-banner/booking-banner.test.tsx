import { fc, test } from "@fast-check/vitest";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { BookingBanner } from "../../../src/components/BookingBanner";
import { examples } from "../../../src/content/examples";
import type { Clinic } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";

const linkClinic: Clinic = {
  name: "Lakeshore Aesthetics",
  phone: "905-555-0123",
  booking: { kind: "link", url: "https://lakeshore.janeapp.com/" },
};
const embedClinic: Clinic = examples.clinic;

afterEach(() => {
  window.sessionStorage.clear();
});

describe("BookingBanner", () => {
  describe("given a phone and a booking link", () => {
    it("should show the headline, a call link dialled as E.164 and a new-tab booking link", () => {
      render(
        <BookingBanner
          clinic={linkClinic}
          headline="Ready for smoother skin?"
          text="Consultations are free."
        />,
      );
      expect(
        screen.getByRole("heading", { level: 2, name: "Ready for smoother skin?" }),
      ).toBeVisible();
      expect(screen.getByRole("link", { name: "Call 905-555-0123" })).toHaveAttribute(
        "href",
        "tel:+19055550123",
      );
      const book = screen.getByRole("link", { name: "Book online (opens in a new tab)" });
      expect(book).toHaveAttribute("href", "https://lakeshore.janeapp.com/");
      expect(book).toHaveAttribute("target", "_blank");
      expect(book).toHaveAttribute("rel", "noopener noreferrer");
    });

    it("should report clicks with channel and placement only", async () => {
      const onEvent = vi.fn();
      render(<BookingBanner clinic={linkClinic} layout="compact" onEvent={onEvent} />);
      const call = screen.getByRole("link", { name: /Call/ });
      call.addEventListener("click", (event) => event.preventDefault());
      await userEvent.click(call);
      expect(onEvent).toHaveBeenCalledWith({
        type: "cta_click",
        channel: "phone",
        placement: "compact",
      });
    });

    it("should have no axe violations in each layout and tone", async () => {
      for (const layout of ["inline", "compact", "sticky"] as const) {
        for (const tone of ["brand", "subtle", "contrast"] as const) {
          const { container, unmount } = render(
            <BookingBanner clinic={linkClinic} layout={layout} tone={tone} />,
          );
          expect(await axe(container)).toHaveNoViolations();
          unmount();
        }
      }
    });
  });

  describe("given only one channel", () => {
    it("should show only the call action without a booking page", () => {
      render(<BookingBanner clinic={{ name: "Clinic", phone: "+44 20 7946 0018" }} />);
      expect(screen.getByRole("link", { name: "Call +44 20 7946 0018" })).toHaveAttribute(
        "href",
        "tel:+442079460018",
      );
      expect(screen.queryByRole("button")).toBeNull();
      expect(screen.getAllByRole("link")).toHaveLength(1);
    });

    it("should show only the online action without a phone", () => {
      render(
        <BookingBanner
          clinic={{ name: "Clinic", bookingUrl: "https://booking.example.com/clinic" }}
        />,
      );
      expect(screen.getAllByRole("link")).toHaveLength(1);
      expect(screen.getByRole("link", { name: /Book online/ })).toHaveAttribute(
        "href",
        "https://booking.example.com/clinic",
      );
    });
  });

  describe("given an embedded booking page", () => {
    it("should open the booking dialog from the Book online button", async () => {
      const onEvent = vi.fn();
      render(<BookingBanner clinic={embedClinic} onEvent={onEvent} placement="hero" />);
      expect(document.querySelector("iframe")).toBeNull();
      await userEvent.click(screen.getByRole("button", { name: "Book online" }));
      const dialog = await screen.findByRole("dialog", { name: "Book with Lakeshore Aesthetics" });
      expect(
        within(dialog).getByTitle("Online booking for Lakeshore Aesthetics"),
      ).toBeInTheDocument();
      expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual(["cta_click", "dialog_open"]);
      expect(onEvent).toHaveBeenCalledWith({
        type: "cta_click",
        channel: "online",
        placement: "hero",
      });
    });
  });

  describe("given an embedded booking page opened and closed by keyboard", () => {
    it("should load the dialog on demand and return focus to Book online", async () => {
      const user = userEvent.setup();
      const onEvent = vi.fn();
      render(<BookingBanner clinic={embedClinic} onEvent={onEvent} />);
      const book = screen.getByRole("button", { name: "Book online" });
      expect(book).toHaveAttribute("aria-haspopup", "dialog");
      book.focus();
      await user.keyboard("{Enter}");
      await screen.findByRole("dialog");
      expect(book).toHaveAttribute("aria-expanded", "true");
      await user.keyboard("{Escape}");
      expect(screen.queryByRole("dialog")).toBeNull();
      expect(book).toHaveFocus();
      expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual([
        "cta_click",
        "dialog_open",
        "dialog_close",
      ]);
    });
  });

  describe("given asChild for the online action", () => {
    it("should render the site's own link element with the banner's class, label and tracking", async () => {
      const onEvent = vi.fn();
      render(
        <BookingBanner
          clinic={linkClinic}
          onEvent={onEvent}
          bookLink={
            <a href="/book" data-router-link="">
              Book a consultation
            </a>
          }
        />,
      );
      const link = screen.getByRole("link", { name: "Book a consultation" });
      expect(link).toHaveAttribute("href", "/book");
      expect(link).toHaveAttribute("data-router-link");
      expect(link).toHaveClass("msu-booking-banner-action");
      link.addEventListener("click", (event) => event.preventDefault());
      await userEvent.click(link);
      expect(onEvent).toHaveBeenCalledWith({
        type: "cta_click",
        channel: "online",
        placement: "inline",
      });
    });

    it("should keep the element's own class and click handler", async () => {
      const onEvent = vi.fn();
      const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
      render(
        <BookingBanner
          clinic={linkClinic}
          onEvent={onEvent}
          bookLink={
            <a href="/book" className="site-link" onClick={onClick}>
              Book a consultation
            </a>
          }
        />,
      );
      const link = screen.getByRole("link", { name: "Book a consultation" });
      expect(link).toHaveClass("site-link");
      expect(link).toHaveClass("msu-booking-banner-action");
      expect(link).toHaveAttribute("data-channel", "online");
      await userEvent.click(link);
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(onEvent).toHaveBeenCalledTimes(1);
    });
  });

  describe("given the sticky layout", () => {
    it("should be dismissible and stay dismissed for the session", async () => {
      const { unmount } = render(<BookingBanner clinic={linkClinic} layout="sticky" />);
      await userEvent.click(screen.getByRole("button", { name: "Hide this banner" }));
      expect(screen.queryByRole("heading")).toBeNull();
      unmount();
      // On the next page it is hidden after hydration but keeps its box (visibility: hidden in
      // styles.css), so the page does not shift; npm run bench measures that in Chromium.
      const { container } = render(<BookingBanner clinic={linkClinic} layout="sticky" />);
      expect(container.querySelector('[data-slot="booking-banner-dismissible"]')).toHaveAttribute(
        "data-dismissed",
      );
    });

    it("should not be dismissible when asked not to be", () => {
      render(<BookingBanner clinic={linkClinic} layout="sticky" dismissible={false} />);
      expect(screen.queryByRole("button", { name: "Hide this banner" })).toBeNull();
    });
  });

  describe("given hostile or broken content", () => {
    it.each([
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "//evil.example.com/book",
      "javascript&colon;alert(1)",
      "http://booking.example.com",
    ])("should not render a booking link for %j but keep the rest", (url) => {
      const warn = expectConsole("warn");
      render(
        <BookingBanner
          clinic={{ name: "Clinic", phone: "905-555-0123", booking: { kind: "link", url } }}
        />,
      );
      expect(screen.queryByRole("link", { name: /Book online/ })).toBeNull();
      expect(screen.getByRole("link", { name: /Call/ })).toBeVisible();
      expect(screen.getByRole("heading")).toBeVisible();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("is not an https:// URL"));
    });

    it("should not embed a page from an origin off the vendor's allowlist", () => {
      const warn = expectConsole("warn");
      render(
        <BookingBanner
          clinic={{
            name: "Clinic",
            booking: { kind: "embed", url: "https://evil.example/calendly", vendor: "calendly" },
          }}
        />,
      );
      expect(screen.queryByRole("button", { name: "Book online" })).toBeNull();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining("not on the allowlist for calendly"),
      );
    });

    it("should show a phone that cannot be dialled as text, without a link", () => {
      const warn = expectConsole("warn");
      render(<BookingBanner clinic={{ name: "Clinic", phone: "905-555-CALL" }} />);
      expect(screen.getByText("Phone: 905-555-CALL")).toBeVisible();
      expect(screen.queryByRole("link")).toBeNull();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('clinic.phone "905-555-CALL" cannot be dialled'),
      );
    });

    const schemes = fc.constantFrom(
      "javascript:",
      "data:",
      "vbscript:",
      "http:",
      "file:",
      "//",
      "",
      "https:",
    );
    const noise = fc.constantFrom("", " ", "\t", "\n", "\u0000", "&#x3A;", "%3A");
    test.prop([schemes, noise, fc.string(), fc.string(), fc.constantFrom("link", "embed")], {
      numRuns: 400,
    })(
      "should never render a non-https href or src, nor a malformed tel:, whatever the content",
      (scheme, junk, rest, phone, kind) => {
        expectConsole("warn");
        const url = `${junk}${scheme}${rest}`;
        const { container, unmount } = render(
          <BookingBanner
            clinic={{ name: "Clinic", phone, booking: { kind, url } as Clinic["booking"] }}
          />,
        );
        for (const element of container.querySelectorAll("[href], [src]")) {
          const value = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
          if (value.startsWith("tel:")) {
            expect(value).toMatch(/^tel:\+\d{7,15}$/);
          } else {
            expect(new URL(value).protocol).toBe("https:");
          }
        }
        unmount();
      },
    );
  });

  describe("given French", () => {
    it("should translate the built-in text", () => {
      render(<BookingBanner clinic={linkClinic} locale={frCA} />);
      expect(screen.getByRole("heading", { name: "Prêt à prendre rendez-vous?" })).toBeVisible();
      expect(screen.getByRole("link", { name: "Appeler le 905-555-0123" })).toBeVisible();
      expect(
        screen.getByRole("link", { name: "Réserver en ligne (s'ouvre dans un nouvel onglet)" }),
      ).toBeVisible();
    });
  });

  describe("given variants", () => {
    it("should mirror layout and tone and merge className", () => {
      render(
        <BookingBanner
          clinic={linkClinic}
          layout="compact"
          tone="contrast"
          className="site"
          data-testid="root"
        />,
      );
      const root = screen.getByTestId("root");
      expect(root).toHaveAttribute("data-layout", "compact");
      expect(root).toHaveAttribute("data-tone", "contrast");
      expect(root).toHaveClass(
        "msu-booking-banner--compact",
        "msu-booking-banner--contrast",
        "site",
      );
    });
  });

  describe("given server rendering", () => {
    it("should render without handlers or inline style and hydrate under StrictMode", async () => {
      const element = (
        <StrictMode>
          <BookingBanner clinic={embedClinic} layout="sticky" headline="Book today" />
        </StrictMode>
      );
      const html = renderToString(element);
      expect(html).toContain("tel:+19055550123");
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toContain("<iframe");
      const container = document.createElement("div");
      container.innerHTML = html;
      document.body.append(container);
      await act(async () => {
        hydrateRoot(container, element);
      });
      expect(within(container).getByRole("button", { name: "Book online" })).toBeVisible();
      container.remove();
    });
  });
});
