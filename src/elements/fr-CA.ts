// dist/elements.fr-CA.global.js: Canadian French for the custom elements, a <script> of its own
// beside dist/elements.global.js (or its React twin), so an English page's script carries no French.
import { frCA } from "../locales/fr-CA";
import { addElementsLocale } from "./locales";

addElementsLocale(frCA);
