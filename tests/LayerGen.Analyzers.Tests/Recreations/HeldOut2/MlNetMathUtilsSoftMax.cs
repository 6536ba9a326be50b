// Re-creates: ML.NET (dotnet/machinelearning) src/Microsoft.ML.Core/Utilities/MathUtils.cs, SoftMax over a span of scores
// Layout: ReadOnlySpan<float> scores, Span<float> destination, foreach over the span
// Expected: Correct
using System;

namespace HeldOut2.MlNetMathUtilsSoftMax;

public static class MathUtils
{
    public static void SoftMax(ReadOnlySpan<float> scores, Span<float> destination)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores)
        {
            max = Math.Max(max, s);
        }

        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            float e = MathF.Exp(scores[i] - max);
            destination[i] = e;
            sum += e;
        }

        float inv = (float)(1.0 / sum);
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] *= inv;
        }
    }
}
