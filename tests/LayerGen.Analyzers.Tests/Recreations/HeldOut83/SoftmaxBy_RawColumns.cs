// Idiom: the file's own `SoftmaxBy<T>(this IReadOnlyList<T>, Func<T, float>)` operator over column indices,
// `columns.SoftmaxBy(j => x[r, j])` per row.
// Use: per-row probabilities of a score matrix.
// Layout: float[rows, cols]; result float[rows, cols].
// Bug (LG0003): the operator exponentiates the raw selected logits, no max subtracted.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.SoftmaxBy_RawColumns;

public static class RawOperator
{
    public static float[] SoftmaxBy<T>(this IReadOnlyList<T> items, Func<T, float> logit)
    {
        float[] w = new float[items.Count];
        float z = 0f;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = MathF.Exp(logit(items[i])); //~ LG0003
            z += w[i];
        }
        for (int i = 0; i < w.Length; i++) w[i] /= z;
        return w;
    }
}

public static class MatrixRows
{
    public static float[,] Softmax(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        int[] columns = Enumerable.Range(0, cols).ToArray();
        var y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float[] p = columns.SoftmaxBy(j => x[r, j]);
            for (int j = 0; j < cols; j++) y[r, j] = p[j];
        }
        return y;
    }
}
