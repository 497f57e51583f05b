// The page hands the login to a module Worker and shows what it answers.
const result = document.querySelector('#result');
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (e) => { result.dataset.worker = e.data; };
worker.onerror = (e) => { result.dataset.worker = `worker error: ${e.message}`; };
worker.postMessage(new URLSearchParams(location.search).get('realm'));
