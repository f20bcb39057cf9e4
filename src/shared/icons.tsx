/** The shapes the stylesheet draws (base.css), by name. */
export type IconName = "check-circle" | "barred-circle" | "phone" | "warning" | "close";

/**
 * A decorative icon, always aria-hidden: what it shows is also said in words. The shape is a CSS
 * mask in the stylesheet, filled with the text colour, so the server HTML of a list of 50 side
 * effects holds an empty `<span>` per icon instead of 50 copies of SVG paths, and no component
 * ships path data in its JavaScript.
 *
 * @selector .msu-icon[data-icon="check-circle|barred-circle|phone|warning|close"] an icon
 */
export function Icon({ name, className }: { name: IconName; className: string }) {
  return <span aria-hidden="true" className={`msu-icon ${className}`} data-icon={name} />;
}
