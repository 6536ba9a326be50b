// Idiom: stackalloc Span<double> scratch, C# ranges `logits[start..end]` and the hat index `^1`.
// Use: next-token distributions of a small language model, one per position of a window.
// Layout: flat double[positions * vocab] cut with ranges; the last position is read with ^1 first.
// Label: Correct.
using System;

namespace LayerGen.Recreations.HeldOut27;

public static class StackallocRangesSampler
{
    /// <summary>Next-token distributions for every position; the vocabulary is small enough for a stack buffer.</summary>
    public static double[][] Distributions(double[] logits, int vocab)
    {
        int positions = logits.Length / vocab;
        var result = new double[positions][];
        Span<double> scratch = stackalloc double[vocab];
        for (int p = 0; p < positions; p++)
        {
            double[] row = logits[(p * vocab)..((p + 1) * vocab)];
            double top = row[^1];
            foreach (double z in row[..^1])
            {
                top = Math.Max(top, z);
            }

            double norm = 0.0;
            for (int v = 0; v < vocab; v++)
            {
                scratch[v] = Math.Exp(row[v] - top);
                norm += scratch[v];
            }

            result[p] = new double[vocab];
            for (int v = 0; v < vocab; v++)
            {
                result[p][v] = scratch[v] / norm;
            }
        }

        return result;
    }
}
