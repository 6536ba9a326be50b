// known gap: a whole-matrix max written as m.Cast<float>().Max() feeding per-row user iterator operators (Row/Exps/Normalize) is not reported
// gap: -LG0001@39
// Idiom: the file's own operators on a matrix — `Row(this float[,], r)` iterator, `Exps(this IEnumerable<float>, by)`,
// `Normalize(this IEnumerable<float>)` — chained per row; the shift is `m.Cast<float>().Max()`.
// Use: per-row probabilities of a score matrix.
// Layout: float[rows, cols]; result float[rows][cols].
// Bug (LG0001): the shift is the max of the whole matrix, not of the row (a row far below underflows to 0/0).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.NormalizeOps_MatrixShift;

public static class MatrixOps
{
    public static IEnumerable<float> Row(this float[,] m, int r)
    {
        for (int j = 0; j < m.GetLength(1); j++)
            yield return m[r, j];
    }

    public static IEnumerable<float> Exps(this IEnumerable<float> xs, float by) => xs.Select(v => MathF.Exp(v - by));

    public static float[] Normalize(this IEnumerable<float> xs)
    {
        List<float> a = xs.ToList();
        float s = 0f;
        foreach (float v in a) s += v;
        return a.Select(v => v / s).ToArray();
    }
}

public static class MatrixSoftmax
{
    public static float[][] Softmax(float[,] m)
    {
        float shift = m.Cast<float>().Max(); //~ LG0001
        return Enumerable.Range(0, m.GetLength(0)).Select(r => m.Row(r).Exps(shift).Normalize()).ToArray();
    }
}
