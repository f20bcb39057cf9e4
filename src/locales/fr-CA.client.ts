"use client";

// The bundle as a client module: a Server Component that imports it gets a reference React can
// send to the client, where it resolves to the bundle itself (see fr-CA.server.ts).
export { frCA } from "./fr-CA";
