/**
 * The two names of a part: its class (`msu-<name>`, for the site's CSS) and its `data-slot`
 * (`<name>`, for the styling contract's selectors), written once so they cannot drift apart.
 */
export function slot(name: string): { className: string; "data-slot": string } {
  return { className: `msu-${name}`, "data-slot": name };
}
