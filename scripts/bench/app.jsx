// What `npm run bench` renders, on the server (Node) and in Chromium from the same props: our
// components from the built package (self-referenced as "medspa-ui", so dist/ is what runs) and
// the raw Radix twins.
import {
  AftercareChecklist,
  BookingBanner,
  ProcedureExplainer,
  ProcedurePage,
  SideEffectAccordion,
} from "medspa-ui";
import { examples } from "medspa-ui/content";
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

const { microneedling: procedure, clinic } = examples;

/** Every scene the bench renders, by name. */
export const scenes = {
  ours: ({ n }) => <SideEffectAccordion sideEffects={benchSideEffects(n)} clinic={clinic} />,
  twin: ({ n }) => <SameDomAccordion items={benchSideEffects(n)} phone={clinic.phone} />,
  radix: ({ n }) => <MinimalAccordion items={benchSideEffects(n)} />,
  explainer: () => <ProcedureExplainer procedure={procedure} />,
  checklist: () => (
    <AftercareChecklist items={procedure.aftercare} storageKey="bench" clinic={clinic} />
  ),
  banner: () => <BookingBanner clinic={clinic} />,
  stickyBanner: () => <BookingBanner clinic={clinic} layout="sticky" />,
  page: () => (
    <ProcedurePage
      procedure={procedure}
      clinic={clinic}
      banner={{ layout: "sticky" }}
      storageKey="bench"
    />
  ),
};

/** Records when React committed the hydrated tree (the bench reads window.__hydrated). */
export function Timed({ children }) {
  useLayoutEffect(() => {
    window.__hydrated = performance.now();
  }, []);
  return children;
}
