// The name of a component's built file and public entry: its folder in kebab case
// (src/components/ProcedureExplainer -> dist/procedure-explainer.js, medspa-ui/procedure-explainer).

/** @param {string} component */
export const entryName = (component) =>
  component.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
