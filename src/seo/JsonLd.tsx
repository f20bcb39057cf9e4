import type { ComponentProps } from "react";

/**
 * JSON for an inline `<script>`: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`, so no text
 * can close the tag (`</script>`) or open a comment (`<!--`), and U+2028/U+2029 are escaped for
 * older JavaScript parsers. The result is still JSON and parses to the same value.
 * https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface JsonLdProps
  extends Omit<ComponentProps<"script">, "children" | "dangerouslySetInnerHTML" | "type"> {
  /** A schema.org object or graph, e.g. from `procedureJsonLd()`. */
  data: object;
}

/**
 * Renders structured data in `<script type="application/ld+json">`, safely escaped. Pass `nonce`
 * under a strict Content Security Policy. Static: renders in a Server Component.
 */
export function JsonLd({ data, ...props }: JsonLdProps) {
  return (
    <script
      type="application/ld+json"
      data-slot="json-ld"
      {...props}
      // The only HTML we write ourselves: JSON escaped above so content cannot leave the script.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by serializeJsonLd.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
