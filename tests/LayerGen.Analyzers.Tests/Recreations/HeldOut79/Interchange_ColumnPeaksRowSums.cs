// Idiom: loop interchange — the max pass was interchanged to walk column-outer (`for j` outside, `for i` inside).
// Use: softmax per sample (row) of a [samples, classes] score matrix.
// Layout: float[n, k] rectangular, rows are the softmax slices; returns a new matrix.
// Bug: after the interchange the peak array is indexed by the column, so colTop[j] is a max over the samples while the
// sum runs over the classes of one sample (max and sum over different axes).
// Our own code.
using System;

namespace HeldOut79.Interchange_ColumnPeaksRowSums;

public static class SampleSoftmax
{
    public static float[,] Softmax(float[,] s)
    {
        int n = s.GetLength(0), k = s.GetLength(1);
        var colTop = new float[k];
        for (int j = 0; j < k; j++)
        {
            colTop[j] = float.NegativeInfinity;
            for (int i = 0; i < n; i++) colTop[j] = MathF.Max(colTop[j], s[i, j]); //~ LG0004
        }
        var p = new float[n, k];
        for (int i = 0; i < n; i++)
        {
            float z = 0f;
            for (int j = 0; j < k; j++) z += p[i, j] = MathF.Exp(s[i, j] - colTop[j]);
            for (int j = 0; j < k; j++) p[i, j] /= z;
        }
        return p;
    }
}
