// Source: BERT4Rec masked-item prediction (Sun et al. 2019): the output layer scores every item of the catalogue at
// each masked position of a user's sequence, and each masked position's scores are softmaxed over the items.
// Layout: Dictionary<int, float[]> masked position -> item logits, deconstructed foreach; result in a new dictionary.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut24.Bert4Rec;

/// <summary>Item distributions at the masked positions of a sequence.</summary>
public static class MaskedItemHead
{
    /// <summary>Softmax over the catalogue for each masked position.</summary>
    public static Dictionary<int, float[]> ItemProbabilities(IReadOnlyDictionary<int, float[]> maskedLogits)
    {
        var result = new Dictionary<int, float[]>(maskedLogits.Count);
        foreach (var (position, logits) in maskedLogits)
        {
            float highest = float.MinValue;
            foreach (float logit in logits)
            {
                if (logit > highest)
                {
                    highest = logit;
                }
            }

            var probabilities = new float[logits.Length];
            float partition = 0f;
            for (int item = 0; item < logits.Length; item++)
            {
                probabilities[item] = MathF.Exp(logits[item] - highest);
                partition += probabilities[item];
            }

            for (int item = 0; item < logits.Length; item++)
            {
                probabilities[item] /= partition;
            }

            result[position] = probabilities;
        }

        return result;
    }
}
