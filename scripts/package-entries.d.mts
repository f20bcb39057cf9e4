export const entry: Record<string, string>;
export const typedEntry: Record<string, string>;
