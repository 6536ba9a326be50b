// Idiom: `Apply(a, MathF.Exp)` with the method group over a whole float[,] (the port of `np.exp(x)`), then
// `RowSums(e)` and a broadcast divide — the NumPy one-liner `np.exp(x) / np.exp(x).sum(axis=1)[:, None]`.
// Use: emission probabilities of a ported HMM tagger.
// Layout: float[batch, classes], row-major; softmax per row.
// Bug: LG0003 — `MathF.Exp` maps raw logits, no maximum subtracted (∞ above ~88).
// Our own code.
#nullable enable
using System;

namespace HeldOut88.ApplyMap_MethodGroupExp;

public static class Mat
{
    public static float[,] Apply(float[,] a, Func<float, float> f)
    {
        int n0 = a.GetLength(0), n1 = a.GetLength(1);
        var r = new float[n0, n1];
        for (int i = 0; i < n0; i++)
            for (int j = 0; j < n1; j++)
                r[i, j] = f(a[i, j]);
        return r;
    }

    public static float[] RowSums(float[,] a)
    {
        var s = new float[a.GetLength(0)];
        for (int i = 0; i < s.Length; i++)
        {
            float acc = 0f;
            for (int j = 0; j < a.GetLength(1); j++) acc += a[i, j];
            s[i] = acc;
        }

        return s;
    }
}

public static class Emissions
{
    public static float[,] Normalise(float[,] scores)
    {
        float[,] e = Mat.Apply(scores, MathF.Exp); //~ LG0003
        float[] z = Mat.RowSums(e);
        for (int i = 0; i < e.GetLength(0); i++)
            for (int j = 0; j < e.GetLength(1); j++)
                e[i, j] /= z[i];
        return e;
    }
}
