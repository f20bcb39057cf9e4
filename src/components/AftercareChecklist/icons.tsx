import type { AftercareKind } from "../../content/types";
import { CheckCircleIcon } from "../../shared";

// Decorative: the kind is also said in words (a visually hidden "Do:" / "Avoid:"), and the two
// shapes differ (a tick, a barred circle), so the kind is never told by colour alone.
export function KindIcon({ kind }: { kind: AftercareKind }) {
  switch (kind) {
    case "do":
      return <CheckCircleIcon size={18} className="msu-aftercare-checklist-kind-icon" />;
    case "avoid":
      return (
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 20 20"
          width="18"
          height="18"
          className="msu-aftercare-checklist-kind-icon"
        >
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path
            d="M4.2 15.8L15.8 4.2"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
      );
    default:
      return kind satisfies never;
  }
}
