// Idiom: list patterns and recursion: the normaliser of each row is a recursive `[var first, .. var rest]` sum over
// `AsSpan(o, classes)` (head/tail recursion as in the Gleam language tour's "List recursion"; our own code).
// Use: class probabilities per sample. Layout: flat double[batch * classes], row at offset o = r * classes; Math.Exp.
// Bug LG0003: the logits are exponentiated with no max subtracted (overflow to +Inf, NaN, above ~709).
using System;

namespace HeldOut68.ListPatterns_RawExpFlatRows;

public static class FlatRecursiveSoftmax
{
    static double Total(ReadOnlySpan<double> xs) => xs switch
    {
        [] => 0.0,
        [var first, .. var rest] => first + Total(rest),
    };

    public static double[] Softmax(double[] x, int classes)
    {
        var y = new double[x.Length];
        for (int o = 0; o < x.Length; o += classes)
        {
            for (int j = 0; j < classes; j++)
                y[o + j] = Math.Exp(x[o + j]); //~ LG0003
            double z = Total(y.AsSpan(o, classes));
            for (int j = 0; j < classes; j++)
                y[o + j] /= z;
        }

        return y;
    }
}
