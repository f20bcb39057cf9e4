import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { BookingDialog } from "../../../src/components/BookingDialog";
import { examples } from "../../../src/content/examples";
import type { Clinic } from "../../../src/content/types";
import { frCA } from "../../../src/locales/fr-CA";
import { expectConsole } from "../../support/console";

const clinic: Clinic = examples.clinic;

function renderDialog(props: Partial<React.ComponentProps<typeof BookingDialog>> = {}) {
  return render(
    <BookingDialog
      clinic={clinic}
      trigger={<button type="button">Book online</button>}
      {...props}
    />,
  );
}

async function openDialog() {
  await userEvent.click(screen.getByRole("button", { name: "Book online" }));
  return screen.getByRole("dialog");
}

function frame(): HTMLIFrameElement {
  return screen.getByTitle("Online booking for Lakeshore Aesthetics") as HTMLIFrameElement;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("BookingDialog", () => {
  describe("before it opens", () => {
    it("should not create the iframe, so nothing is requested from the vendor", () => {
      renderDialog();
      expect(document.querySelector("iframe")).toBeNull();
    });
  });

  describe("given it opens", () => {
    it("should be a titled, described dialog with the vendor page in a sandboxed iframe", async () => {
      renderDialog();
      const dialog = await openDialog();
      expect(dialog).toHaveAccessibleName("Book with Lakeshore Aesthetics");
      expect(dialog).toHaveAccessibleDescription(/Choose a time that suits you/);
      expect(dialog).toHaveAttribute("aria-modal", "true");
      const iframe = frame();
      const src = new URL(iframe.src);
      expect(src.origin).toBe("https://calendly.com");
      expect(src.searchParams.get("embed_type")).toBe("Inline");
      expect(iframe.getAttribute("sandbox")).toBe(
        "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox",
      );
      expect(iframe).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      expect(iframe).toHaveAttribute("allow", "payment");
      expect(within(dialog).getByRole("status")).toHaveTextContent("Loading the booking page…");
    });

    it("should move focus in, close on Escape and return focus to the trigger", async () => {
      const onOpenChange = vi.fn();
      renderDialog({ onOpenChange });
      const dialog = await openDialog();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      await userEvent.keyboard("{Escape}");
      expect(screen.queryByRole("dialog")).toBeNull();
      expect(screen.getByRole("button", { name: "Book online" })).toHaveFocus();
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    });

    it("should keep Tab inside the dialog, around the iframe", async () => {
      renderDialog();
      const dialog = await openDialog();
      for (let step = 0; step < 8; step++) {
        await userEvent.tab();
        expect(dialog).toContainElement(document.activeElement as HTMLElement);
      }
    });

    it("should report opening and closing with the vendor", async () => {
      const onEvent = vi.fn();
      renderDialog({ onEvent });
      await openDialog();
      await userEvent.click(screen.getByRole("button", { name: "Close" }));
      expect(onEvent.mock.calls).toEqual([
        [{ type: "dialog_open", vendor: "calendly" }],
        [{ type: "dialog_close", vendor: "calendly" }],
      ]);
    });

    it("should offer the booking page in a new tab and a call link", async () => {
      renderDialog();
      const dialog = await openDialog();
      expect(
        within(dialog).getByRole("link", { name: "Open the booking page (opens in a new tab)" }),
      ).toHaveAttribute("href", "https://calendly.com/lakeshore-aesthetics/consultation");
      expect(within(dialog).getByRole("link", { name: "Call 905-555-0123" })).toHaveAttribute(
        "href",
        "tel:+19055550123",
      );
    });

    it("should have no axe violations", async () => {
      renderDialog();
      await openDialog();
      // jsdom cannot message into the iframe; Chromium checks it (the browser project's stories).
      expect(await axe(document.body, { iframes: false })).toHaveNoViolations();
    });
  });

  describe("given the page loads or not", () => {
    it("should drop the loading state once the iframe loads", async () => {
      renderDialog();
      await openDialog();
      act(() => {
        frame().dispatchEvent(new Event("load"));
      });
      expect(screen.queryByText("Loading the booking page…")).toBeNull();
      expect(screen.getByRole("dialog")).toHaveAttribute("data-phase", "loaded");
    });

    it("should show the fallback after the timeout", () => {
      vi.useFakeTimers();
      renderDialog({ defaultOpen: true, loadTimeout: 5000 });
      act(() => {
        vi.advanceTimersByTime(4999);
      });
      expect(screen.getByTitle("Online booking for Lakeshore Aesthetics")).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(screen.getByRole("alert")).toHaveTextContent("The booking page did not load");
      expect(document.querySelector("iframe")).toBeNull();
      expect(screen.getByRole("link", { name: /Open the booking page/ })).toBeVisible();
    });

    it("should not fall back once loaded", () => {
      vi.useFakeTimers();
      renderDialog({ defaultOpen: true, loadTimeout: 1000 });
      act(() => {
        frame().dispatchEvent(new Event("load"));
        vi.advanceTimersByTime(5000);
      });
      expect(screen.queryByRole("alert")).toBeNull();
    });
  });

  describe("given messages from the booking page", () => {
    function post(data: unknown, origin: string, source: MessageEventSource | null) {
      act(() => {
        window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
      });
    }

    it("should map Calendly's event_scheduled from the iframe to booking_complete", async () => {
      const onEvent = vi.fn();
      const onBookingComplete = vi.fn();
      renderDialog({ onEvent, onBookingComplete, eventContext: { procedureId: "microneedling" } });
      await openDialog();
      post(
        { event: "calendly.event_scheduled", payload: {} },
        "https://calendly.com",
        frame().contentWindow,
      );
      expect(onEvent).toHaveBeenLastCalledWith({
        type: "booking_complete",
        vendor: "calendly",
        context: { procedureId: "microneedling" },
      });
      expect(onBookingComplete).toHaveBeenCalledTimes(1);
      expect(screen.getByText(/You're booked/)).toBeVisible();
    });

    it("should ignore the same message from another origin or another window", async () => {
      const onBookingComplete = vi.fn();
      renderDialog({ onBookingComplete });
      await openDialog();
      post({ event: "calendly.event_scheduled" }, "https://evil.example", frame().contentWindow);
      post({ event: "calendly.event_scheduled" }, "https://calendly.com", window);
      post(
        { event: "calendly.event_scheduled" },
        "https://calendly.com.evil.example",
        frame().contentWindow,
      );
      post(
        { event: "calendly.date_and_time_selected" },
        "https://calendly.com",
        frame().contentWindow,
      );
      expect(onBookingComplete).not.toHaveBeenCalled();
    });

    it("should accept a site's own completion test", async () => {
      const onBookingComplete = vi.fn();
      renderDialog({
        clinic: {
          ...clinic,
          booking: { kind: "embed", url: "https://lakeshore.janeapp.com/", vendor: "jane" },
        },
        isBookingComplete: (data) => data === "jane:booked",
        onBookingComplete,
      });
      await openDialog();
      post("jane:booked", "https://lakeshore.janeapp.com", frame().contentWindow);
      expect(onBookingComplete).toHaveBeenCalledTimes(1);
    });
  });

  describe("given a booking page that cannot be embedded", () => {
    it("should warn and offer only the call fallback", async () => {
      const warn = expectConsole("warn");
      renderDialog({
        booking: { kind: "embed", url: "https://evil.example/book", vendor: "calendly" },
      });
      const dialog = await openDialog();
      expect(dialog.querySelector("iframe")).toBeNull();
      expect(within(dialog).getByRole("alert")).toBeVisible();
      expect(within(dialog).queryByRole("link", { name: /Open the booking page/ })).toBeNull();
      expect(within(dialog).getByRole("link", { name: /Call/ })).toBeVisible();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining("not on the allowlist for calendly"),
      );
    });
  });

  describe("given options", () => {
    it("should forward the page's UTM parameters when asked", async () => {
      window.history.replaceState(null, "", "/?utm_source=newsletter&gclid=xyz");
      try {
        renderDialog({ forwardUtm: true });
        await openDialog();
        const src = new URL(frame().src);
        expect(src.searchParams.get("utm_source")).toBe("newsletter");
        expect(src.searchParams.get("gclid")).toBe("xyz");
      } finally {
        window.history.replaceState(null, "", "/");
      }
    });

    it("should pass the CSP nonce to the scroll lock's style element", async () => {
      renderDialog({ nonce: "n0nce" });
      await openDialog();
      const scrollLock = [...document.querySelectorAll("style")].filter((style) =>
        style.textContent?.includes("removed-body-scroll-bar-size"),
      );
      expect(scrollLock).toHaveLength(1);
      expect(scrollLock[0]?.getAttribute("nonce")).toBe("n0nce");
    });

    it("should speak French", async () => {
      renderDialog({ locale: frCA });
      const dialog = await openDialog();
      expect(dialog).toHaveAccessibleName("Prendre rendez-vous chez Lakeshore Aesthetics");
      expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeVisible();
    });

    it("should open controlled", () => {
      render(<BookingDialog clinic={clinic} open onOpenChange={() => {}} />);
      expect(screen.getByRole("dialog")).toBeVisible();
    });
  });
});
