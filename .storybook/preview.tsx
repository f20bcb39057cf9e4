/// <reference types="vite/client" />
import { withThemeByDataAttribute } from "@storybook/addon-themes";
import type { Decorator, Preview } from "@storybook/react-vite";
import { type LocaleOption, localeTag } from "../src/i18n";
import { frCA } from "../src/locales/fr-CA";
import { presetNames } from "../src/theme";
import "./preview.css";

// Every stylesheet in src/, as the built styles.css bundles them (each file is in @layer medspa-ui).
import.meta.glob("../src/**/*.css", { eager: true });

/** The toolbar's locales: English is built in, others are bundles a page imports when it needs them. */
const locales: Record<string, LocaleOption> = { en: "en", "fr-CA": frCA };

/** Wraps each story in the chosen brand and passes the toolbar's locale to stories that do not set one. */
const withBrandAndLocale: Decorator = (Story, context) => {
  const brand = String(context.globals.brand ?? "default");
  const locale: LocaleOption =
    (context.args.locale as LocaleOption | undefined) ??
    locales[String(context.globals.locale)] ??
    "en";
  return (
    <div
      data-msu-theme={brand === "default" ? undefined : brand}
      lang={localeTag(locale)}
      className="msu-story-root"
    >
      <Story args={{ ...context.args, locale }} />
    </div>
  );
};

const preview: Preview = {
  tags: ["autodocs"],
  parameters: {
    layout: "padded",
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Violations fail the story's test in the browser project, not just the panel.
    a11y: { test: "error" },
  },
  globalTypes: {
    brand: {
      description: "Brand theme",
      toolbar: {
        title: "Brand",
        icon: "paintbrush",
        items: ["default", ...presetNames],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Locale",
      toolbar: { title: "Locale", icon: "globe", items: Object.keys(locales), dynamicTitle: true },
    },
  },
  initialGlobals: { brand: "default", locale: "en" },
  decorators: [
    withBrandAndLocale,
    withThemeByDataAttribute({
      themes: { light: "light", dark: "dark" },
      defaultTheme: "light",
      attributeName: "data-msu-appearance",
    }),
  ],
};

export default preview;
