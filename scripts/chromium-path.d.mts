export declare const chromiumCandidates: string[];
export declare function findChromium(): string | undefined;
export declare function chromiumPath(): string;
export declare const chromiumArgs: string[];
