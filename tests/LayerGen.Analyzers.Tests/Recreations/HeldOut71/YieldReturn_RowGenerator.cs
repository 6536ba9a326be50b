// Idiom: `yield return` row generator — a lazy IEnumerable<double[]> that yields one probability row per input row.
// Use: scoring rows streamed from a reader; the caller enumerates the result once.
// Layout: IEnumerable<double[]>, one row per sample, classes along the row.
// Correct: each row's max and sum are taken inside the iterator, per yielded row.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.YieldReturn_RowGenerator;

public static class RowGenerator
{
    public static IEnumerable<double[]> SoftmaxRows(IEnumerable<double[]> rows)
    {
        foreach (double[] row in rows)
        {
            double peak = double.NegativeInfinity;
            foreach (double v in row)
                if (v > peak) peak = v;
            var probs = new double[row.Length];
            double z = 0.0;
            for (int j = 0; j < row.Length; j++)
            {
                probs[j] = Math.Exp(row[j] - peak);
                z += probs[j];
            }
            for (int j = 0; j < probs.Length; j++) probs[j] /= z;
            yield return probs;
        }
    }
}
