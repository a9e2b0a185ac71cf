#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs one end-to-end case against the real lpg binary.

A case is a directory tests/cli/<command>/<case>/ holding:
  args        the command line under test (shell words, without the leading `lpg`)
  setup       optional: lpg command lines run first, one per line; each must exit 0
              (`!sh CMD` lines run a shell command instead)
  lpg.toml    optional: the configuration file ($LPG_CONFIG points at it)
  env         optional: KEY=VALUE lines added to the environment (KEY= unsets)
  stdin       optional: fed to the command under test
  files/      optional: copied into the temporary directory (the working directory)
  exit        expected exit code (default 0)
  stdout      expected standard output (default empty)
  stderr      expected standard error (default empty)
  after       optional: lpg command lines run afterwards (lines starting `!sqlite3 SQL`
              query the database, `!sh CMD` runs a shell command in the temporary directory);
              their outputs, concatenated, must equal `after.out`.
              Use it to show that a refused command changed nothing.

Each case runs in a fresh temporary directory with its own HOME, XDG_* dirs, LPG_DB,
TZ=UTC, LC_ALL=C.UTF-8, NO_COLOR=1 and LPG_NOW=2026-11-30T09:00. The temporary directory in any
output is replaced with {TMP}, and random meeting UIDs with {UID}. LPG_BLESS=1 rewrites the expected files from what ran.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

LPG, CASE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
BLESS = os.environ.get("LPG_BLESS") == "1"


def read(name, default=None):
    path = os.path.join(CASE, name)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def make_env(tmp):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(tmp, "home"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "home", ".config"),
        "XDG_DATA_HOME": os.path.join(tmp, "home", ".local", "share"),
        "LPG_DB": os.path.join(tmp, "lpg.db"),
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
        "LPG_NOW": "2026-11-30T09:00",
        "USER": "tester",
    }
    if os.path.exists(os.path.join(CASE, "lpg.toml")):
        env["LPG_CONFIG"] = os.path.join(tmp, "lpg.toml")
    for line in (read("env") or "").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        value = value.replace("{TMP}", tmp)
        if value:
            env[key] = value
        else:
            env.pop(key, None)
    return env


def run(tmp, env, words, stdin=None):
    return subprocess.run([LPG] + words, cwd=tmp, env=env, input=stdin, capture_output=True,
                          timeout=120)


UID = re.compile(r"[0-9a-f]{32}@lpg")


def normalise(data, tmp):
    text = data.decode("utf-8", errors="surrogateescape")
    text = text.replace(os.path.realpath(tmp), "{TMP}").replace(tmp, "{TMP}")
    return UID.sub("{UID}", text)  # meeting UIDs are random by design


def words_of(line, tmp):
    return [w.replace("{TMP}", tmp) for w in shlex.split(line)]


def command_lines(text):
    return [l for l in (text or "").splitlines() if l.strip() and not l.lstrip().startswith("#")]


def run_line(tmp, env, line):
    if line.startswith("!sqlite3 "):
        return subprocess.run(["sqlite3", env["LPG_DB"], line[len("!sqlite3 "):]],
                              capture_output=True, timeout=60)
    if line.startswith("!sh "):
        return subprocess.run(["bash", "-c", line[len("!sh "):]], cwd=tmp, env=env,
                              capture_output=True, timeout=60)
    return run(tmp, env, words_of(line, tmp))


def run_after(tmp, env):
    out = []
    for line in command_lines(read("after")):
        r = run_line(tmp, env, line)
        out.append(f"$ {line}\n" + normalise(r.stdout, tmp) + normalise(r.stderr, tmp))
        if r.returncode:
            out.append(f"[exit {r.returncode}]\n")
    return "".join(out)


def compare(name, expected, actual, failures):
    if expected == actual:
        return
    if BLESS:
        with open(os.path.join(CASE, name), "w", encoding="utf-8", newline="") as f:
            f.write(actual)
        return
    failures.append(f"--- {name}: expected\n{expected}\n--- {name}: actual\n{actual}")


def main():
    # A fixed-length path under /tmp keeps aligned tables aligned after {TMP} replaces it.
    tmp = tempfile.mkdtemp(prefix="lpg-case-", dir="/tmp")
    try:
        files = os.path.join(CASE, "files")
        if os.path.isdir(files):
            shutil.copytree(files, tmp, dirs_exist_ok=True)
        if os.path.exists(os.path.join(CASE, "lpg.toml")):
            shutil.copy(os.path.join(CASE, "lpg.toml"), os.path.join(tmp, "lpg.toml"))
        env = make_env(tmp)
        for line in command_lines(read("setup")):
            r = run_line(tmp, env, line)
            if r.returncode != 0:
                sys.exit(f"setup failed: {line}\n{r.stdout.decode()}{r.stderr.decode()}")
        stdin = read("stdin")
        r = run(tmp, env, words_of((read("args") or "").strip(), tmp),
                stdin.encode() if stdin is not None else None)
        failures = []
        compare("exit", (read("exit") or "0").strip() + "\n", f"{r.returncode}\n", failures)
        compare("stdout", read("stdout", ""), normalise(r.stdout, tmp), failures)
        compare("stderr", read("stderr", ""), normalise(r.stderr, tmp), failures)
        if read("after") is not None:
            compare("after.out", read("after.out", ""), run_after(tmp, env), failures)
        if failures:
            print("\n".join(failures))
            sys.exit(1)
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", tmp], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


main()
