// Re-creation (our own code) of the InfoNCE / NT-Xent loss shape common in C# contrastive-learning code (e.g. the
// contrastive strategies of ooples/AiDotNet): per anchor, the positive's similarity over a temperature minus the log
// of a LINQ sum of exps of every negative's similarity over the temperature.
// Layout: jagged float[][] similarity rows (anchor × candidate), int[] positive index per anchor.
// Bug (LG0003): the log-partition sums raw exps of s / τ: with τ = 0.05 and similarities scaled by embedding norms
// (dot products, not cosines) s / τ passes 88 and MathF.Exp gives ∞, the loss NaN.
using System;
using System.Linq;

namespace Recreations.LogSumExpContrastiveLinqDenominator;

public static class InfoNce
{
    public static float Loss(float[][] dots, int[] positives, float temperature)
    {
        float total = 0f;
        for (int a = 0; a < dots.Length; a++)
        {
            float[] row = dots[a];
            float logDenominator = MathF.Log(row.Where((_, c) => c != a).Sum(s => MathF.Exp(s / temperature))); //~ LG0003
            total += logDenominator - row[positives[a]] / temperature;
        }

        return total / dots.Length;
    }

    public static float StableLoss(float[][] dots, int[] positives, float temperature)
    {
        float total = 0f;
        for (int a = 0; a < dots.Length; a++)
        {
            float[] row = dots[a];
            float peak = row.Where((_, c) => c != a).Max() / temperature;
            float logDenominator = peak + MathF.Log(row.Where((_, c) => c != a).Sum(s => MathF.Exp(s / temperature - peak)));
            total += logDenominator - row[positives[a]] / temperature;
        }

        return total / dots.Length;
    }
}
