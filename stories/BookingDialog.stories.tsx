import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { BookingDialog } from "../src/components/BookingDialog";
import { examples, examplesFrCA } from "../src/content/examples";
import type { Clinic } from "../src/content/types";
import { frCA } from "../src/locales/fr-CA";
import { pasteableCode } from "./support/copy-code";

/** The story-served stand-in for a vendor page (stories/public/fake-vendor.html). */
function fakeVendorClinic(): Clinic {
  return {
    ...examples.clinic,
    booking: {
      kind: "embed",
      url: `${window.location.origin}/fake-vendor.html`,
      vendor: "generic",
    },
  };
}

const meta = {
  title: "Components/BookingDialog",
  component: BookingDialog,
  args: {
    clinic: examples.clinic,
    onEvent: fn(),
    onOpenChange: fn(),
    onBookingComplete: fn(),
    trigger: <button type="button">Book online</button>,
  },
  parameters: { layout: "centered" },
} satisfies Meta<typeof BookingDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A local fake vendor page (an allowed loopback origin, for stories only) that posts the
 * completion message: opened and closed by keyboard, focus trapped and returned.
 */
export const WithFakeVendor: Story = {
  parameters: pasteableCode(`import { BookingDialog } from "medspa-ui";
import "medspa-ui/styles.css";

<BookingDialog
  clinic={clinic} // clinic.booking: { kind: "embed", vendor: "calendly", url: "https://calendly.com/…" }
  trigger={<button type="button">Book a consultation</button>}
  nonce={nonce} // your CSP nonce, for the scroll lock's <style>
/>`),
  render: (args) => (
    <BookingDialog
      {...args}
      clinic={fakeVendorClinic()}
      allowedOrigins={[window.location.origin]}
    />
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: "Book online" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await within(document.body).findByRole("dialog", {
      name: "Book with Lakeshore Aesthetics",
    });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    const frame = within(dialog).getByTitle(
      "Online booking for Lakeshore Aesthetics",
    ) as HTMLIFrameElement;
    await waitFor(() => expect(dialog).toHaveAttribute("data-phase", "loaded"), { timeout: 5000 });
    // Tab never leaves the dialog, across the iframe and the links after it.
    for (let step = 0; step < 6; step++) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    const vendorPage = within(frame.contentDocument?.body as HTMLElement);
    await userEvent.click(vendorPage.getByRole("button", { name: "Confirm booking" }));
    await waitFor(() => expect(args.onBookingComplete).toHaveBeenCalledTimes(1));
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "booking_complete",
      vendor: "generic",
    });
    await expect(within(dialog).getByText(/You're booked/)).toBeVisible();
    dialog.focus();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(document.querySelector("iframe")).toBeNull();
  },
};

/** The booking page is slower than the timeout (here 1 ms): the fallback offers a new tab or a call. */
/** Visual regression compares the open dialog once it has given up on the vendor's page. */
const comparedWithItsFallback = {
  visual: {
    ready: () =>
      waitFor(() =>
        expect(
          within(document.body).getByRole("dialog").querySelector('[role="alert"]'),
        ).not.toBeNull(),
      ),
  },
};

export const FailsToLoad: Story = {
  args: { loadTimeout: 1, defaultOpen: true },
  parameters: comparedWithItsFallback,
  play: async () => {
    // The dialog's content loads on first open: give it the seconds a visitor would, under load.
    const dialog = await within(document.body).findByRole("dialog", {}, { timeout: 5000 });
    await waitFor(
      () =>
        expect(within(dialog).getByRole("alert")).toHaveTextContent(
          "The booking page did not load",
        ),
      { timeout: 5000 },
    );
    await expect(
      within(dialog).getByRole("link", { name: /Open the booking page/ }),
    ).toHaveAttribute("href", "https://calendly.com/lakeshore-aesthetics/consultation");
    await expect(within(dialog).getByRole("link", { name: "Call 905-555-0123" })).toHaveAttribute(
      "href",
      "tel:+19055550123",
    );
  },
};

/** Opening locks page scroll without moving the page: the scrollbar's width is compensated. */
export const ScrollLockWithoutShift: Story = {
  parameters: {
    // The page is three screens of nothing, there to be scrolled: the trigger is what it shows,
    // the same at every width.
    visual: {
      target: (canvasElement: HTMLElement) =>
        within(canvasElement).getByRole("button", { name: "Book online" }),
      widths: [1280],
    },
  },
  render: (args) => (
    <div style={{ minHeight: "300vh" }}>
      <BookingDialog
        {...args}
        clinic={fakeVendorClinic()}
        allowedOrigins={[window.location.origin]}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("button", { name: "Book online" });
    const before = trigger.getBoundingClientRect().left;
    await userEvent.click(trigger);
    await within(document.body).findByRole("dialog");
    await expect(getComputedStyle(document.body).overflow).toBe("hidden");
    await expect(trigger.getBoundingClientRect().left).toBe(before);
    await userEvent.keyboard("{Escape}");
  },
};

export const French: Story = {
  args: { locale: frCA, clinic: examplesFrCA.clinic, defaultOpen: true, loadTimeout: 1 },
  parameters: comparedWithItsFallback,
  play: async () => {
    const dialog = await within(document.body).findByRole("dialog", {
      name: "Prendre rendez-vous chez Esthétique Lakeshore",
    });
    await expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeVisible();
  },
};
