"""The hostile-request corpus: every case is (category, name, bytes, mode, prelude).

mode "half": the client half-closes after sending (shutdown(SHUT_WR)), so an incomplete
request ends in a definite outcome; mode "open": the socket stays open and the outcome
is what arrived once the server went quiet. `prelude` lists the sound requests that come
before the bad part of a case, as the server's answer to each would read (Node's parser
runs ahead of its handlers and may never answer them; nodus answers them, then rejects
what follows: neither accepts the bad part). The corpus is generated, deterministically,
from the lists below; names are stable, as the expected outcomes are keyed by them.
"""

import random

CRLF = b"\r\n"


def echo(method, url, body):
    """What tools/http-corpus/server.js answers to a request it accepted."""
    h = 0x811c9dc5
    for b in body:
        h ^= b
        h = (h * 0x01000193) & 0xffffffff
    return f"{method} {len(url)} {len(body)} {h:x}"


GOOD_ECHO = echo("GET", "/", b"")
HELLO_ECHO = echo("POST", "/", b"hello")


def req(line, headers=(), body=b"", eol=CRLF):
    out = line + eol
    for h in headers:
        out += h + eol
    return out + eol + body


def get(target=b"/", headers=(b"Host: a",), version=b"HTTP/1.1"):
    return req(b"GET " + target + b" " + version, headers)


def post(headers, body):
    return req(b"POST / HTTP/1.1", (b"Host: a",) + tuple(headers), body)


GOOD = get()
CHUNKED_OK = b"5\r\nhello\r\n0\r\n\r\n"


def request_line():
    methods = [b"GET", b"POST", b"PUT", b"DELETE", b"HEAD", b"OPTIONS", b"PATCH", b"TRACE",
               b"PROPFIND", b"M-SEARCH", b"PURGE", b"QUERY", b"LINK", b"SOURCE", b"get",
               b"Get", b"FOO", b"G(T", b"GE@T", b"G\x00T", b"GET\x7f", b"\xc3\xa9T",
               b"A" * 64, b"A" * 2000, b""]
    targets = [b"/", b"/a?b=c", b"*", b"http://example.com/", b"http://example.com",
               b"https://h/p?q#f", b"example.com:80", b"foo", b"foo/bar", b"//x", b"/a b",
               b"/a\tb", b"/\x7f", b"/\x80\xff", b"/#frag", b"/%zz", b"/a\x00b", b"",
               b"?x", b"/a\x01", b"/\"<>", b"/{}|\\^`", b"/~!$&'()*+,;=:@"]
    versions = [b"HTTP/1.1", b"HTTP/1.0", b"HTTP/1.2", b"HTTP/2.0", b"HTTP/0.9",
                b"HTTP/1", b"http/1.1", b"HTTP/11", b"HTTP/1.10", b"HTTP/3.0",
                b"HTTP/ 1.1", b"ICE/1.0", b"RTSP/1.0", b"FOO/1.1", b"HTTP/1.1 ",
                b"HTTP/1.1\t", b"HTTP/9.9", b"HTTP/1.a", b""]
    cases = []
    for m in methods:
        for t in [b"/", b"*", b"http://example.com/", b"foo"]:
            line = m + b" " + t + b" HTTP/1.1"
            cases.append((f"method {m[:12]!r} {t!r}", req(line, [b"Host: a"])))
    for t in targets:
        for v in versions:
            line = b"GET " + t + b" " + v
            cases.append((f"target {t!r} {v!r}", req(line, [b"Host: a"])))
    for t in [b"*", b"/", b"foo", b"example.com:443", b"http://h/"]:
        for m in [b"OPTIONS", b"CONNECT", b"GET"]:
            line = m + b" " + t + b" HTTP/1.1"
            cases.append((f"form {m!r} {t!r}", req(line, [b"Host: a"])))
    for sep in [b"  ", b"\t", b" \t", b"\x0b", b"\x0c", b"\r"]:
        for m in [b"GET", b"POST"]:
            line = m + sep + b"/" + sep + b"HTTP/1.1"
            cases.append((f"separator {sep!r} {m!r}", req(line, [b"Host: a", b"Content-Length: 0"])))
    for eol in [b"\n", b"\r", b"\r\r\n", b"\n\r"]:
        cases.append((f"line end {eol!r}", req(b"GET / HTTP/1.1", [b"Host: a"], eol=eol)))
        cases.append((f"first line end {eol!r}", b"GET / HTTP/1.1" + eol + b"Host: a\r\n\r\n"))
        cases.append((f"last line end {eol!r}", b"GET / HTTP/1.1\r\nHost: a" + eol + eol))
    for lead in [b"\r\n", b"\r\n\r\n", b"\n", b" ", b"\t", b"\x00"]:
        cases.append((f"leading {lead!r}", lead + GOOD))
    return cases


def header_syntax():
    names = [b"X", b"X-Y", b"x_y", b"X Y", b" X", b"X ", b"X\t", b"", b"X\x00", b"X\x7f",
             b"X\x80", b"X(", b"X)", b"X@", b"X\"", b"X/", b"X[", b"X{", b"X=", b"X?",
             b"X!#$%&'*+.^`|~", b"\xc3\xa9"]
    values = [b"v", b"", b" v ", b"v\x00", b"v\x01", b"v\x7f", b"v\x80\xff", b"v\tw",
              b"v\rw", b"v w", b"\tv", b"v\x1f", b"v\x0b", b"\"quoted\"", b"v\xc3\xa9"]
    cases = []
    for n in names:
        for v in values:
            cases.append((f"field {n!r}: {v!r}", req(b"GET / HTTP/1.1", [b"Host: a", n + b":" + v])))
    for fold in [b" b", b"\tb", b"  ", b" "]:
        cases.append((f"obs-fold {fold!r}", b"GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n" + fold + b"\r\n\r\n"))
        cases.append((f"obs-fold first {fold!r}", b"GET / HTTP/1.1\r\n" + fold + b"\r\nHost: a\r\n\r\n"))
    for line in [b"NoColon", b":novalue", b"::", b"X:: y", b"X : y", b"X: y\rZ: w", b"X: y\nZ: w"]:
        cases.append((f"line {line!r}", b"GET / HTTP/1.1\r\nHost: a\r\n" + line + b"\r\n\r\n"))
    hosts = [None, b"Host: a", b"Host:", b"Host: a\r\nHost: b", b"Host: a\r\nHost: a",
             b"Host: a b", b"Host: a/b", b"Host: a@b", b"Host: [::1]", b"Host: a:99999",
             b"Host: \x00", b"host: a", b"HOST: a"]
    for h in hosts:
        for v in [b"HTTP/1.1", b"HTTP/1.0"]:
            headers = [] if h is None else [h]
            cases.append((f"host {h!r} {v!r}", req(b"GET / " + v, headers)))
    for e in [b"100-continue", b"100-Continue", b"junk", b"", b"100-continue, junk", b"200-ok"]:
        for m in [b"GET", b"POST"]:
            headers = [b"Host: a", b"Expect: " + e, b"Content-Length: 5"]
            cases.append((f"expect {e!r} {m!r}", req(m + b" / HTTP/1.1", headers, b"hello")))
    for conn in [b"close", b"keep-alive", b"upgrade", b"Upgrade, close", b"junk", b"close, close"]:
        cases.append((f"connection {conn!r}", req(b"GET / HTTP/1.1", [b"Host: a", b"Connection: " + conn])))
    return cases


def header_limits():
    cases = []
    for n in [50, 99, 100, 101, 128, 200, 500, 1000, 1500, 1999, 2000, 2001, 2500, 3000]:
        headers = [b"Host: a"] + [b"X%d: v" % i for i in range(n - 1)]
        for mode in ["half", "open"]:
            cases.append((f"count {n} {mode}", req(b"GET / HTTP/1.1", headers), mode))
    for size in [1000, 8000, 8192, 16000, 16300, 16340, 16360, 16384, 16400, 16500, 20000, 65536, 81920]:
        filler = b"X: " + b"a" * (size - 40)
        cases.append((f"head size {size}", req(b"GET / HTTP/1.1", [b"Host: a", filler])))
        many = [b"Host: a"] + [b"Y%d: %s" % (i, b"b" * 90) for i in range(size // 100)]
        cases.append((f"head size {size} in lines", req(b"GET / HTTP/1.1", many)))
    for size in [1000, 8000, 8192, 16000, 16300, 16340, 16360, 16384, 16400, 20000, 65536, 81920]:
        for m in [b"GET", b"POST"]:
            line = m + b" /" + b"u" * size + b" HTTP/1.1"
            cases.append((f"uri {size} {m!r}", req(line, [b"Host: a", b"Content-Length: 0"])))
    for size in [1000, 16000, 16384, 20000]:
        cases.append((f"name {size}", req(b"GET / HTTP/1.1", [b"Host: a", b"N" * size + b": v"])))
    return cases


def content_length():
    values = [b"5", b"05", b"+5", b"-5", b" 5", b"5 ", b"5\t", b"0x5", b"5.0", b"5,5",
              b"5, 5", b"5,6", b"", b"abc", b"99999999999999999999", b"18446744073709551615",
              b"1e1", b"5a", b"\xc3\xa9", b"0", b"00", b"4", b"6"]
    cases = []
    for v in values:
        for body in [b"hello", b"hello world", b""]:
            trimmed = v.strip(b" \t")
            prelude = []
            if trimmed.isdigit() and int(trimmed) < len(body):
                prelude = [echo("POST", "/", body[:int(trimmed)])]
            for mode in ["half", "open"]:
                cases.append((f"cl {v!r} body {body!r} {mode}", post([b"Content-Length: " + v], body), mode,
                              prelude))
    for a, b in [(b"5", b"5"), (b"5", b"6"), (b"5", b""), (b"0", b"5"), (b"5", b"05")]:
        for mode in ["half", "open"]:
            cases.append((f"cl twice {a!r} {b!r} {mode}",
                          post([b"Content-Length: " + a, b"Content-Length: " + b], b"hello"), mode))
    for m in [b"GET", b"HEAD", b"DELETE", b"OPTIONS"]:
        cases.append((f"cl body on {m!r}", req(m + b" / HTTP/1.1", [b"Host: a", b"Content-Length: 5"], b"hello")))
    return cases


def transfer_encoding():
    values = [b"chunked", b"Chunked", b"CHUNKED", b" chunked", b"chunked ", b"chunked, chunked",
              b"gzip, chunked", b"chunked, gzip", b"gzip", b"identity", b"identity, chunked",
              b"chunked;q=1", b"xchunked", b"chunkedx", b"chunked\t", b",chunked", b"chunked,",
              b"", b"deflate,chunked", b"gzip,chunked", b"\tchunked", b"chunked,,", b"chunk ed",
              b"\"chunked\""]
    cases = []
    for v in values:
        for cl in [None, b"5", b"15"]:
            for version in [b"HTTP/1.1", b"HTTP/1.0"]:
                headers = [b"Host: a", b"Transfer-Encoding: " + v]
                if cl is not None:
                    headers.append(b"Content-Length: " + cl)
                cases.append((f"te {v!r} cl {cl!r} {version!r}",
                              req(b"POST / " + version, headers, CHUNKED_OK)))
    for a, b in [(b"chunked", b"chunked"), (b"gzip", b"chunked"), (b"chunked", b"gzip"),
                 (b"identity", b"chunked"), (b"chunked", b"")]:
        for cl_first in [False, True]:
            headers = [b"Transfer-Encoding: " + a, b"Transfer-Encoding: " + b]
            if cl_first:
                headers = [b"Content-Length: 5"] + headers
            cases.append((f"te twice {a!r} {b!r} cl {cl_first}", post(headers, CHUNKED_OK)))
    for m in [b"GET", b"HEAD"]:
        cases.append((f"te on {m!r}", req(m + b" / HTTP/1.1", [b"Host: a", b"Transfer-Encoding: chunked"], CHUNKED_OK)))
    return cases


def chunk_syntax():
    te = [b"Transfer-Encoding: chunked"]
    sizes = [b"5", b"05", b"0005", b"-1", b"0x5", b"1g", b"5 ", b"5\t", b" 5", b"5;", b"5;a",
             b"5;a=b", b"5;a=\"b\"", b"5; a=b", b"5 ;a", b"5;a b", b"5;=b", b"5;a=\"b",
             b"FFFFFFFFFFFFFFFFFFFF", b"00000000000000000005", b"", b"5\x00", b"+5", b"5g",
             b"0000000000000000000000005"]
    cases = []
    for s in sizes:
        for mode in ["half", "open"]:
            cases.append((f"size {s!r} {mode}", post(te, s + b"\r\nhello\r\n0\r\n\r\n"), mode))
    data = [
        (b"3 data hello", b"3\r\nhello\r\n0\r\n\r\n"),
        (b"no crlf after data", b"5\r\nhello0\r\n\r\n"),
        (b"lf after data", b"5\r\nhello\n0\r\n\r\n"),
        (b"cr after data", b"5\r\nhello\r0\r\n\r\n"),
        (b"lf after size", b"5\nhello\r\n0\r\n\r\n"),
        (b"cr after size", b"5\rhello\r\n0\r\n\r\n"),
        (b"xx after data", b"5\r\nhelloXX0\r\n\r\n"),
        (b"6 data hello", b"6\r\nhello\r\n0\r\n\r\n"),
        (b"a data 10", b"a\r\n0123456789\r\n0\r\n\r\n"),
        (b"A data 10", b"A\r\n0123456789\r\n0\r\n\r\n"),
        (b"two chunks", b"3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n"),
        (b"last lf", b"5\r\nhello\r\n0\n\n"),
        (b"last 00", b"5\r\nhello\r\n00\r\n\r\n"),
        (b"last ext", b"5\r\nhello\r\n0;x=y\r\n\r\n"),
        (b"trailer", b"5\r\nhello\r\n0\r\nX: y\r\n\r\n"),
        (b"bad trailer", b"5\r\nhello\r\n0\r\nbad trailer\r\n\r\n"),
        (b"trailer no colon", b"5\r\nhello\r\n0\r\nX\r\n\r\n"),
        (b"trailer cl", b"5\r\nhello\r\n0\r\nContent-Length: 5\r\n\r\n"),
        (b"trailer lf", b"5\r\nhello\r\n0\r\nX: y\n\r\n"),
        (b"no last chunk crlf", b"5\r\nhello\r\n0\r\n"),
        (b"only last", b"0\r\n\r\n"),
        (b"empty", b""),
        (b"data past last", b"0\r\n\r\nGARBAGE"),
        (b"size then eof", b"5\r\n"),
        (b"space lines", b"5\r\nhello\r\n \r\n0\r\n\r\n"),
        (b"big chunk", b"4000\r\n" + b"x" * 0x4000 + b"\r\n0\r\n\r\n"),
        (b"big chunk short", b"4000\r\n" + b"x" * 100 + b"\r\n0\r\n\r\n"),
        (b"many chunks", b"1\r\nx\r\n" * 500 + b"0\r\n\r\n"),
        (b"long ext", b"5;" + b"e" * 20000 + b"\r\nhello\r\n0\r\n\r\n"),
        (b"nul in data ok", b"5\r\nhe\x00lo\r\n0\r\n\r\n"),
    ]
    for name, body in data:
        prelude = [echo("POST", "/", b"")] if body.startswith(b"0\r\n\r\n") else []
        for mode in ["half", "open"]:
            cases.append((f"{name.decode()} {mode}", post(te, body), mode, prelude))
    return cases


def truncation():
    cases = []
    head = post([b"Content-Length: 10"], b"")
    for n in range(0, 11):
        cases.append((f"cl body {n} of 10", head + b"0123456789"[:n]))
    for n in range(0, len(CHUNKED_OK)):
        cases.append((f"chunked body {n} of {len(CHUNKED_OK)}",
                      post([b"Transfer-Encoding: chunked"], b"")+ CHUNKED_OK[:n]))
    full = post([b"Content-Length: 5"], b"hello")
    for n in range(1, len(full) - 5, 3):
        cases.append((f"head cut at {n}", full[:n]))
    for n in range(0, 11, 2):
        cases.append((f"second request body {n} of 10", GOOD + head + b"0123456789"[:n], "half", [GOOD_ECHO]))
    return cases


BAD = [
    b"GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: a\r\n\r\n",
    b"G(T / HTTP/1.1\r\nHost: a\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
    b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n" + CHUNKED_OK,
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n" + CHUNKED_OK,
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nhello\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\nhello",
    b"GET / HTTP/1.1\nHost: a\n\n",
    b"GET / HTTP/1.1\r\n\r\n",
    b"GET foo HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nX: \x01\r\n\r\n",
    b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    b"GET /\r\n\r\n",
    b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03",
    b"GET / HTTP/1.1\r\nHost: a\r\nExpect: junk\r\nContent-Length: 5\r\n\r\nhello",
]


def pipelining():
    cases = []
    for i, bad in enumerate(BAD):
        cases.append((f"good bad good {i}", GOOD + bad + GOOD, "half", [GOOD_ECHO]))
        cases.append((f"bad good {i}", bad + GOOD))
        cases.append((f"post bad {i}", post([b"Content-Length: 5"], b"hello") + bad, "half", [HELLO_ECHO]))
        cases.append((f"chunked bad {i}", post([b"Transfer-Encoding: chunked"], CHUNKED_OK) + bad + GOOD, "half",
                      [HELLO_ECHO]))
    for n in [2, 3, 5, 10, 50]:
        cases.append((f"{n} good", GOOD * n))
        cases.append((f"{n} good open", GOOD * n, "open"))
    cases.append(("smuggle cl te", post([b"Content-Length: 4", b"Transfer-Encoding: chunked"],
                                        b"0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n")))
    cases.append(("smuggle te cl", post([b"Transfer-Encoding: chunked", b"Content-Length: 50"],
                                        b"0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n")))
    cases.append(("smuggle te te", post([b"Transfer-Encoding: chunked", b"Transfer-Encoding: x"],
                                        b"0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n")))
    cases.append(("smuggle body", post([b"Content-Length: 37"], b"GET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n")))
    return cases


def prefaces():
    rnd = random.Random(22)
    cases = [
        ("http/0.9 get", b"GET /\r\n"),
        ("http/0.9 get crlf", b"GET /\r\n\r\n"),
        ("http/0.9 get lf", b"GET /\n"),
        ("no target", b"GET\r\n\r\n"),
        ("no version", b"GET / \r\n\r\n"),
        ("h2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
        ("h2 preface and settings", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00"),
        ("h2 preface half", b"PRI * HTTP/2.0\r\n"),
        ("h2c upgrade", req(b"GET / HTTP/1.1", [b"Host: a", b"Connection: Upgrade, HTTP2-Settings",
                                                 b"Upgrade: h2c", b"HTTP2-Settings: AAMAAABkAAQAAP__"])),
        ("tls client hello", b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + bytes(range(32))),
        ("ssh banner", b"SSH-2.0-OpenSSH_9.2\r\n"),
        ("only crlf", b"\r\n"),
        ("only crlfs", b"\r\n" * 10),
        ("nothing", b""),
        ("nul", b"\x00"),
        ("nuls", b"\x00" * 100),
        ("space", b" "),
        ("smtp", b"HELO example.com\r\n"),
        ("socks5", b"\x05\x01\x00"),
        ("proxy protocol", b"PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n" + GOOD),
        ("http/1.0 no host", b"GET / HTTP/1.0\r\n\r\n"),
        ("rtsp", b"OPTIONS * RTSP/1.0\r\nCSeq: 1\r\n\r\n"),
        ("ice", b"SOURCE /x ICE/1.0\r\n\r\n"),
    ]
    for i in range(40):
        n = rnd.choice([1, 7, 64, 500, 4000])
        cases.append((f"random {i}", bytes(rnd.randrange(256) for _ in range(n))))
    for i in range(20):
        junk = bytes(rnd.randrange(256) for _ in range(rnd.choice([1, 3, 9])))
        cases.append((f"junk then request {i}", junk + GOOD))
    return cases


CATEGORIES = [
    ("request-line", request_line),
    ("header-syntax", header_syntax),
    ("header-limits", header_limits),
    ("content-length", content_length),
    ("transfer-encoding", transfer_encoding),
    ("chunk-syntax", chunk_syntax),
    ("truncation", truncation),
    ("pipelining", pipelining),
    ("prefaces", prefaces),
]


def all_cases():
    """[(id, category, bytes, mode, prelude)], ids unique ('category/name')."""
    out = []
    seen = set()
    for category, make in CATEGORIES:
        for case in make():
            name, data = case[0], case[1]
            mode = case[2] if len(case) > 2 else "half"
            prelude = case[3] if len(case) > 3 else []
            cid = f"{category}/{name}"
            n = 2
            while cid in seen:
                cid = f"{category}/{name} #{n}"
                n += 1
            seen.add(cid)
            out.append((cid, category, data, mode, prelude))
    return out
