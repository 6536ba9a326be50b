// Source: joint intent detection and slot filling (JointBERT, Chen, Zhuo & Wang 2019), per-token slot-tag softmax.
// Layout: row-major float[tokens, tags]; the tag peaks in a float[] computed first, then Parallel.For over the tokens.
// Bug (LG0004): the shift of tag k is its peak over all tokens (a column maximum), while each token's row is summed
// and divided on its own — max and sum over different axes.
using System;
using System.Threading.Tasks;

namespace HeldOut23.SlotFilling;

/// <summary>Slot-tag posteriors with a per-tag shift.</summary>
public static class TagShiftedSlotTagger
{
    /// <summary>Posteriors of the slot tags, same layout as <paramref name="slotLogits"/>.</summary>
    public static float[,] TagPosteriors(float[,] slotLogits)
    {
        int tokens = slotLogits.GetLength(0);
        int tags = slotLogits.GetLength(1);
        var tagPeak = new float[tags];
        for (int k = 0; k < tags; k++)
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < tokens; t++)
            {
                peak = MathF.Max(peak, slotLogits[t, k]); //~ LG0004
            }

            tagPeak[k] = peak;
        }

        var posteriors = new float[tokens, tags];
        Parallel.For(0, tokens, t =>
        {
            float z = 0f;
            for (int k = 0; k < tags; k++)
            {
                posteriors[t, k] = MathF.Exp(slotLogits[t, k] - tagPeak[k]);
                z += posteriors[t, k];
            }

            for (int k = 0; k < tags; k++)
            {
                posteriors[t, k] /= z;
            }
        });

        return posteriors;
    }
}
