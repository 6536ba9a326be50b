// Idiom: pairwise summation written as an expression-bodied recursive switch over a span (halves until one element).
// Use: normalising a batch of per-sample class scores.
// Layout: flat float[batch * classes], row-major (sample i at i * classes + c).
// Bug (LG0002): each sample is shifted by its own max, but the pairwise sum runs over the whole buffer, so every
// sample is divided by the batch total. Marked at the call that forms the normaliser.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.PairwiseSum_FlatBatchTotal;

public static class PairwiseNormaliser
{
    private static float SumPairs(ReadOnlySpan<float> s) => s.Length switch
    {
        0 => 0f,
        1 => s[0],
        _ => SumPairs(s[..(s.Length / 2)]) + SumPairs(s[(s.Length / 2)..]),
    };

    public static float[] Normalise(float[] scores, int classes)
    {
        int batch = scores.Length / classes;
        var p = new float[scores.Length];
        for (int i = 0; i < batch; i++)
        {
            float top = float.MinValue;
            for (int c = 0; c < classes; c++)
            {
                top = MathF.Max(top, scores[(i * classes) + c]);
            }

            for (int c = 0; c < classes; c++)
            {
                p[(i * classes) + c] = MathF.Exp(scores[(i * classes) + c] - top);
            }
        }

        float z = SumPairs(p); //~ LG0002
        for (int k = 0; k < p.Length; k++)
        {
            p[k] /= z;
        }

        return p;
    }
}
