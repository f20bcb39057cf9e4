import { jsxDEV } from "react/jsx-dev-runtime";
import "./console";

// The production project's promise: React's production build (its development JSX runtime is
// empty there, in React 18 and 19 alike), loaded because NODE_ENV was "production" before
// anything imported React, as on a site's production server.
if (process.env.NODE_ENV !== "production" || typeof jsxDEV === "function") {
  throw new Error(
    "The production project loaded React's development build: NODE_ENV must be set before React loads.",
  );
}
