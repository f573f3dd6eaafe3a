#!/usr/bin/python3
"""The journey analyses in pandas, as a data analyst would write them: the peer of the
analysis benchmark. Reads a clickstream CSV written by `journeyscope-cli generate` and prints
one JSON object with the seconds each step took and a few results to compare.

    pandas_analyses.py FILE.csv STEP1,STEP2,... GOAL
"""
import json
import sys
import time

import pandas as pd

path, steps, goal = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
window = pd.Timedelta(days=30)
seconds = {}


def timed(name):
    class Timer:
        def __enter__(self):
            self.start = time.perf_counter()

        def __exit__(self, *args):
            seconds[name] = time.perf_counter() - self.start

    return Timer()


with timed("load"):
    df = pd.read_csv(path, usecols=["user_id", "timestamp", "event", "channel", "value"],
                     dtype={"user_id": "category", "event": "category", "channel": "category"})
    df["ts"] = pd.to_datetime(df["timestamp"], utc=True)
    df = df.drop(columns="timestamp")

with timed("sort"):
    # Journeys: each customer's events in time order, ties in file order.
    df = df.sort_values(["user_id", "ts"], kind="stable", ignore_index=True)
    by_user = df.groupby("user_id", observed=True, sort=False)

with timed("graph"):
    nxt = by_user["event"].shift(-1)
    gap = (by_user["ts"].shift(-1) - df["ts"]).dt.total_seconds()
    pairs = pd.DataFrame({"from": df["event"], "to": nxt, "user": df["user_id"], "gap": gap})
    pairs = pairs.dropna(subset=["to"])
    edges = pairs.groupby(["from", "to"], observed=True).agg(
        count=("user", "size"), customers=("user", "nunique"), median=("gap", "median"))
    starts = by_user["event"].first().value_counts()
    ends = by_user["event"].last().value_counts()
    nodes = df.groupby("event", observed=True).agg(events=("user_id", "size"),
                                                   customers=("user_id", "nunique"))

with timed("funnel"):
    # Ordered funnel, earliest matches, within 30 days of the first step.
    reached = df[df["event"] == steps[0]].groupby("user_id", observed=True)["ts"].min()
    first = reached.rename("first")
    counts = [len(reached)]
    for step in steps[1:]:
        candidates = df.loc[df["event"] == step, ["user_id", "ts"]].merge(
            reached.rename("previous").reset_index(), on="user_id").merge(
            first.reset_index(), on="user_id")
        candidates = candidates[(candidates["ts"] >= candidates["previous"])
                                & (candidates["ts"] - candidates["first"] <= window)]
        reached = candidates.groupby("user_id", observed=True)["ts"].min()
        counts.append(len(reached))

with timed("variants"):
    variants = by_user["event"].agg(tuple).value_counts()
    top = variants.head(20)

with timed("friction"):
    last = by_user.tail(1)
    converted = df.loc[df["event"] == goal, "user_id"].unique()
    exits = last[~last["user_id"].isin(converted)]["event"].value_counts()
    reached_by = df.groupby("event", observed=True)["user_id"].nunique()
    exit_rate = (exits / reached_by).fillna(0)
    repeats = df.groupby(["user_id", "event"], observed=True).size()
    repeat_rate = (repeats - 1).groupby(level="event", observed=True).sum() / nodes["events"]
    dwell = (by_user["ts"].shift(-1) - df["ts"]).dt.total_seconds()
    median_dwell = dwell.groupby(df["event"], observed=True).median()

analyses = ["graph", "funnel", "variants", "friction"]
print(json.dumps({
    "seconds": seconds,
    "analyses_seconds": sum(seconds[name] for name in analyses),
    "events": int(len(df)),
    "edges": int(len(edges)),
    "funnel": counts,
    "variants": int(len(variants)),
    "top_variant_count": int(top.iloc[0]) if len(top) else 0,
}))
