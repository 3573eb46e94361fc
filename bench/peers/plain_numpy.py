"""The plain cohort model in NumPy, written as an analyst would: one array of customers by
(trial, cohort), each month a binomial churn draw for every cohort of every trial, then the
month's Poisson arrivals; the monthly P5 / P50 / P95 of paying customers and MRR are kept, as
scalesim's monthly table keeps them.

    python3 bench/peers/plain_numpy.py [trials]     # default 50,000

Prints one line: trials, seconds (simulation and percentiles, no interpreter start), and the
month-120 customers' mean and sd (exact mean: 100 (1 - 0.95^120) / 0.05 = 1995.76).
"""
import sys
import time

import numpy as np

MONTHS, ARRIVALS, CHURN, PRICE = 120, 100, 0.05, 100.0


def simulate(trials, seed=1):
    rng = np.random.default_rng(seed)
    counts = np.zeros((trials, MONTHS + 1), dtype=np.int64)
    monthly = np.zeros((MONTHS, 2, 3))
    for t in range(1, MONTHS + 1):
        alive = counts[:, 1:t]
        alive -= rng.binomial(alive, CHURN)
        counts[:, t] = rng.poisson(ARRIVALS, trials)
        customers = counts.sum(axis=1)
        monthly[t - 1, 0] = np.percentile(customers, [5, 50, 95])
        monthly[t - 1, 1] = np.percentile(customers * PRICE, [5, 50, 95])
    return counts.sum(axis=1), monthly


def main():
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    start = time.perf_counter()
    final, _ = simulate(trials)
    seconds = time.perf_counter() - start
    print(f"numpy {trials} trials {seconds:.2f} s mean {final.mean():.2f} sd {final.std(ddof=1):.2f}")


if __name__ == "__main__":
    main()
