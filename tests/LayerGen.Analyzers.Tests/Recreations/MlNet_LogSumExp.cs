// Re-creation (our own code) of MathUtils.SoftMax in dotnet/machinelearning,
// src/Microsoft.ML.Core/Utilities/MathUtils.cs, which despite its name returns log(sum_i exp(x_i)).
// Layout: one vector (ReadOnlySpan<float>). Log-sum-exp with the max (and its index) taken first, terms far
// below the max skipped, log1p of the rest. Correct and not a softmax site: nothing is divided by the sum.
using System;

namespace Recreations.MlNetLogSumExp;

public static class LogSum
{
    private const float Tolerance = 30f;

    public static float LogSumExp(ReadOnlySpan<float> terms)
    {
        int peakAt = 0;
        float peak = float.NegativeInfinity;
        for (int i = 0; i < terms.Length; i++)
        {
            if (terms[i] > peak)
            {
                peakAt = i;
                peak = terms[i];
            }
        }

        if (float.IsNegativeInfinity(peak) || terms.Length == 1)
        {
            return peak;
        }

        double rest = 0;
        float cutoff = peak - Tolerance;
        for (int i = 0; i < terms.Length; i++)
        {
            if (i != peakAt && terms[i] > cutoff)
            {
                rest += Math.Exp(terms[i] - peak);
            }
        }

        return rest == 0 ? peak : peak + (float)Math.Log(1 + rest);
    }
}
