import { cva, type VariantProps } from "class-variance-authority";

export const beforeAfterVariants = cva("msu-before-after", {
  variants: {
    appearance: {
      card: "msu-before-after--card",
      plain: "msu-before-after--plain",
    },
  },
  defaultVariants: { appearance: "card" },
});

export type BeforeAfterVariants = VariantProps<typeof beforeAfterVariants>;
