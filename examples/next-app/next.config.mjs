import path from "node:path";
import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
export default {
  poweredByHeader: false,
  reactStrictMode: true,
  // This app lives inside the library's repository, which has a lockfile of its own.
  turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) },
};
