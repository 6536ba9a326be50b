// Source: Attend-and-Excite (Chefer et al. 2023; yuval-alaluf/Attend-and-Excite
//   `_compute_max_attention_per_index`): the averaged cross-attention map [pixels, 77 text tokens] is re-normalised
//   per pixel with a softmax over the prompt tokens only (the start token and the padding after the last prompt
//   token excluded), scaled by 100; the loss of each target token is 1 - its largest probability over the pixels.
// Layout: flat float[] [pixels · tokens] with the slice [1, last) of each pixel row; probabilities written
//   [pixels · (last - 1)]; a per-token max over the pixels of the probabilities feeds the loss (not a shift).
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Attend-and-Excite token attention loss.</summary>
public static class AttendExciteLoss
{
    /// <summary>Writes the per-pixel token probabilities and returns the loss over <paramref name="targets"/>.</summary>
    public static float Loss(float[] attention, int pixels, int tokens, int last, float scale, int[] targets, float[] probs)
    {
        int width = last - 1;
        for (int p = 0; p < pixels; p++)
        {
            int row = p * tokens;
            int outRow = p * width;
            float peak = float.NegativeInfinity;
            for (int k = 1; k < last; k++)
            {
                peak = MathF.Max(peak, scale * attention[row + k]);
            }

            float sum = 0f;
            for (int k = 1; k < last; k++)
            {
                float e = MathF.Exp(scale * attention[row + k] - peak);
                probs[outRow + k - 1] = e;
                sum += e;
            }

            for (int k = 0; k < width; k++)
            {
                probs[outRow + k] /= sum;
            }
        }

        float loss = 0f;
        foreach (int token in targets)
        {
            float best = 0f;
            for (int p = 0; p < pixels; p++)
            {
                best = MathF.Max(best, probs[p * width + token - 1]);
            }

            loss = MathF.Max(loss, 1f - best);
        }

        return loss;
    }
}
