// Idiom: System.Numerics.Vector<float> row kernel, lane-wise max with a horizontal reduction and a scalar tail,
// vectorised scaling (game-engine / ML.NET-style CPU math).
// Layout: flat ReadOnlySpan<float> [rows * n], row = x.Slice(r * n, n).
// Correct: every reduction covers one row.
using System;
using System.Numerics;

namespace HeldOut31.VectorT;

/// <summary>Batched softmax with Vector&lt;float&gt; lanes.</summary>
public static class RowLaneSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int rows, int n)
    {
        int width = Vector<float>.Count;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * n, n);
            Span<float> outRow = y.Slice(r * n, n);

            float max = float.NegativeInfinity;
            int j = 0;
            if (n >= width)
            {
                var lanes = new Vector<float>(row);
                for (j = width; j <= n - width; j += width)
                {
                    lanes = Vector.Max(lanes, new Vector<float>(row.Slice(j)));
                }

                for (int k = 0; k < width; k++)
                {
                    max = MathF.Max(max, lanes[k]);
                }
            }

            for (; j < n; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            float sum = 0f;
            for (int i = 0; i < n; i++)
            {
                float e = MathF.Exp(row[i] - max);
                outRow[i] = e;
                sum += e;
            }

            var scale = new Vector<float>(1f / sum);
            int t = 0;
            for (; t <= n - width; t += width)
            {
                (new Vector<float>(outRow.Slice(t)) * scale).CopyTo(outRow.Slice(t));
            }

            for (; t < n; t++)
            {
                outRow[t] /= sum;
            }
        }
    }
}
