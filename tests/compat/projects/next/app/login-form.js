'use client';
// The widget, its event, and a login by script to the server named by ?realm=.
import { useEffect, useRef } from 'react';
import { login } from 'zulip-fetch-api-key';
import 'zulip-fetch-api-key/widget';

export default function LoginForm() {
  const result = useRef(null);
  useEffect(() => {
    const data = result.current.dataset;
    const onLogin = (e) => { data.widget = e.detail.email; };
    document.addEventListener('zulip-login', onLogin);
    const realm = new URLSearchParams(location.search).get('realm');
    login({ realm, username: 'iago@zulip.com', password: 'abcd1234' }).then(
      (r) => { data.script = r.email; },
      (e) => { data.script = `${e.name}: ${e.code}: ${e.message}`; },
    );
    return () => document.removeEventListener('zulip-login', onLogin);
  }, []);
  return (
    <>
      <zulip-login></zulip-login>
      <output id="result" ref={result}></output>
    </>
  );
}
