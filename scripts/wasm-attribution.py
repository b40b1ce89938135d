#!/usr/bin/env python3
"""Where the bytes of a wasm file go, by crate: sums the code size of every function by the crate
its (mangled) name starts with, plus the data segments, and prints raw bytes and an estimate of
each crate's share of the gzip size (its raw share of the code times the gzip size of the whole
code section). Code that a generic of another crate instantiates for this crate's types (Yew's component machinery
for each component, say) counts as this crate's. Needs a wasm with a name section: the output of
`wasm-bindgen` on `cargo build --release --target wasm32-unknown-unknown` (before wasm-opt).

Usage: cargo build --release --target wasm32-unknown-unknown
       wasm-bindgen --target web --out-dir target/attribution \
         target/wasm32-unknown-unknown/release/provider-compare.wasm
       scripts/wasm-attribution.py target/attribution/provider-compare_bg.wasm [CRATE N]

With CRATE and N it also lists that crate's N largest functions (demangled-name prefix), to see
what within a crate costs most.
"""
import gzip
import re
import sys
from collections import defaultdict


def leb(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def sections(buf):
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, j = leb(buf, i + 1)
        yield sid, buf[j:j + size]
        i = j + size


def crate_of(name):
    # Generic code instantiated for this crate's types (a Yew component's lifecycle, say) is
    # this crate's cost, wherever the generic was defined.
    if "provider_compare" in name:
        return "provider_compare"
    return defined_in(name)


def defined_in(name):
    # Legacy mangling: _ZN<len><ident>...; v0: _R...; generic impls start with `<`.
    m = re.match(r"_ZN(\d+)", name)
    if m:
        n = int(m.group(1))
        start = m.end()
        ident = name[start:start + n]
        if ident.startswith("_$LT$"):
            inner = re.match(r"_\$LT\$(\w+?)\.\.", ident)
            if inner:
                return inner.group(1)
        return ident
    # Demangled names: `crate::path`, `<crate[hash]::Type as other::Trait>::f`, `<&T as …>`.
    m = re.match(r"[<&\s]*(?:mut |dyn )?([A-Za-z_]\w*)(?:\[[0-9a-f]+\])?::", name)
    if m:
        return m.group(1)
    return "(other)"


def main(path, focus=None, top=0):
    buf = open(path, "rb").read()
    imported = 0
    names = {}
    bodies = []
    data = 0
    for sid, body in sections(buf):
        if sid == 2:  # imports: functions imported take the first indices
            count, i = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, i = leb(body, i)
                    i += n
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, i)
                bodies.append(body[j:j + size])
                i = j + size
        elif sid == 11:
            data = len(body)
        elif sid == 0:
            n, i = leb(body, 0)
            if body[i:i + n] != b"name":
                continue
            i += n
            while i < len(body):
                sub = body[i]
                size, j = leb(body, i + 1)
                if sub == 1:
                    count, k = leb(body, j)
                    for _ in range(count):
                        idx, k = leb(body, k)
                        ln, k = leb(body, k)
                        names[idx] = body[k:k + ln].decode("utf-8", "replace")
                        k += ln
                i = j + size
    code = b"".join(bodies)
    code_gzip = len(gzip.compress(code, 9))
    by_crate = defaultdict(int)
    for n, b in enumerate(bodies):
        by_crate[crate_of(names.get(n + imported, "?"))] += len(b)
    total = sum(by_crate.values())
    print(f"{'crate':<28}{'code bytes':>12}{'share':>8}{'≈ gzip':>10}")
    for crate, size in sorted(by_crate.items(), key=lambda kv: -kv[1]):
        if size * 2000 < total:
            continue
        print(f"{crate:<28}{size:>12,}{size / total:>8.1%}{size / total * code_gzip:>10,.0f}")
    print(f"{'(all code)':<28}{total:>12,}{'':>8}{code_gzip:>10,}")
    print(f"{'(data segments)':<28}{data:>12,}")
    if focus:
        mine = [(len(b), names.get(n + imported, "?")) for n, b in enumerate(bodies)
                if crate_of(names.get(n + imported, "?")) == focus]
        print(f"\n{focus}: {top} largest of {len(mine)} functions")
        for size, name in sorted(mine, reverse=True)[:top]:
            print(f"{size:>10,}  {name[:150]}")


if __name__ == "__main__":
    main(sys.argv[1], *(sys.argv[2:3]), *(int(a) for a in sys.argv[3:4]))
