// Variants (our own code) of the stable 1-D softmax (Kowaliszyn, FotNET, AForge shapes in this folder) where the
// maximum is taken over another input than the exponentiated logits: the previous step's logits, a prior, a bias
// field. exp(x − max(y)) overflows once x lies ~88 (float) / ~709 (double) above y's maximum (x = 1000, y = 0: inf,
// NaN after the division). Decided: LG0003 (docs/rules/LG0003.md).
// Layouts: float[] loops, double[] LINQ, a double[] field. Bug in every method: LG0003.
using System;
using System.Linq;

namespace Recreations.OtherBufferMax_Shift;

public sealed class Scorer
{
    private readonly double[] _prior;

    public Scorer(double[] prior) => _prior = prior;

    public static void PreviousLogits(float[] logits, float[] previous, float[] p)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < previous.Length; i++)
            m = MathF.Max(m, previous[i]);
        float s = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = MathF.Exp(logits[i] - m); //~ LG0003
            s += p[i];
        }

        for (int i = 0; i < logits.Length; i++)
            p[i] /= s;
    }

    public static double[] LinqOtherInput(double[] x, double[] y)
    {
        double m = y.Max();
        double[] e = x.Select(v => Math.Exp(v - m)).ToArray(); //~ LG0003
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    public double[] PriorFieldMax(double[] scores)
    {
        double m = double.NegativeInfinity;
        foreach (double v in _prior)
            if (v > m)
                m = v;
        var p = new double[scores.Length];
        double s = 0.0;
        for (int i = 0; i < scores.Length; i++)
        {
            p[i] = Math.Exp(scores[i] - m); //~ LG0003
            s += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= s;
        return p;
    }
}
