import * as React from "react";
import "./console";

// The production project's promise: React's production build (it has no `act`), loaded because
// NODE_ENV was "production" before anything imported React, as on a site's production server.
if (process.env.NODE_ENV !== "production" || typeof React.act === "function") {
  throw new Error(
    "The production project loaded React's development build: NODE_ENV must be set before React loads.",
  );
}
