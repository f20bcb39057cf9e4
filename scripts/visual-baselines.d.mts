export declare const baselineDirectory: string;
