// Source: joint intent detection and slot filling (JointBERT, Chen, Zhuo & Wang 2019; ATIS/SNIPS taggers): every
// token gets a softmax over the BIO slot tags.
// Layout: row-major float[tokens, tags]; Parallel.For over the tokens.
// Correct: each token's row is shifted by its own maximum.
using System;
using System.Threading.Tasks;

namespace HeldOut23.SlotFilling;

/// <summary>Slot-tag posteriors of every token of an utterance.</summary>
public static class SlotTagger
{
    /// <summary>Posteriors of the slot tags, same layout as <paramref name="slotLogits"/>.</summary>
    public static float[,] TagPosteriors(float[,] slotLogits)
    {
        int tokens = slotLogits.GetLength(0);
        int tags = slotLogits.GetLength(1);
        var posteriors = new float[tokens, tags];
        Parallel.For(0, tokens, t =>
        {
            float top = float.NegativeInfinity;
            for (int k = 0; k < tags; k++)
            {
                top = MathF.Max(top, slotLogits[t, k]);
            }

            float z = 0f;
            for (int k = 0; k < tags; k++)
            {
                posteriors[t, k] = MathF.Exp(slotLogits[t, k] - top);
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
