// Idiom: generic math with `T : INumber<T>, IExponentialFunctions<T>` (C# 11+), `T.Max`, `T.Exp`, `T.Zero`.
// Use: probabilities for a batch of rows, exps computed in one pass and divided in a second.
// Layout: jagged T[batch][classes].
// Bug: LG0002 — the per-row exps (shifted by the row max) are accumulated into one batch total, declared above the
// row loop and never reset.
// Our own code.
#nullable enable
using System.Numerics;

namespace HeldOut69.GenericMath_BatchTotal;

public static class BatchProbabilities
{
    public static T[][] Compute<T>(T[][] rows)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        T total = T.Zero;
        var exps = new T[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            T[] row = rows[r];
            T max = row[0];
            foreach (T v in row) max = T.Max(max, v);
            exps[r] = new T[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                exps[r][j] = T.Exp(row[j] - max);
                total += exps[r][j]; //~ LG0002
            }
        }

        foreach (T[] e in exps)
        {
            for (int j = 0; j < e.Length; j++) e[j] /= total;
        }

        return exps;
    }
}
