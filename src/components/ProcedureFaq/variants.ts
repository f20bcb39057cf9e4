import { cva, type VariantProps } from "class-variance-authority";

export const procedureFaqVariants = cva("msu-procedure-faq", {
  variants: {
    appearance: {
      bordered: "msu-procedure-faq--bordered",
      separated: "msu-procedure-faq--separated",
      plain: "msu-procedure-faq--plain",
    },
    size: {
      md: "msu-procedure-faq--md",
      sm: "msu-procedure-faq--sm",
    },
  },
  defaultVariants: { appearance: "bordered", size: "md" },
});

export type ProcedureFaqVariants = VariantProps<typeof procedureFaqVariants>;
