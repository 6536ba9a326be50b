// Idiom: System.Numerics.Vector<float> max over MemoryMarshal.Cast lanes, horizontal reduction, scalar tail, done once
// up front "to save a pass per row" (game-engine / ML.NET-style CPU math).
// Layout: flat float[rows * n]; the lanes walk the whole buffer, then rows are x.AsSpan(r * n, n).
// Bug LG0001: the vector max reduction spans the whole buffer instead of the row.
using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace HeldOut31.VectorT;

/// <summary>Batched softmax whose vector max runs over every row at once.</summary>
public static class BatchLaneSoftmax
{
    /// <summary>Softmax of each n-wide row of <paramref name="x"/> into <paramref name="y"/>.</summary>
    public static void Forward(float[] x, float[] y, int rows, int n)
    {
        ReadOnlySpan<float> all = x.AsSpan(0, rows * n);
        ReadOnlySpan<Vector<float>> blocks = MemoryMarshal.Cast<float, Vector<float>>(all);
        var lanes = new Vector<float>(float.NegativeInfinity);
        for (int b = 0; b < blocks.Length; b++)
        {
            lanes = Vector.Max(lanes, blocks[b]); //~ LG0001
        }

        float max = float.NegativeInfinity;
        for (int k = 0; k < Vector<float>.Count; k++)
        {
            max = MathF.Max(max, lanes[k]);
        }

        for (int i = blocks.Length * Vector<float>.Count; i < all.Length; i++)
        {
            max = MathF.Max(max, all[i]);
        }

        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * n, n);
            Span<float> outRow = y.AsSpan(r * n, n);
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                outRow[j] = MathF.Exp(row[j] - max);
                sum += outRow[j];
            }

            for (int j = 0; j < n; j++)
            {
                outRow[j] /= sum;
            }
        }
    }
}
