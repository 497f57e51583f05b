// The values every benchmark logs in with (bench/core_native.cpp repeats them in C++): the
// devserver's default user, and the answer a Zulip server gives it.
export const REALM_INPUT = ' Chat.Zulip.org/ ';
export const REALM = 'https://chat.zulip.org';
export const USERNAME = 'iago@zulip.com';
export const PASSWORD = 'abcd1234';
export const RESPONSE_BODY =
  '{"result":"success","msg":"","api_key":"gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv","email":"iago@zulip.com","user_id":5}';
