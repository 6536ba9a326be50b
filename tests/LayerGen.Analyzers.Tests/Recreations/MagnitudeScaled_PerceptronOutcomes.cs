// Source: OpenNLP's PerceptronModel.eval "normalize" step (ported to C# in comstyle/SharpNL, PerceptronModel.cs),
// re-created as our own code: outcome scores are divided by the largest magnitude (at least 1) before exp.
// Correct: every exponent lies in [-1, 1], so the exp cannot overflow and the sum is at least n / e; no maximum needs
// subtracting. Two spellings of the magnitude maximum: an if-fold seeded with 1, and Math.Max seeded with 1f.
using System;

namespace Recreations.MagnitudeScaledPerceptronOutcomes;

public static class Outcomes
{
    public static double[] Normalize(double[] scores)
    {
        double largest = 1;
        for (int o = 0; o < scores.Length; o++)
        {
            if (largest < Math.Abs(scores[o])) largest = Math.Abs(scores[o]);
        }

        double total = 0;
        for (int o = 0; o < scores.Length; o++)
        {
            scores[o] = Math.Exp(scores[o] / largest);
            total += scores[o];
        }

        for (int o = 0; o < scores.Length; o++) scores[o] /= total;
        return scores;
    }

    public static float[] NormalizeCopy(float[] scores)
    {
        float largest = 1f;
        foreach (float s in scores) largest = MathF.Max(largest, MathF.Abs(s));
        var p = new float[scores.Length];
        float total = 0f;
        for (int o = 0; o < scores.Length; o++)
        {
            p[o] = MathF.Exp(scores[o] / largest);
            total += p[o];
        }

        for (int o = 0; o < p.Length; o++) p[o] /= total;
        return p;
    }
}
