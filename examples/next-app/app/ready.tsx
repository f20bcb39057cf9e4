"use client";

import { useEffect } from "react";

/** Marks the document once React has hydrated: the example driver waits for it before acting. */
export function Ready() {
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return null;
}
