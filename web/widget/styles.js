// The default look of <zulip-login>, light or dark as the page's color scheme says. Pages restyle
// it through the --zulip-login-* custom properties (in both schemes), or reach into it with
// ::part(form | field | label | input | hint | server | message | actions | submit | cancel).

export const WIDGET_CSS = `
:host {
  --_accent: var(--zulip-login-accent, light-dark(#4a6bd4, #8fa8ff));
  --_accent-text: var(--zulip-login-accent-text, light-dark(#fff, #10162b));
  --_text: var(--zulip-login-text, light-dark(#1f2430, #e8eaf0));
  --_muted: var(--zulip-login-muted, light-dark(#5a6272, #a9b0bd));
  --_background: var(--zulip-login-background, light-dark(#fff, #1d2027));
  --_field-background: var(--zulip-login-field-background, light-dark(#fff, #262a33));
  --_border: var(--zulip-login-border, light-dark(#c5cad3, #596070));
  --_error: var(--zulip-login-error, light-dark(#b3261e, #ff8f86));
  --_success: var(--zulip-login-success, light-dark(#1e7a3c, #6ed48f));
  --_radius: var(--zulip-login-radius, 8px);
  display: block;
  max-width: var(--zulip-login-width, 24rem);
  font: var(--zulip-login-font, 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--_text);
}
:host([hidden]) { display: none; }
/* light-dark() follows the color scheme the host inherits: a page that declares color-scheme: dark
   (or "light dark", for a person who prefers dark) gets the dark form. A page that declares
   nothing is light to the engine, so a person's preference for dark is followed here too. */
@media (prefers-color-scheme: dark) { :host { color-scheme: dark; } }
* { box-sizing: border-box; }
form {
  display: grid;
  gap: var(--zulip-login-gap, 14px);
  padding: var(--zulip-login-padding, 24px);
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 1.5);
  box-shadow: var(--zulip-login-shadow, 0 2px 12px rgb(20 30 60 / 0.08));
}
.title { margin: 0; font-size: 1.25em; font-weight: 600; }
.field { display: grid; gap: 4px; }
label { font-weight: 600; font-size: 0.93em; }
input {
  width: 100%;
  padding: 9px 11px;
  font: inherit;
  color: inherit;
  background: var(--_field-background);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
input:focus-visible, button:focus-visible {
  outline: 3px solid color-mix(in srgb, var(--_accent) 45%, transparent);
  outline-offset: 1px;
  border-color: var(--_accent);
}
input[aria-invalid="true"] { border-color: var(--_error); }
input:disabled, button:disabled { opacity: 0.5; cursor: not-allowed; }
input[readonly] { background: color-mix(in srgb, var(--_border) 18%, var(--_field-background)); }
.hint, .server { margin: 0; font-size: 0.87em; color: var(--_muted); min-height: 1.45em; }
.hint[data-kind="error"] { color: var(--_error); }
.server:empty { display: none; }
.message { margin: 0; min-height: 1.45em; }
.message:empty { display: none; }
.message[data-kind="error"] {
  color: var(--_error);
  padding: 8px 11px;
  border-left: 3px solid var(--_error);
  background: color-mix(in srgb, var(--_error) 7%, transparent);
  border-radius: 4px;
}
.message[data-kind="success"] { color: var(--_success); font-weight: 600; }
.actions { display: flex; gap: 10px; align-items: center; }
button {
  font: inherit;
  padding: 9px 18px;
  border-radius: var(--_radius);
  cursor: pointer;
}
button[type="submit"] {
  flex: 1;
  font-weight: 600;
  color: var(--_accent-text);
  background: var(--_accent);
  border: 1px solid var(--_accent);
}
button[type="submit"][aria-disabled="true"] { opacity: 0.6; cursor: progress; }
button[type="button"] { color: var(--_text); background: transparent; border: 1px solid var(--_border); }
.spinner {
  display: none;
  width: 1em; height: 1em; margin-right: 8px; vertical-align: -0.15em;
  border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%;
  animation: spin 0.8s linear infinite;
}
:host([data-state="busy"]) .spinner { display: inline-block; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
[hidden] { display: none !important; }
`;
