// Idiom: a probability-mapping layer offering softmax and sparsemax (Martins & Astudillo 2016) side by side, in generic
// math: sparsemax sorts z, finds the support size k with 1 + k·z(k) > Σ_{j≤k} z(j), and projects with threshold tau;
// softmax subtracts the max. Use: attention with an optional sparse mapping. Layout: flat row-major T[rows * cols],
// T : IFloatingPointIeee754<T>, one row a span.
// Correct: the softmax's max and sum run over the row; sparsemax's sums are of logits, not exps.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Softmax or sparsemax over each row of a flat batch.</summary>
public static class ProbabilityMapping<T> where T : IFloatingPointIeee754<T>
{
    /// <summary>Applies softmax (or sparsemax when <paramref name="sparse"/>) to every row of <paramref name="z"/>.</summary>
    public static void Apply(T[] z, int rows, int cols, T[] p, bool sparse)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<T> row = z.AsSpan(r * cols, cols);
            Span<T> output = p.AsSpan(r * cols, cols);
            if (sparse) Sparsemax(row, output);
            else Softmax(row, output);
        }
    }

    /// <summary>Softmax of one row.</summary>
    public static void Softmax(ReadOnlySpan<T> z, Span<T> p)
    {
        T max = T.NegativeInfinity;
        foreach (T v in z) max = T.Max(max, v);

        T sum = T.Zero;
        for (int i = 0; i < z.Length; i++)
        {
            p[i] = T.Exp(z[i] - max);
            sum += p[i];
        }

        for (int i = 0; i < z.Length; i++) p[i] /= sum;
    }

    /// <summary>Sparsemax of one row: the Euclidean projection of z onto the probability simplex.</summary>
    public static void Sparsemax(ReadOnlySpan<T> z, Span<T> p)
    {
        T[] sorted = z.ToArray();
        Array.Sort(sorted);
        Array.Reverse(sorted);

        T cumulative = T.Zero, supportSum = T.Zero;
        int support = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            cumulative += sorted[k];
            if (T.One + T.CreateChecked(k + 1) * sorted[k] > cumulative)
            {
                support = k + 1;
                supportSum = cumulative;
            }
        }

        T tau = (supportSum - T.One) / T.CreateChecked(support);
        for (int i = 0; i < z.Length; i++) p[i] = T.Max(z[i] - tau, T.Zero);
    }
}
