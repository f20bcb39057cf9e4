// medspa-ui/elements: the components as custom elements, for pages that are not React apps. Importing
// this module registers them; dist/elements.global.js is the same with React included, for a
// <script src> tag. They speak English; addElementsLocale adds another language (French:
// dist/elements.fr-CA.global.js beside the script).
import { defineMedspaElements } from "./define";

export type { ElementContent } from "./content";
export { defineMedspaElements } from "./define";
export { addElementsLocale } from "./locales";

defineMedspaElements();
