// webpack 5 with babel-loader, the shape of a WordPress theme or plugin build: JSX through Babel,
// the library's stylesheet extracted to its own file, the page written by html-webpack-plugin.
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");

module.exports = (_env, { mode = "production" }) => ({
  entry: "./src/index.jsx",
  output: { path: `${__dirname}/dist`, filename: "[name].[contenthash].js", clean: true },
  resolve: { extensions: [".js", ".jsx"] },
  module: {
    rules: [
      {
        test: /\.jsx$/,
        exclude: /node_modules/,
        use: {
          loader: "babel-loader",
          options: {
            presets: [
              [
                "@babel/preset-react",
                { runtime: "automatic", development: mode === "development" },
              ],
            ],
          },
        },
      },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
    ],
  },
  plugins: [
    new MiniCssExtractPlugin({ filename: "[name].[contenthash].css" }),
    new HtmlWebpackPlugin({ template: "./src/index.html" }),
  ],
  // medspa-ui/content (zod, ~95 kB) validates in the browser here; a site that validates on the
  // server keeps it out of the bundle. webpack's 244 kB hint is about that, not about medspa-ui.
  performance: { hints: false },
  devtool: "source-map",
  stats: "errors-warnings",
});
