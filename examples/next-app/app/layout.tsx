import type { ReactNode } from "react";
import "medspa-ui/styles.css";
import "./brands/lakeshore.css";
import "./brands/willow.css";
import "./brands/harbour.css";

export const metadata = { title: "Clinic treatments" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
