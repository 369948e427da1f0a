// internal/options -- Node's command-line options that nodus acts on, as the CLI parsed
// them (NodusOptions::node_options): getOptionValue('--no-warnings') is true when given.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const given = internals.bootInfo.options;

  // Options that may be given more than once, each adding to a list.
  const lists = { __proto__: null, '--require': true, '--import': true, '--env-file': true };

  const values = { __proto__: null };
  for (let i = 0; i < given.length; i++) {
    const name = given[i][0];
    const value = given[i][1];
    if (lists[name]) {
      (values[name] || (values[name] = [])).push(value);
    } else if (value === 'true' || value === 'false') {
      values[name] = value === 'true';
    } else {
      values[name] = value;
    }
  }

  // A flag is true or false, a list an array; an option not given is an empty list, or
  // undefined.
  function getOptionValue(name) {
    const value = values[name];
    if (value !== undefined) return value;
    return lists[name] ? [] : undefined;
  }

  return { getOptionValue };
})();
