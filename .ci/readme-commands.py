#!/usr/bin/python3
"""Runs the commands of one README section as written: every ```bash block line by line (each must exit 0)
and every ```python block as a script (notebooks/ on its path), from the repository's root.

    .ci/readme-commands.py "Query the tables"
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def section(text, title):
    lines = text.splitlines()
    for i, line in enumerate(lines):
        heading = re.match(r"^(#+) (.*)$", line)
        if heading and heading.group(2).strip() == title:
            level = len(heading.group(1))
            end = next((j for j in range(i + 1, len(lines))
                        if re.match(r"^#{1,%d} " % level, lines[j])), len(lines))
            return "\n".join(lines[i + 1:end])
    sys.exit("readme-commands: README.md has no section '%s'" % title)


def main():
    title = sys.argv[1]
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
        body = section(readme.read(), title)
    blocks = re.findall(r"^```(bash|python)\n(.*?)^```", body, re.M | re.S)
    if not blocks:
        sys.exit("readme-commands: section '%s' has no bash or python block" % title)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "notebooks"))
    for language, code in blocks:
        commands = [line for line in code.splitlines() if line.strip() and not line.startswith("#")]
        if language == "python":
            commands = [code]
        for command in commands:
            print("$ " + (command if language == "bash" else "python3 <<" + repr(code.splitlines()[0]) + " ..."),
                  flush=True)
            argv = ["bash", "-euo", "pipefail", "-c", command] if language == "bash" else ["/usr/bin/python3", "-c", code]
            result = subprocess.run(argv, cwd=ROOT, env=env)
            if result.returncode != 0:
                sys.exit("readme-commands: '%s' exited %d" % (command.splitlines()[0], result.returncode))
    print("readme-commands: %d blocks of '%s' ran" % (len(blocks), title))


if __name__ == "__main__":
    main()
