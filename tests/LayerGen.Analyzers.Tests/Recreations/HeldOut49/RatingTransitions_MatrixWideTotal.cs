// Idiom: credit-rating transition rows from scores, written with LINQ: each row shifted by its own max and
// exponentiated, then "normalised" (own code).
// Layout: jagged double[ratings][ratings]; LINQ Select/ToArray per row.
// Label: LG0002 — the normaliser is one total over the whole matrix (rows.Sum(r => r.Sum())), so the rows of the
// transition matrix no longer sum to one; only the matrix does.
using System;
using System.Linq;

namespace HeldOut49.RatingTransitions_MatrixWideTotal;

public static class TransitionModel
{
    public static double[][] Rows(double[][] scores)
    {
        double[][] rows = scores
            .Select(row =>
            {
                double m = row.Max();
                return row.Select(s => Math.Exp(s - m)).ToArray();
            })
            .ToArray();

        double total = rows.Sum(r => r.Sum()); //~ LG0002
        return rows.Select(r => r.Select(e => e / total).ToArray()).ToArray();
    }
}
