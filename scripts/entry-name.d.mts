export function entryName(component: string): string;
