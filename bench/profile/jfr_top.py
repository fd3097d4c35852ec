#!/usr/bin/env python3
"""Hottest frames of a JFR recording, per benchmark phase.

usage: jfr print --json --stack-depth 64 --events jdk.ExecutionSample x.jfr > x.json
       python3 jfr_top.py x.json [phase-method ...] [--top=25]

A sample belongs to a phase when its stack holds a frame whose "Class.method" ends with the
phase name (e.g. SochDbTarget.pointReads, Checkpointer.checkpoint). For each phase it prints
how many samples were taken and, for the top frames (the method executing) and for every frame
on the stack (inclusive), the share of samples.
"""
import collections
import json
import sys


def frame_name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = 25
    for a in sys.argv[1:]:
        if a.startswith("--top="):
            top = int(a[6:])
    data = json.load(open(args[0]))
    phases = args[1:] or ["(all)"]
    events = data["recording"]["events"]
    for phase in phases:
        self_c = collections.Counter()
        incl_c = collections.Counter()
        threads = collections.Counter()
        n = 0
        for e in events:
            st = e["values"].get("stackTrace")
            if not st:
                continue
            frames = [frame_name(f) for f in st["frames"]]
            if phase != "(all)" and not any(fr.endswith(phase) for fr in frames):
                continue
            n += 1
            threads[e["values"]["sampledThread"].get("javaName") or "?"] += 1
            self_c[frames[0]] += 1
            for fr in set(frames):
                incl_c[fr] += 1
        print(f"== phase {phase}: {n} samples; threads {dict(threads.most_common(4))}")
        if n == 0:
            continue
        print("   self (top frame):")
        for fr, c in self_c.most_common(top):
            print(f"   {100.0 * c / n:5.1f}%  {c:6d}  {fr}")
        print("   inclusive (on the stack):")
        for fr, c in incl_c.most_common(top):
            print(f"   {100.0 * c / n:5.1f}%  {c:6d}  {fr}")
        print()


if __name__ == "__main__":
    main()
