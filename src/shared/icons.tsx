// Decorative icons shared by components. Always aria-hidden: what they show is also said in words.

interface IconProps {
  className?: string;
  /** Width and height in px. */
  size?: number;
}

/** A circle with a tick: "expected" side effects, "do" aftercare. */
export function CheckCircleIcon({ className, size = 16 }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      width={size}
      height={size}
      className={className}
    >
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M6 10.5l2.6 2.6L14 7.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A cross, for close and dismiss buttons. */
export function CloseIcon({ className, size = 20 }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      width={size}
      height={size}
      className={className}
    >
      <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
