// Source: alpha-entmax mappings (deep-spin/entmax; alpha = 1 is softmax), re-created with the softmax branch written
// through a mapping delegate chosen by alpha.
// Layout: double[] scores; Func<double, double> "unnormalised density" per alpha; a loop applies it and normalises.
// Bug (LG0003): the alpha = 1 density is exp of the raw score, no max subtracted; scores above ~709 overflow.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class EntmaxFallback_RawExpLambda
{
    public static double[] Entmax(double[] z, double alpha)
    {
        Func<double, double> density;
        if (alpha == 1.0) density = v => Math.Exp(v); //~ LG0003
        else throw new NotSupportedException("this port only maps alpha = 1");

        var p = new double[z.Length];
        double total = 0;
        for (int i = 0; i < z.Length; i++)
        {
            p[i] = density(z[i]);
            total += p[i];
        }
        for (int i = 0; i < p.Length; i++) p[i] /= total;
        return p;
    }
}
