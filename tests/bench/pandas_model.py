#!/usr/bin/env python3
"""The peer of bench_model: the drop-off features of each journey at one cut in pandas
(from the CSV), then XGBoost for Python trained, with the same parameters, on the matrix
Journeyscope built (so that training is compared on identical input), and evaluated.

    pandas_model.py CLICKS.csv MATRIX.bin GOAL1,GOAL2

Prints one JSON object: seconds for reading, features, training + evaluation; rows; the
rounds kept and the held-out ROC-AUC.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import xgboost as xgb

WINDOW = pd.Timedelta(days=30)
SESSION_GAP = pd.Timedelta(minutes=30)


def features(events, goals, seed=1):
    """One row per journey whose window closed, cut after a random number of the events at
    which it was still in flight: counts, timing, sessions, intent, value, categories."""
    events = events.sort_values(["user_id", "timestamp"], kind="stable").reset_index(drop=True)
    user = events["user_id"]
    ts = events["timestamp"]
    position = events.groupby("user_id", sort=False).cumcount()
    start = ts.groupby(user, sort=False).transform("first")
    gap = ts.diff()
    new_session = (position == 0) | (gap > SESSION_GAP)
    session = new_session.cumsum()
    in_window = ts - start <= WINDOW
    is_goal = events["event"].isin(goals) & in_window
    goal_at = position.where(is_goal).groupby(user, sort=False).transform("min")
    window_events = in_window.groupby(user, sort=False).transform("sum")
    in_flight = goal_at.fillna(window_events)
    closed = start + WINDOW <= ts.max()
    rng = np.random.default_rng(seed)
    users = user.unique()
    cut_of = pd.Series(rng.random(len(users)), index=users)
    cut = 1 + np.floor(user.map(cut_of) * in_flight)
    # Each cut is looked at a random time before the journey moved on: its next event (the
    # goal among them) or the close of its window.
    next_time = ts.groupby(user, sort=False).shift(-1)
    until = next_time.where(position + 1 < in_flight, start + WINDOW)
    until = until.where(~((position + 1 == in_flight) & goal_at.notna()), next_time)
    observed = ts + (until - ts) * user.map(pd.Series(rng.random(len(users)), index=users))
    at_cut = (position + 1 == cut)
    kept = events[(position < cut) & closed & (in_flight >= 1)].copy()
    kept["position"] = position[kept.index]
    kept["session"] = session[kept.index]
    kept["label"] = goal_at[kept.index].isna().astype(np.float32)

    by = kept.groupby("user_id", sort=False)
    rows = pd.DataFrame(index=by.size().index)
    rows["events"] = by.size()
    rows["sessions"] = by["session"].nunique()
    first = by["timestamp"].first()
    last = by["timestamp"].last()
    looked = observed[at_cut & closed & (in_flight >= 1)]
    looked.index = user[looked.index]
    rows["days since first event"] = (looked - first).dt.total_seconds() / 86400
    rows["hours since last event"] = (looked - last).dt.total_seconds() / 3600
    previous = kept["timestamp"].shift()
    kept["hours"] = (kept["timestamp"] - previous).dt.total_seconds() / 3600
    rows["hours since previous event"] = by["hours"].last().where(rows["events"] > 1)
    per_session = kept.groupby(["user_id", "session"], sort=False).size()
    session_events = per_session.groupby(level=0, sort=False)
    rows["events in last session"] = session_events.last()
    earlier = (session_events.sum() - session_events.last()) / (rows["sessions"] - 1)
    rows["engagement spike"] = session_events.last() / earlier
    session_starts = kept.groupby(["user_id", "session"], sort=False)["timestamp"].first()
    starts = session_starts.groupby(level=0, sort=False)
    first_start = starts.nth(0)
    last_start = starts.nth(-1)
    second_last = starts.nth(-2).reindex(rows.index)
    earlier_gap = (second_last - first_start) / (rows["sessions"] - 2)
    rows["session gap trend"] = ((last_start - second_last) / earlier_gap).where(
        rows["sessions"] >= 3)
    counts = kept.pivot_table(index="user_id", columns="event", values="position",
                              aggfunc="count", fill_value=0)
    rows = rows.join(counts.add_prefix("visits: "))
    rows["most visits to one touchpoint"] = counts.max(axis=1)
    rows["repeat visits"] = rows["events"] - (counts > 0).sum(axis=1)
    rows["value so far"] = by["value"].sum()
    rows["last touchpoint"] = by["event"].last().astype("category").cat.codes
    rows["previous touchpoint"] = by["event"].nth(-2).reindex(rows.index).astype(
        "category").cat.codes
    rows["last channel"] = by["channel"].last().astype("category").cat.codes
    rows["hour of day"] = last.dt.hour
    rows["weekday"] = last.dt.weekday
    shares = kept.pivot_table(index="user_id", columns="channel", values="position",
                              aggfunc="count", fill_value=0)
    rows = rows.join(shares.div(rows["events"], axis=0).add_prefix("channel share: "))
    rows["label"] = by["label"].first()
    return rows


def auc(labels, scores):
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    # average ranks of ties
    sorted_scores = scores[order]
    _, first, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    for f, c in zip(first, counts):
        if c > 1:
            ranks[order[f:f + c]] = (f + 1 + f + c) / 2
    positives = labels == 1
    n1, n0 = positives.sum(), (~positives).sum()
    return (ranks[positives].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


def train_on(matrix_path):
    with open(matrix_path, "rb") as file:
        header = json.loads(file.readline())
        data = np.fromfile(file, dtype=np.float32)
    width = len(header["columns"])
    data = data.reshape(header["rows"], width + 2)
    x, y, start = data[:, :width], data[:, width], data[:, width + 1]
    types = ["c" if c else "q" for c in header["categorical"]]
    # The time split: the last fifth of journeys by start held out, the last fifth of the
    # rest for early stopping.
    order = np.argsort(start, kind="stable")
    test = order[len(order) - round(0.2 * len(order)):]
    rest = order[:len(order) - len(test)]
    validation = rest[len(rest) - round(0.2 * len(rest)):]
    fitted = rest[:len(rest) - len(validation)]
    dropped = y[rest].sum()
    weight = 1.0
    if min(dropped, len(rest) - dropped) < 0.2 * len(rest):
        weight = (len(rest) - dropped) / dropped

    def matrix(rows):
        weights = np.where(y[rows] == 1, weight, 1.0)
        return xgb.DMatrix(x[rows], label=y[rows], weight=weights, feature_types=types,
                           enable_categorical=True, nthread=1)

    prior = (y[fitted] * weight).sum() / (y[fitted] * weight + (1 - y[fitted])).sum()
    params = {"objective": "binary:logistic", "tree_method": "hist", "eval_metric": "logloss",
              "eta": 0.1, "max_depth": 4, "min_child_weight": 5, "subsample": 0.8,
              "colsample_bytree": 0.8, "seed": 1, "nthread": 1, "base_score": prior}
    train_matrix, validation_matrix = matrix(fitted), matrix(validation)
    booster = xgb.train(params, train_matrix, num_boost_round=400,
                        evals=[(validation_matrix, "validation")], early_stopping_rounds=25,
                        verbose_eval=False)
    kept = booster[: booster.best_iteration + 1]
    tested = matrix(test)
    predictions = kept.predict(tested)
    # Explanations on as many rows as Journeyscope explains.
    kept.predict(matrix(test[: min(len(test), 5000)]), pred_contribs=True)
    return booster.best_iteration + 1, auc(y[test], predictions)


def main():
    csv, matrix_path, goals = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    seconds = {}
    begin = time.perf_counter()
    events = pd.read_csv(csv, usecols=["user_id", "timestamp", "event", "channel", "value"],
                         dtype={"user_id": "string", "event": "category",
                                "channel": "category"})
    events["timestamp"] = pd.to_datetime(events["timestamp"], utc=True)
    seconds["read"] = time.perf_counter() - begin
    begin = time.perf_counter()
    rows = features(events, goals)
    seconds["features"] = time.perf_counter() - begin
    begin = time.perf_counter()
    rounds, held_out_auc = train_on(matrix_path)
    seconds["training"] = time.perf_counter() - begin
    print(json.dumps({"read_seconds": seconds["read"], "features_seconds": seconds["features"],
                      "training_seconds": seconds["training"], "feature_rows": len(rows),
                      "feature_columns": rows.shape[1] - 1, "rounds": rounds,
                      "auc": held_out_auc}))


if __name__ == "__main__":
    main()
