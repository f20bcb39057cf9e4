/** The shapes the stylesheet draws (base.css), by name. */
export type IconName = "check-circle" | "barred-circle" | "phone" | "warning" | "close";

/**
 * A decorative icon: what it shows is also said in words. It is an empty span, which assistive
 * technology skips without an aria-hidden of its own. The shape is a CSS mask in the stylesheet,
 * filled with the text colour, so the server HTML of a list of 50 side effects holds an empty
 * `<span>` per icon instead of 50 copies of SVG paths, and no component ships path data in its
 * JavaScript.
 *
 * @selector .msu-icon[data-icon="check-circle|barred-circle|phone|warning|close"] an icon
 */
export function Icon({ name, className }: { name: IconName; className: string }) {
  return <span className={`msu-icon ${className}`} data-icon={name} />;
}
