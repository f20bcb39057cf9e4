import { cva, type VariantProps } from "class-variance-authority";

export const sideEffectAccordionVariants = cva("msu-side-effect-accordion", {
  variants: {
    appearance: {
      bordered: "msu-side-effect-accordion--bordered",
      separated: "msu-side-effect-accordion--separated",
      plain: "msu-side-effect-accordion--plain",
    },
    size: {
      md: "msu-side-effect-accordion--md",
      sm: "msu-side-effect-accordion--sm",
    },
  },
  defaultVariants: { appearance: "bordered", size: "md" },
});

export type SideEffectAccordionVariants = VariantProps<typeof sideEffectAccordionVariants>;
