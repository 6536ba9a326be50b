// Re-creates: .NET 7+ code using the static double.Exp (generic-math surface) for a classifier softmax, without a max
// Layout: 1-D double[] in, new double[] out
// Expected: LG0003 — double.Exp of raw logits
using System;

namespace HeldOut2.DoubleExpNoShift;

public static class Scores
{
    public static double[] Softmax(double[] logits)
    {
        var p = new double[logits.Length];
        double z = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = double.Exp(logits[i]); //~ LG0003
            z += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= z;
        }

        return p;
    }
}
