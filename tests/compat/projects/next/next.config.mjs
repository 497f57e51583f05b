// Next.js finds its workspace root by lockfiles; here the tools are installed two folders up
// (build/compat/, by scripts/setup_compat.sh), where a project's own node_modules would be.
import path from 'node:path';

export default { turbopack: { root: path.resolve(import.meta.dirname, '../..') } };
