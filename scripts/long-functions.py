#!/usr/bin/env python3
"""Lists the C++ functions longer than a limit, longest first.

    scripts/long-functions.py [--max N] [--exclude DIR]... [PATH]...

PATH: files or folders (default: src). A function's length counts its lines from the first
line of its signature to its closing brace. Lambdas count towards the function they are written
in; class bodies and namespaces are looked into, initialisers (`const Rule x{...}`) are not.
Exits 1 when a function is over the limit (default 80), 0 otherwise, so CI can run it:

    scripts/long-functions.py --exclude src/render --exclude src/lsp src

The parse is brace matching on the text with comments, strings and character literals blanked
out: good enough for this code base, not a C++ parser.
"""
import argparse
import os
import re
import sys

CONTAINER = re.compile(r'\b(namespace|class|struct|union|enum)\b[^()]*$|\bextern\s*$', re.S)
FUNCTION_END = re.compile(
    r'\)\s*(const|noexcept|override|final|mutable|&|&&|\s)*(->\s*[\w:<>,\s*&]+)?\s*$', re.S)
INITIALIZER_LIST = re.compile(r'\)\s*:\s*[\w:]+\s*[({].*$', re.S)
NAME = re.compile(r'(operator\s*[^\s(]+|~?[A-Za-z_]\w*(?:::~?[A-Za-z_]\w*)*)\s*\(')
CONTROL = {'if', 'for', 'while', 'switch', 'catch', 'return', 'sizeof', 'decltype', 'alignof',
           'static_assert', 'requires', 'noexcept'}


def blank(code):
    """The code with comments, strings and character literals replaced by spaces (newlines
    kept, so positions and line numbers stay)."""
    out = list(code)
    i, n = 0, len(code)

    def wipe(a, b):
        for k in range(a, min(b, n)):
            if out[k] != '\n':
                out[k] = ' '

    while i < n:
        c = code[i]
        if code.startswith('//', i):
            j = code.find('\n', i)
            j = n if j < 0 else j
            wipe(i, j)
            i = j
        elif code.startswith('/*', i):
            j = code.find('*/', i + 2)
            j = n if j < 0 else j + 2
            wipe(i, j)
            i = j
        elif c == 'R' and code.startswith('"', i + 1) and (i == 0 or not (code[i - 1].isalnum() or code[i - 1] == '_')):
            open_paren = code.find('(', i)
            close = ')' + code[i + 2:open_paren] + '"'
            j = code.find(close, open_paren)
            j = n if j < 0 else j + len(close)
            wipe(i + 1, j - 1)
            i = j
        elif c == '"' or (c == "'" and (i == 0 or not code[i - 1].isalnum())):
            j = i + 1
            while j < n and code[j] != c and code[j] != '\n':
                j += 2 if code[j] == '\\' else 1
            wipe(i + 1, j)
            i = j + 1
        else:
            i += 1
    # Preprocessor lines (with their continuations) end no statement, so blank them too.
    lines = ''.join(out).split('\n')
    continued = False
    for k, line in enumerate(lines):
        if continued or line.lstrip().startswith('#'):
            continued = line.endswith('\\')
            lines[k] = ' ' * len(line)
    return '\n'.join(lines)


def matching_brace(code, i):
    depth = 0
    for j in range(i, len(code)):
        if code[j] == '{':
            depth += 1
        elif code[j] == '}':
            depth -= 1
            if depth == 0:
                return j
    return len(code) - 1


def functions(code):
    """(name, first line, last line) of every function defined in `code` (blanked)."""
    found = []
    line_of = lambda pos: code.count('\n', 0, pos) + 1

    def scan(start, end):
        header_start = start
        i = start
        while i < end:
            c = code[i]
            if c in ';}':
                header_start = i + 1
            elif c == '{':
                header = code[header_start:i]
                close = matching_brace(code, i)
                stripped = header.strip()
                if CONTAINER.search(stripped) or stripped.endswith('extern'):
                    scan(i + 1, close)
                elif FUNCTION_END.search(header) or INITIALIZER_LIST.search(header):
                    names = [m.group(1) for m in NAME.finditer(header)
                             if m.group(1).split('::')[-1] not in CONTROL]
                    name = names[0] if names else '?'
                    first = header_start + (len(header) - len(header.lstrip()))
                    found.append((name, line_of(first), line_of(close)))
                i = close
                header_start = close + 1
            i += 1

    scan(0, len(code))
    return found


def sources(paths, excluded):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if os.path.join(folder, d) not in excluded)
            for f in sorted(files):
                if f.endswith(('.cc', '.cpp', '.h', '.hpp')):
                    yield os.path.join(folder, f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--max', type=int, default=80, help='longest allowed, in lines (80)')
    parser.add_argument('--exclude', action='append', default=[], metavar='DIR',
                        help='a folder to leave out (repeatable)')
    parser.add_argument('paths', nargs='*', default=['src'])
    args = parser.parse_args()
    excluded = {os.path.normpath(d) for d in args.exclude}
    long = []
    for path in sources(args.paths, excluded):
        with open(path, encoding='utf-8', errors='replace') as f:
            code = blank(f.read())
        for name, first, last in functions(code):
            length = last - first + 1
            if length > args.max:
                long.append((length, path, first, name))
    long.sort(key=lambda x: (-x[0], x[1], x[2]))
    for length, path, first, name in long:
        print(f'{path}:{first}: {name}: {length} lines')
    print(f'{len(long)} function{"" if len(long) == 1 else "s"} over {args.max} lines',
          file=sys.stderr)
    return 1 if long else 0


if __name__ == '__main__':
    sys.exit(main())
