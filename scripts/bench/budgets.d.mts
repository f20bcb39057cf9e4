export interface TimingBudget {
  ratio: number;
  noise: number;
}
export interface CountBudget {
  max: number;
}
export type Budget = TimingBudget | CountBudget;
export type Verdict = "ok" | "ok on re-measure" | "near" | "MISSED";
export declare const timingNoise: { serverRender: number; hydration: number; toggle: number };
export declare const serverRenderBudget: TimingBudget;
export declare const hydrationBudget: TimingBudget;
export declare const toggleBudget: TimingBudget;
export declare const layoutShiftBudget: CountBudget;
export declare function overBudget(budget: Budget | null, ratio: number | undefined): boolean;
export declare function pastNoise(budget: Budget | null, ratio: number | undefined): boolean;
export declare function verdict(row: {
  budget: Budget | null;
  ours: number;
  ratio?: number;
  remeasured?: number;
}): Verdict | undefined;
