// Source: Attend-and-Excite (Chefer et al. 2023), the per-pixel softmax over the prompt tokens of a cross-attention
//   map, written with pointers over the pinned map.
// Layout: unsafe float* map [pixels · tokens], a row pointer stepping by `tokens`; prompt tokens [1, last); the peak
//   is folded over every pixel row before the per-pixel sums.
// Bug: LG0001 (the peak spans all pixels).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Attend-and-Excite per-pixel token softmax through pointers.</summary>
public static unsafe class AttendExcitePointers
{
    /// <summary>Writes probabilities [pixels · (last - 1)] into <paramref name="probs"/>.</summary>
    public static void Probabilities(float* map, int pixels, int tokens, int last, float* probs)
    {
        float* end = map + pixels * tokens;
        float peak = float.NegativeInfinity;
        for (float* row = map; row < end; row += tokens)
        {
            for (int k = 1; k < last; k++)
            {
                if (row[k] > peak) peak = row[k]; //~ LG0001
            }
        }

        float* o = probs;
        for (float* row = map; row < end; row += tokens)
        {
            float sum = 0f;
            for (int k = 1; k < last; k++)
            {
                o[k - 1] = MathF.Exp(row[k] - peak);
                sum += o[k - 1];
            }

            for (int k = 0; k < last - 1; k++)
            {
                o[k] /= sum;
            }

            o += last - 1;
        }
    }
}
