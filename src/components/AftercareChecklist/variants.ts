import { cva, type VariantProps } from "class-variance-authority";

export const aftercareChecklistVariants = cva("msu-aftercare-checklist", {
  variants: {
    appearance: {
      card: "msu-aftercare-checklist--card",
      plain: "msu-aftercare-checklist--plain",
    },
    /** Do and avoid side by side within each time window. */
    columns: {
      true: "msu-aftercare-checklist--columns",
      false: "",
    },
  },
  defaultVariants: { appearance: "card", columns: false },
});

export type AftercareChecklistVariants = VariantProps<typeof aftercareChecklistVariants>;
