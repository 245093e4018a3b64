const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: { path: join(__dirname, '../dist/api') },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The clustering pipeline runs in a worker thread (src/synthesis/cluster-runner.ts) from its own bundle.
      additionalEntryPoints: [
        { entryName: 'cluster-worker', entryPath: './src/synthesis/cluster.worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      optimization: false,
    }),
  ],
};
