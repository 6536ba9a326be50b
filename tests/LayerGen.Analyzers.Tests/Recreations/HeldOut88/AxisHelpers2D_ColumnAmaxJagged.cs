// known gap: a per-column max computed by the file's Amax(a, axis: 0, keepDims: true) helper is not read as a max over the batch axis
// gap: -LG0004@73
// Idiom: NumPy-named helpers over jagged float[][] (`Amax(a, axis, keepDims)`, `Total(a, axis, keepDims)`,
// `Broadcast`), with the max taken with axis 0 "so the shapes line up" while the normaliser sums along axis 1.
// Use: attention-style row normalisation in a ported sentence-embedding script.
// Layout: jagged float[batch][classes]; the sum runs along each row (axis 1), the max down each column (axis 0).
// Bug: LG0004 — the maximum is per column over the batch, the sum per row over the classes.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.AxisHelpers2D_ColumnAmaxJagged;

public static class ArrayOps
{
    // keepDims: axis 0 gives a 1 x cols array, axis 1 a rows x 1 array.
    public static float[][] Amax(float[][] a, int axis, bool keepDims)
    {
        if (!keepDims) throw new ArgumentException("keepDims only", nameof(keepDims));
        if (axis == 0)
        {
            var top = new float[a[0].Length];
            Array.Fill(top, float.NegativeInfinity);
            foreach (float[] row in a)
                for (int j = 0; j < row.Length; j++)
                    if (row[j] > top[j]) top[j] = row[j];
            return new[] { top };
        }

        var result = new float[a.Length][];
        for (int i = 0; i < a.Length; i++)
        {
            float m = float.NegativeInfinity;
            foreach (float v in a[i]) if (v > m) m = v;
            result[i] = new[] { m };
        }

        return result;
    }

    public static float[][] Total(float[][] a, int axis, bool keepDims)
    {
        if (axis != 1 || !keepDims) throw new ArgumentException("axis 1 with keepDims only", nameof(axis));
        var result = new float[a.Length][];
        for (int i = 0; i < a.Length; i++)
        {
            float s = 0f;
            foreach (float v in a[i]) s += v;
            result[i] = new[] { s };
        }

        return result;
    }

    public static float[][] Broadcast(float[][] a, float[][] b, Func<float, float, float> f)
    {
        var result = new float[a.Length][];
        for (int i = 0; i < a.Length; i++)
        {
            float[] br = b[b.Length == 1 ? 0 : i];
            result[i] = new float[a[i].Length];
            for (int j = 0; j < a[i].Length; j++) result[i][j] = f(a[i][j], br[br.Length == 1 ? 0 : j]);
        }

        return result;
    }
}

public static class RowNormaliser
{
    public static float[][] Softmax(float[][] scores)
    {
        float[][] peak = ArrayOps.Amax(scores, axis: 0, keepDims: true); //~ LG0004
        float[][] e = ArrayOps.Broadcast(scores, peak, static (s, m) => MathF.Exp(s - m));
        float[][] z = ArrayOps.Total(e, axis: 1, keepDims: true);
        return ArrayOps.Broadcast(e, z, static (v, t) => v / t);
    }
}
