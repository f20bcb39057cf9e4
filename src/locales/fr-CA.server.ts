import { frCA as bundle } from "./fr-CA";
import { frCA as reference } from "./fr-CA.client";
import type { MedspaLocale } from "./types";

/**
 * `medspa-ui/locales/fr-CA` under the `react-server` condition (React Server Components): the same
 * bundle, whose `client` is the client module's reference rather than the bundle, so a Server
 * Component can hand it to client components (their messages are functions, which React cannot
 * serialise; a client reference it can).
 */
export const frCA: MedspaLocale & { readonly client: MedspaLocale } = {
  ...bundle,
  client: reference,
};
