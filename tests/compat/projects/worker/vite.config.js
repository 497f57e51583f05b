// Module workers (Vite bundles workers as classic scripts unless told).
export default { worker: { format: 'es' } };
