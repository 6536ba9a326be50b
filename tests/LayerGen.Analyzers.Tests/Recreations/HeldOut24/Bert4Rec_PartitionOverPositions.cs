// Source: BERT4Rec masked-item prediction (Sun et al. 2019): each masked position's item scores softmaxed over the
// catalogue.
// Layout: Dictionary<int, float[]> masked position -> item logits; exponentials kept in a second dictionary, then a
// separate division pass.
// Bug: LG0002, each position is shifted by its own peak, but one partition is summed over every masked position.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut24.Bert4RecPartition;

/// <summary>Item distributions at the masked positions, two passes.</summary>
public static class MaskedItemSoftmax
{
    /// <summary>Softmax over the catalogue for each masked position.</summary>
    public static Dictionary<int, float[]> ItemProbabilities(Dictionary<int, float[]> maskedLogits)
    {
        var exponentials = new Dictionary<int, float[]>();
        float partition = 0f;
        foreach (var entry in maskedLogits)
        {
            float highest = entry.Value.Max();
            var e = new float[entry.Value.Length];
            for (int item = 0; item < e.Length; item++)
            {
                e[item] = MathF.Exp(entry.Value[item] - highest);
                partition += e[item]; //~ LG0002
            }

            exponentials[entry.Key] = e;
        }

        foreach (var e in exponentials.Values)
        {
            for (int item = 0; item < e.Length; item++)
            {
                e[item] /= partition;
            }
        }

        return exponentials;
    }
}
