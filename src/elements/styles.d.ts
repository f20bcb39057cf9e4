/** The library's stylesheet (dist/styles.css) as text, put in by the build (see tsup.config.ts). */
declare module "medspa-ui:styles" {
  const css: string;
  export default css;
}
