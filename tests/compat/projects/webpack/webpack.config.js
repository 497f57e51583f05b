// The least a webpack 5 app writes: an entry and where the bundle goes.
import path from 'node:path';

export default {
  mode: 'production',
  entry: './main.js',
  output: { path: path.resolve('dist'), filename: 'main.js' },
};
