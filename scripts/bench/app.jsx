// What `npm run bench` renders, on the server (Node) and in Chromium from the same props: our
// components from the built package (self-referenced as "medspa-ui", so dist/ is what runs) and
// the raw Radix twins. The content comes in the props (from medspa-ui/content on the server), so
// the client bundle holds the components and nothing else to parse or initialise.
import {
  AftercareChecklist,
  BookingBanner,
  ProcedureExplainer,
  ProcedurePage,
  SideEffectAccordion,
} from "medspa-ui";
import { useLayoutEffect } from "react";
import { MinimalAccordion, SameDomAccordion } from "./twins.jsx";

const tiers = ["expected", "contact-clinic", "urgent"];

/** n side effects with every field, like the sample content's richest item. */
export function benchSideEffects(n) {
  return Array.from({ length: n }, (_, index) => ({
    id: `effect-${index}`,
    name: `Side effect ${index + 1}`,
    description: "Skin looks flushed, like a mild sunburn, and may feel warm or tight.",
    frequency: "common",
    tier: tiers[index % 3],
    duration: { min: 1, max: 2, unit: "days" },
    selfCare: ["Use a gentle, fragrance-free moisturiser", "Keep out of direct sun"],
    seekHelpIf: ["It is still spreading after 3 days", "You have a fever"],
  }));
}

/** Every scene the bench renders, by name; each takes { n, procedure, clinic }. */
export const scenes = {
  ours: ({ n, clinic }) => (
    <SideEffectAccordion sideEffects={benchSideEffects(n)} clinic={clinic} />
  ),
  twin: ({ n, clinic }) => <SameDomAccordion items={benchSideEffects(n)} clinic={clinic} />,
  radix: ({ n }) => <MinimalAccordion items={benchSideEffects(n)} />,
  explainer: ({ procedure }) => <ProcedureExplainer procedure={procedure} />,
  checklist: ({ procedure, clinic }) => (
    <AftercareChecklist items={procedure.aftercare} storageKey="bench" clinic={clinic} />
  ),
  banner: ({ clinic }) => <BookingBanner clinic={clinic} />,
  stickyBanner: ({ clinic }) => <BookingBanner clinic={clinic} layout="sticky" />,
  page: ({ procedure, clinic }) => (
    <ProcedurePage
      procedure={procedure}
      clinic={clinic}
      banner={{ layout: "sticky" }}
      storageKey="bench"
    />
  ),
};

/** Calls onCommit when React has committed the hydrated tree. */
export function Timed({ onCommit, children }) {
  useLayoutEffect(() => {
    onCommit();
  }, [onCommit]);
  return children;
}
