// Idiom: a non-generic `MapInPlace(double[], Func<double, double>)` helper given the method group `Math.Exp`.
// Use: per-row probabilities of a jagged batch, each row cloned then mapped in place.
// Layout: jagged double[batch][classes].
// Bug (LG0003): the method group exponentiates the raw logits (no max anywhere); above ~709 the exp overflows to ∞
// and ∞/∞ = NaN.
// Our own code.
using System;
using System.Linq;

#nullable enable

namespace HeldOut82.MapInPlace_MethodGroupExp;

public static class Mapped
{
    private static void MapInPlace(double[] xs, Func<double, double> f)
    {
        for (int i = 0; i < xs.Length; i++) xs[i] = f(xs[i]);
    }

    public static double[][] Softmax(double[][] logits)
    {
        var y = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            double[] e = (double[])logits[r].Clone();
            MapInPlace(e, Math.Exp); //~ LG0003
            double total = e.Sum();
            MapInPlace(e, v => v / total);
            y[r] = e;
        }

        return y;
    }
}
