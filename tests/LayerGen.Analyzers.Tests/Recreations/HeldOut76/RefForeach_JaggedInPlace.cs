// Idiom: `foreach (ref float v in row)` — mutating a span's elements in place through the ref iteration variable, and
// a `foreach (ref readonly float v in row)` max fold.
// Use: in-place softmax of every sample of a jagged batch. Layout: jagged float[batch][classes].
// Correct: max and sum per row; the exps are written through the ref variable and re-read by the division.
// Our own code.
using System;

namespace HeldOut76.RefForeach_JaggedInPlace;

public static class RefIteration
{
    public static void SoftmaxRows(float[][] batch)
    {
        foreach (float[] sample in batch)
        {
            Span<float> row = sample;
            float max = float.NegativeInfinity;
            foreach (ref readonly float v in row)
            {
                max = v > max ? v : max;
            }

            float sum = 0f;
            foreach (ref float v in row)
            {
                v = MathF.Exp(v - max);
                sum += v;
            }

            foreach (ref float v in row)
            {
                v /= sum;
            }
        }
    }
}
