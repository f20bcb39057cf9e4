import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { BookingBanner } from "../src/components/BookingBanner";
import { examples, examplesFrCA } from "../src/content/examples";
import type { Clinic } from "../src/content/types";
import { frCA } from "../src/locales/fr-CA";
import { BrandMatrix } from "./support/BrandMatrix";
import { pasteableCode } from "./support/copy-code";
import { columnStoryParameters, inAColumn, overflowingElements } from "./support/NarrowColumn";

const linkClinic: Clinic = {
  name: "Lakeshore Aesthetics",
  phone: "905-555-0123",
  booking: { kind: "link", url: "https://lakeshore.janeapp.com/" },
};

const meta = {
  title: "Components/BookingBanner",
  component: BookingBanner,
  args: {
    clinic: linkClinic,
    headline: "Ready for smoother skin?",
    text: "Book a free 15-minute consultation. We will look at your skin and plan your sessions together.",
    onEvent: fn(),
  },
  argTypes: {
    layout: { control: "inline-radio", options: ["inline", "compact", "sticky"] },
    tone: { control: "inline-radio", options: ["brand", "subtle", "contrast"] },
  },
} satisfies Meta<typeof BookingBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Inline: Story = {
  parameters: pasteableCode(`import { BookingBanner } from "medspa-ui";
import "medspa-ui/styles.css";

// "Call" and "Book online"; an embedded booking page (Calendly, Acuity, …) opens in BookingDialog,
// which loads on the first click.
<BookingBanner clinic={clinic} headline="Ready for smoother skin?" layout="inline" tone="brand" />`),
  args: { offer: "New clients: 15% off a first microneedling session" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const call = canvas.getByRole("link", { name: "Call 905-555-0123" });
    await expect(call).toHaveAttribute("href", "tel:+19055550123");
    const book = canvas.getByRole("link", { name: "Book online (opens in a new tab)" });
    await expect(book).toHaveAttribute("rel", "noopener noreferrer");
    call.addEventListener("click", (event) => event.preventDefault(), { once: true });
    await userEvent.click(call);
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "cta_click",
      channel: "phone",
      placement: "inline",
    });
  },
};

/** Every layout in every tone. */
export const LayoutsAndTones: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "1rem" }}>
      {(["inline", "compact", "sticky"] as const).flatMap((layout) =>
        (["brand", "subtle", "contrast"] as const).map((tone) => (
          <BookingBanner
            key={`${layout}-${tone}`}
            {...args}
            layout={layout}
            tone={tone}
            dismissible={false}
            headline={`${layout} · ${tone}`}
            aria-label={`${layout} ${tone} banner`}
          />
        )),
      )}
    </div>
  ),
};

export const PhoneOnly: Story = {
  args: { clinic: { name: "Lakeshore Aesthetics", phone: "905-555-0123" }, tone: "subtle" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("link")).toHaveLength(1);
  },
};

export const OnlineOnly: Story = {
  args: {
    clinic: { name: "Lakeshore Aesthetics", bookingUrl: "https://booking.example.com/lakeshore" },
  },
};

/** A booking page embedded in the dialog: the button opens BookingDialog. */
export const EmbeddedBooking: Story = {
  args: { clinic: examples.clinic, layout: "compact" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Book online" }));
    const dialog = await within(document.body).findByRole("dialog", {
      name: "Book with Lakeshore Aesthetics",
    });
    await expect(dialog).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(canvas.getByRole("button", { name: "Book online" })).toHaveFocus());
    await expect(args.onEvent).toHaveBeenCalledWith({ type: "dialog_close", vendor: "calendly" });
  },
};

/** A hostile booking URL is refused: no "Book online", the rest of the banner stays. */
export const RefusedBookingUrl: Story = {
  args: {
    clinic: {
      name: "Lakeshore Aesthetics",
      phone: "905-555-0123",
      bookingUrl: "javascript:alert(1)",
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("link", { name: /Book online/ })).toBeNull();
    await expect(canvas.getByRole("link", { name: /Call/ })).toBeVisible();
  },
};

function Article() {
  return (
    <article>
      {Array.from({ length: 12 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static filler paragraphs.
        <p key={index}>
          Microneedling makes tiny, controlled channels in the skin. Over the following weeks the
          skin rebuilds collagen, so pitted scars look shallower and texture evens out. Paragraph{" "}
          {index + 1}.
        </p>
      ))}
    </article>
  );
}

/**
 * The sticky bar on a phone: pinned to the bottom while the article scrolls, in the flow so its
 * space is reserved. The play function measures layout shift with a PerformanceObserver.
 */
export const StickyOnMobile: Story = {
  args: { layout: "sticky", headline: "Book your consultation" },
  parameters: { viewport: { value: "mobile1" }, layout: "fullscreen" },
  render: (args) => (
    <div>
      <Article />
      <BookingBanner {...args} />
      <footer>
        <p>Lakeshore Aesthetics · 120 Lakeshore Road East, Oakville</p>
      </footer>
    </div>
  ),
  play: async ({ canvasElement }) => {
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) {
          shift += entry.value;
        }
      }
    });
    observer.observe({ type: "layout-shift", buffered: true });
    const scroller = document.scrollingElement ?? document.documentElement;
    for (const top of [200, 600, 1200, 0]) {
      scroller.scrollTo({ top });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    await expect(shift).toBe(0);
    const bar = canvasElement.querySelector(
      '[data-slot="booking-banner-dismissible"]',
    ) as HTMLElement;
    if (window.innerWidth < 768) {
      await expect(getComputedStyle(bar).position).toBe("sticky");
    }
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Hide this banner" }));
    await expect(
      within(canvasElement).queryByRole("heading", { name: "Book your consultation" }),
    ).toBeNull();
    window.sessionStorage.removeItem("medspa-ui:booking-banner:v1:dismissed");
  },
};

export const French: Story = {
  args: {
    locale: frCA,
    clinic: { ...linkClinic, name: examplesFrCA.clinic.name },
    headline: "Prête pour une peau plus lisse?",
    text: "Consultation gratuite de 15 minutes.",
    layout: "compact",
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Appeler le 905-555-0123" })).toBeVisible();
    for (const action of canvasElement.querySelectorAll<HTMLElement>(
      '[data-slot="booking-banner-action"]',
    )) {
      await expect(action.scrollWidth).toBeLessThanOrEqual(action.clientWidth + 1);
    }
  },
};

/** Every preset in light and dark, every tone, checked by axe in one run. */
/** In a 280 px column on a wide screen: the actions wrap, nothing sticks out. */
export const InANarrowColumn: Story = {
  decorators: [inAColumn(280)],
  parameters: columnStoryParameters,
  play: async ({ canvasElement }) => {
    await expect(overflowingElements(canvasElement)).toEqual([]);
  },
};

export const Brands: Story = {
  render: (args) => (
    <BrandMatrix>
      {(label) => (
        <div style={{ display: "grid", gap: "0.75rem" }}>
          {(["brand", "subtle", "contrast"] as const).map((tone) => (
            <BookingBanner
              key={tone}
              {...args}
              tone={tone}
              layout="compact"
              aria-label={`${label} ${tone}`}
            />
          ))}
        </div>
      )}
    </BrandMatrix>
  ),
};
