import type { StorybookConfig } from "@storybook/react-vite";
import { stylesheetTextVitePlugin } from "../scripts/styles.mjs";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  // The starter library's drawings at the address its samples give them (/medspa-ui/results/…).
  staticDirs: [
    "../stories/public",
    { from: "../src/content/examples/results", to: "/medspa-ui/results" },
  ],
  addons: [
    "@storybook/addon-docs",
    "@storybook/addon-a11y",
    "@storybook/addon-themes",
    "@storybook/addon-vitest",
  ],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(viteConfig) {
    viteConfig.build ??= {};
    // Radix ships "use client" at the top of its modules; bundlers warn about it, harmlessly.
    viteConfig.build.rolldownOptions = {
      ...viteConfig.build.rolldownOptions,
      onwarn(warning, defaultHandler) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") {
          return;
        }
        defaultHandler(warning);
      },
    };
    // The custom elements import the stylesheet as text, to adopt it in their shadow roots.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), stylesheetTextVitePlugin()];
    return viteConfig;
  },
};

export default config;
