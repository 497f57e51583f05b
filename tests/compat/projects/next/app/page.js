// A page with the widget: server-rendered on each request, then it logs in in the browser.
import LoginForm from './login-form.js';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <LoginForm />
    </main>
  );
}
