#!/usr/bin/env python3
"""Writes docs/cli.md, the programctl reference, from the command's own help.

    programctl --experimental-dump-help | python3 docs/tools/cli_reference.py > docs/cli.md

The help texts in Sources/programctl are the source; this only arranges them, so the reference
says exactly what `programctl <command> --help` says. A test fails when docs/cli.md is stale.

The witness's section comes from `programwitness --experimental-dump-help`, run from
$PROGRAMWITNESS or else .build/debug/programwitness beside this repository's docs.
"""

import json
import os
import pathlib
import subprocess
import sys

INTRO = """# programctl — command reference

`programctl` records the programme's events and reads them back. Every write goes through the
programme's rules and is appended to the log, all or nothing; every refusal names the field and
the rule, exits non-zero and appends nothing.

Generated from the commands' own help (`programctl <command> --help` shows the same); do not edit
by hand: `swift build && .build/debug/programctl --experimental-dump-help | python3
docs/tools/cli_reference.py > docs/cli.md`.

## Conventions

- **Store**: `--db PATH` (an SQLite file) or `--db postgres://USER@HOST[:PORT]/DATABASE` (a
  PostgreSQL database: [postgresql-format.md](postgresql-format.md), operations.md "PostgreSQL"),
  else `$PROGRAM_DB`, else `./programme.sqlite`. Every command works on either, but `backup`
  (use `pg_dump`) and, for now, `privacy purge`.
- **Who records**: `--as MEMBER`, an active core group member's id (K1, K2, …), kept with every
  event. Only `init` and the very first member need none.
- **Retries**: `--request-id ID` makes a write idempotent: retried with the same id, it records
  nothing and prints what the first attempt recorded. A request id used for another command, or
  for the same command with other values, is refused.
- **Placement**: `--db`, `--as`, `--json`, `--lang` and `--request-id` may stand before the
  subcommand as well as after it: `programctl --db zl.sqlite --json member list` is `programctl
  member list --db zl.sqlite --json`.
- **Reads** with nothing to show exit 0 and say so (`no decisions recorded yet`); with `--json`
  they print an empty array.
- **Output**: text for people; `--json` for machines (errors too, as `{"error":{…},"exitCode":N}`
  on standard error — a usage error as well, with `"kind":"usage"` and exit code 64, when `--json`
  stands anywhere before a `--`).
- **Language**: `--lang nl` or `--lang en`; without it, Dutch when the first of `$LC_ALL`,
  `$LC_MESSAGES` and `$LANG` that is set starts with `nl`, else English. Text output writes
  amounts and dates as the language does — `€ 48.000,00` (a non-breaking space after `€`) and
  `7 juni 2023`, or `€48,000.00` and `7 June 2023`. Reports (`report progress`, `report publish`,
  `audit replay`) are Dutch unless `--lang en`. `--json` output is the same in either: codes,
  cents, ISO dates. Error messages are in English.
- **Values from a list** (outcome, constituency, category, source, channel, direction) are given by
  their code or their Dutch word, as each option's help lists them (`--outcome aangenomen` is
  `--outcome adopted`); case and accents do not matter. A pillar is given by its number or its
  name in the programme (`--pillar 3`, `--pillar empowerment`). The log holds the code.
- **Dates** are `YYYY-MM-DD` (JJJJ-MM-DD); times are local (Europe/Amsterdam) `YYYY-MM-DDTHH:MM` or
  ISO 8601 with a zone. A malformed date or time is a usage error that names the option and shows
  the format.
- **Amounts** are euros, kept exactly in cents: `48000`, `48000,00`, `48000.00`, `48.000,00`,
  `48,000.00`, `€ 48.000,00`, `EUR 48000`. With both `.` and `,` the last one separates the cents.
  A single `.` or `,` before exactly three digits could be either (`1.250`: € 1.250,00 or € 1,25?)
  and is refused, saying how to write each (`1250` or `1.250,00`, or `1,25`) — except before `000`
  (`€ 48.000`), which no amount in cents writes. More than two decimals, a sign and more than
  € 100.000.000,00 are refused too.
- **Personal data** (names, e-mail, phone, quotes) is stored encrypted per person and shown only
  by programctl, never by programd.

## Another region's programme

`programctl init --definition FILE` records a programme described in JSON instead of the built-in
Zuid-Limburg one: other pillars, other municipalities (with validity dates), another framework
period. The fields:

```json
{
  "name": "Jeugdparticipatie Voorbeeldregio",
  "region": "Voorbeeldregio",
  "frameworkTitle": "Beleidskader jeugd 2025–2029",
  "frameworkFirstYear": 2025,
  "frameworkLastYear": 2029,
  "startsOn": "2024-01-01",
  "pillars": [
    {"number": 1, "name": "Gedeelde visie", "description": "Een gedeelde visie op ervaringskennis"},
    {"number": 2, "name": "Implementatie", "description": "Ervaringskennis in de praktijk"},
    {"number": 3, "name": "Scholing", "description": "Scholing van ervaringsdeskundigen"}
  ],
  "municipalities": [
    {"code": "GM0001", "name": "Oostdorp"},
    {"code": "GM0002", "name": "Westdorp", "validUntil": "2025-12-31"},
    {"code": "GM0003", "name": "Samendorp", "validFrom": "2026-01-01"}
  ],
  "adviceResponseDays": 28,
  "themes": ["Wonen", "School"],
  "peopleConcerned": ["youth", "parent"]
}
```

Pillars are numbered 1, 2, 3, … without gaps, each with a name; municipality codes are unique
(a programme that is not one of municipalities lists none). `adviceResponseDays` (optional, 1 to
365) is the time an addressee has to respond to advice of the participation bodies; without it,
six weeks (42 days). `themes` (optional, at most 20, each once) are the themes the programme works
on; `peopleConcerned` (optional: `youth`, `parent`, `client-representative`) the constituencies of
which a core group meeting needs one present — without it, all three.
[docs/programme-definition.md](programme-definition.md) describes every field; `docs/examples/`
holds the definitions of Overijssel's network of youth and parents, LEJO and Haaglanden.

## Shell completion

argument-parser writes a completion script for bash, zsh and fish; it completes subcommands,
options and the values of options with a list (codes and Dutch words alike):

```sh
# bash: for the current user (needs the bash-completion package)
mkdir -p ~/.local/share/bash-completion/completions
programctl --generate-completion-script bash > ~/.local/share/bash-completion/completions/programctl

# zsh: a directory on $fpath, e.g. ~/.zfunc with `fpath+=~/.zfunc; autoload -U compinit; compinit` in ~/.zshrc
mkdir -p ~/.zfunc
programctl --generate-completion-script zsh > ~/.zfunc/_programctl

# fish
programctl --generate-completion-script fish > ~/.config/fish/completions/programctl.fish
```

Open a new shell afterwards. Generate the script again after installing a new programctl.

## Exit codes

| code | meaning |
|---|---|
| 0 | success |
| 3 | recorded, but follow-up work is pending: the events are in the log (do not record them again); the warning says what is left, e.g. run `programctl privacy purge` once no reader holds the store |
| 64 | usage error: unknown option, missing or malformed value |
| 65 | rule violation: the programme's rules refused the input; nothing was recorded |
| 66 | no programme store at the path (run `programctl init`), no log in the database at the URL, or the server refused the role |
| 69 | not now or not with this version: the PostgreSQL server cannot be reached (try again), or e.g. reproducing a report published with another report layout (the message names the layout) |
| 70 | internal error in programctl |
| 74 | damaged or foreign store, newer schema, a copy unreadable as it is, or failed verification |
| 75 | conflict: another writer held the store or changed it first; try again |
| 76 | witnesses: fewer cosigned the checkpoint than --quorum asks (each refusal is named, e.g. a fork); nothing was written |

## Commands
"""

SHARED = {"db", "as", "json", "lang", "request-id", "help", "version"}


def option_line(argument):
    names = argument.get("names", [])
    spelled = ", ".join(("--" if n["kind"] == "long" else "-") + n["name"] for n in names)
    value = argument.get("valueName")
    if argument.get("kind") == "positional":
        spelled = f"<{value}>"
    elif argument.get("kind") == "option":
        spelled += f" <{value}>"
    help_text = (argument.get("abstract") or "").strip()
    default = argument.get("defaultValue")
    if default and argument.get("kind") != "flag":
        help_text += f" (default: {default})"
    if argument.get("isRepeating") and argument.get("kind") == "option":
        help_text += " Repeatable."
    return f"- `{spelled}` — {help_text}"


def command(section, path):
    name = " ".join(path)
    lines = [f"### `{name}`", ""]
    if section.get("abstract"):
        lines += [section["abstract"].strip(), ""]
    subcommands = [s for s in section.get("subcommands", []) or [] if s["commandName"] != "help"]
    arguments = [a for a in section.get("arguments", []) or [] if a.get("shouldDisplay", True)]
    own = [a for a in arguments if not ({n["name"] for n in a.get("names", [])} & SHARED)]
    shared = sorted({n["name"] for a in arguments for n in a.get("names", []) if n["name"] in SHARED} - {"help", "version"})
    if subcommands:
        lines += ["Subcommands: " + ", ".join(f"`{s['commandName']}`" for s in subcommands) + ".", ""]
    elif own or shared:
        lines += [option_line(a) for a in own]
        if shared:
            lines.append("- Also: " + ", ".join(f"`--{n}`" for n in shared) + " (see Conventions).")
        lines.append("")
    if section.get("discussion"):
        lines += ["```text", section["discussion"].strip("\n"), "```", ""]
    out = "\n".join(lines) + "\n"
    for sub in subcommands:
        out += command(sub, path + [sub["commandName"]])
    return out


def witness_section():
    """The programwitness commands, from its own help."""
    default = pathlib.Path(__file__).resolve().parents[2] / ".build" / "debug" / "programwitness"
    executable = os.environ.get("PROGRAMWITNESS") or str(default)
    try:
        dump = subprocess.run([executable, "--experimental-dump-help"], check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"cli_reference.py: cannot run {executable} --experimental-dump-help ({error}): build it first")
    root = json.loads(dump.stdout)["command"]
    lines = ["## The witness: programwitness", "", root["abstract"].strip(), ""]
    lines += ["```text", root["discussion"].strip("\n"), "```", ""]
    return "\n".join(lines) + "\n" + "".join(
        command(sub, ["programwitness", sub["commandName"]])
        for sub in root.get("subcommands", [])
        if sub["commandName"] != "help"
    )


def main():
    dump = json.load(sys.stdin)
    root = dump["command"]
    body = "".join(
        command(sub, ["programctl", sub["commandName"]])
        for sub in root.get("subcommands", [])
        if sub["commandName"] != "help"
    )
    sys.stdout.write(INTRO + "\n" + body + witness_section())


if __name__ == "__main__":
    main()
