import { cva, type VariantProps } from "class-variance-authority";

export const procedureExplainerVariants = cva("msu-procedure-explainer", {
  variants: {
    /** `split` puts the key facts beside the text on wide screens. */
    layout: {
      stacked: "msu-procedure-explainer--stacked",
      split: "msu-procedure-explainer--split",
    },
    density: {
      comfortable: "msu-procedure-explainer--comfortable",
      compact: "msu-procedure-explainer--compact",
    },
  },
  defaultVariants: { layout: "stacked", density: "comfortable" },
});

export type ProcedureExplainerVariants = VariantProps<typeof procedureExplainerVariants>;
