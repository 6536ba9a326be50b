// Variants (our own code) of HeldOut6/EvolutionStrategyFitnessWeights.cs, the buggy twins of ScaledShift_SameFactor.cs:
// the maximum is scaled, but not by a positive factor that also scales the logits. A negative factor turns the maximum
// into a minimum (x * -0.5 - max * -0.5 = 0.5 (max - x) >= 0, up to half the row's range: 500 for a range of 1000,
// inf in float and double); a maximum divided by t subtracted from logits multiplied by t leaves x t - max / t, which
// grows with x (1000 * 2 - 500 = 1500 for t = 2).
// Layouts: float[] loop, double[] with LINQ Select-with-index. Bug in every method: LG0003.
using System;
using System.Linq;

namespace Recreations.ScaledShift_OtherFactor;

public static class ScaledShift
{
    public static void NegativeConstantFactor(float[] x, float[] y)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
            max = MathF.Max(max, x[i]);
        float shift = max * -0.5f;
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] * -0.5f - shift); //~ LG0003
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
    }

    public static double[] NegatedTemperature(double[] fitness, double temperature)
    {
        double flipped = -temperature;
        double best = fitness.Max() / flipped;
        double[] weights = fitness.Select((f, i) => Math.Exp(fitness[i] / flipped - best)).ToArray(); //~ LG0003
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }

    public static double[] DividedMaxMultipliedLogits(double[] fitness, double temperature)
    {
        double best = fitness.Max() / temperature;
        double[] weights = fitness.Select((f, i) => Math.Exp(fitness[i] * temperature - best)).ToArray(); //~ LG0003
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}
