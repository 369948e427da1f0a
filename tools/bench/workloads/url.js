'use strict';
// WHATWG URL parsing (issue 19, point 8). Each kernel handles the same 1,000 inputs per
// batch; it runs unmeasured for a quarter of CPU_MS (default 1000) milliseconds, then
// for CPU_MS; the result is URLs (or query strings) per second.
//   absolute  new URL(s).href over a mix: plain http(s) URLs, ones with a query and a
//             fragment, ones the parser rewrites (upper case, dot segments, default port,
//             spaces, credentials, IPv4/IPv6 hosts)
//   relative  new URL(ref, base).href: paths, ../, ?query, #fragment, //host
//   idna      new URL(s).href with non-ASCII hosts (punycode)
//   getters   new URL(s) of the absolute mix, then reading every component
//   setters   a URL's pathname, search and hash set, then its href read
//   params    new URLSearchParams(query): get(), append(), toString()
// Prints one JSON line: {"absolute": n, "relative": n, ..., "check": n}.
const BUDGET = Number(process.env.CPU_MS || 1000);
const N = 1000;

function pick(list, i) {
  return list[i % list.length];
}

const absoluteForms = [
  (i) => `http://example.com/`,
  (i) => `https://www.example.org/articles/${i}/comments`,
  (i) => `https://api.example.com/v2/users/${i}?fields=name,email&limit=${i % 50}#top`,
  (i) => `http://cdn.example.net/assets/img-${i}.png?v=${i * 7}`,
  (i) => `HTTPS://Example.COM:443/a/./b/../c/${i}`,
  (i) => `http://user:pa ss@example.com:8080/path with spaces/${i}?q=a b#frag ment`,
  (i) => `ws://10.0.${i % 256}.1:9000/socket`,
  (i) => `http://[2001:db8::${(i % 65535).toString(16)}]/x`,
  (i) => `file:///home/user/project/src/file-${i}.js`,
  (i) => `mailto:someone-${i}@example.com`,
];
const absolute = [];
for (let i = 0; i < N; i++) absolute.push(pick(absoluteForms, i)(i));

const base = 'https://example.com/app/v1/page.html?x=1#y';
const relativeForms = [
  (i) => `item/${i}`,
  (i) => `../other/${i}.html`,
  (i) => `/root/${i}?q=${i}`,
  (i) => `?page=${i}`,
  (i) => `#section-${i}`,
  (i) => `//cdn.example.net/lib-${i}.js`,
  (i) => `./a/b/../c-${i}`,
  (i) => `https://elsewhere.example/${i}`,
];
const relative = [];
for (let i = 0; i < N; i++) relative.push(pick(relativeForms, i)(i));

const idnaHosts = ['münchen.de', 'bücher.example', '例え.テスト', 'пример.рф', 'ÆØÅ.no', 'straße.de', 'café.fr', 'xn--nxasmq6b.com'];
const idna = [];
for (let i = 0; i < N; i++) idna.push(`https://${pick(idnaHosts, i)}/p/${i}`);

const queryForms = [
  (i) => `a=${i}&b=two&c=three`,
  (i) => `q=hello+world&page=${i}&sort=desc&filter=a%20b%26c`,
  (i) => `name=J%C3%BCrgen&city=M%C3%BCnchen&id=${i}`,
  (i) => `flag&empty=&x=${i}&x=${i + 1}`,
];
const queries = [];
for (let i = 0; i < N; i++) queries.push(pick(queryForms, i)(i));

const kernels = {
  absolute() {
    let s = 0;
    for (let i = 0; i < N; i++) s += new URL(absolute[i]).href.length;
    return s;
  },
  relative() {
    let s = 0;
    for (let i = 0; i < N; i++) s += new URL(relative[i], base).href.length;
    return s;
  },
  idna() {
    let s = 0;
    for (let i = 0; i < N; i++) s += new URL(idna[i]).href.length;
    return s;
  },
  getters() {
    let s = 0;
    for (let i = 0; i < N; i++) {
      const u = new URL(absolute[i]);
      s += u.protocol.length + u.username.length + u.password.length + u.host.length +
        u.hostname.length + u.port.length + u.pathname.length + u.search.length +
        u.hash.length + u.origin.length;
    }
    return s;
  },
  setters() {
    let s = 0;
    const u = new URL('https://example.com/start');
    for (let i = 0; i < N; i++) {
      u.pathname = `/items/${i}`;
      u.search = `?page=${i & 7}`;
      u.hash = i & 1 ? '' : 'top';
      s += u.href.length;
    }
    return s;
  },
  params() {
    let s = 0;
    for (let i = 0; i < N; i++) {
      const p = new URLSearchParams(queries[i]);
      p.append('extra', 'v a l');
      s += (p.get('x') || '').length + p.toString().length;
    }
    return s;
  },
};

function run(fn, ms) {
  let batches = 0;
  let check = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    check = (check + fn()) % 1e9;
    batches++;
    t = performance.now();
  }
  return { perSecond: (batches * N) / ((t - t0) / 1000), check };
}

const ONLY = process.env.URL_ONLY ? process.env.URL_ONLY.split(',') : null;
const result = {};
let check = 0;
for (const name of Object.keys(kernels)) {
  if (ONLY && !ONLY.includes(name)) continue;
  run(kernels[name], BUDGET / 4);
  const r = run(kernels[name], BUDGET);
  result[name] = r.perSecond;
  check = (check + r.check) % 1e9;
}
result.check = check;
console.log(JSON.stringify(result));
