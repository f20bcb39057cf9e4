import type { SideEffectTier } from "../../content/types";
import { CheckCircleIcon } from "../../shared";

// Decorative: the tier is also said in words (visually hidden prefix + visible badge text), so the
// icons are aria-hidden, and each tier has its own shape so it is never told by colour alone.
export function TierIcon({ tier }: { tier: SideEffectTier }) {
  const common = {
    focusable: false,
    viewBox: "0 0 20 20",
    width: 16,
    height: 16,
    className: "msu-side-effect-accordion-tier-icon",
  } as const;
  switch (tier) {
    case "expected":
      // A circle with a tick.
      return <CheckCircleIcon className="msu-side-effect-accordion-tier-icon" />;
    case "contact-clinic":
      // A telephone handset.
      return (
        <svg aria-hidden="true" {...common}>
          <path
            d="M5.6 2.5l2.2 3.6-1.6 1.7a10.6 10.6 0 0 0 6 6l1.7-1.6 3.6 2.2-.9 2.7c-.2.6-.8 1-1.5.9C8.6 17.4 2.6 11.4 2 4.9c0-.7.3-1.3.9-1.5z"
            fill="currentColor"
          />
        </svg>
      );
    case "urgent":
      // A warning triangle with an exclamation mark.
      return (
        <svg aria-hidden="true" {...common}>
          <path d="M10 2L18.5 17H1.5z" fill="currentColor" />
          <path
            d="M10 7.5v4.5"
            stroke="var(--msu-color-surface)"
            strokeWidth="2"
            strokeLinecap="round"
          />
          <circle cx="10" cy="14.6" r="1.1" fill="var(--msu-color-surface)" />
        </svg>
      );
    default:
      return tier satisfies never;
  }
}
