// Idiom: `np.reshape` that copies a flat double[] into a double[,] (-1 inferred), an element-wise `Elementwise.Exp`
// helper and `SumAxis1`, i.e. the port of `e = np.exp(x.reshape(-1, k)); e / e.sum(axis=1, keepdims=True)`.
// Use: mixture-component responsibilities in a ported clustering script.
// Layout: flat double[] → double[rows, k] copy; softmax per row.
// Bug: LG0003 — the exps are of the raw scores, no maximum subtracted (∞/∞ = NaN at +1000).
// Our own code.
#nullable enable
using System;

namespace HeldOut88.ReshapeCopy_RawExpHelper;

public static class Elementwise
{
    public static double[,] Reshape(double[] flat, int rows, int cols)
    {
        if (rows < 0) rows = flat.Length / cols;
        var m = new double[rows, cols];
        Buffer.BlockCopy(flat, 0, m, 0, flat.Length * sizeof(double));
        return m;
    }

    public static double[,] Exp(double[,] a)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                r[i, j] = Math.Exp(a[i, j]);
        return r;
    }

    public static double[] SumAxis1(double[,] a)
    {
        var s = new double[a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                s[i] += a[i, j];
        return s;
    }
}

public static class Responsibilities
{
    public static double[,] Compute(double[] scores, int components)
    {
        double[,] x = Elementwise.Reshape(scores, -1, components);
        double[,] e = Elementwise.Exp(x); //~ LG0003
        double[] z = Elementwise.SumAxis1(e);
        for (int i = 0; i < e.GetLength(0); i++)
            for (int j = 0; j < components; j++)
                e[i, j] /= z[i];
        return e;
    }
}
