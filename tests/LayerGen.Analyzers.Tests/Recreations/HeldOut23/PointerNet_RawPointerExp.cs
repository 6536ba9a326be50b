// Source: Pointer Networks (Vinyals, Fortunato & Jaitly 2015), pointer distribution of a batched decoder step.
// Layout: flat float[] of pointer scores [steps · positions], each step's scores read as a ReadOnlySpan<float> slice.
// Bug (LG0003): the scores are exponentiated as they are, with no maximum subtracted (overflow for large scores).
using System;

namespace HeldOut23.PointerNetworks;

/// <summary>Batched pointer distributions, written into a caller-provided buffer.</summary>
public static class BatchedPointerDecoder
{
    /// <summary>Fills <paramref name="probabilities"/> with one pointer distribution per decoding step.</summary>
    public static void PointerProbabilities(float[] scores, int steps, int positions, float[] probabilities)
    {
        for (int step = 0; step < steps; step++)
        {
            ReadOnlySpan<float> u = scores.AsSpan(step * positions, positions);
            Span<float> p = probabilities.AsSpan(step * positions, positions);
            float z = 0f;
            for (int j = 0; j < positions; j++)
            {
                p[j] = MathF.Exp(u[j]); //~ LG0003
                z += p[j];
            }

            for (int j = 0; j < positions; j++)
            {
                p[j] /= z;
            }
        }
    }
}
