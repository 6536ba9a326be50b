// Idiom: tuples — extents deconstructed from a tuple, a (value, index) tuple for the argmax, value tuples in a list.
// Use: token-classification (NER) head, one tag distribution per token row, also returning each token's best tag.
// Layout: float[tokens, tags]; the peaks are kept per tag column.
// Label: LG0004 — tagPeak[k] is the peak of tag k over all tokens, but each token's sum runs over its tags.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut27;

public static class TupleNerTagger
{
    /// <summary>In-place tag probabilities of every token, and each token's (tag, probability) of its best tag.</summary>
    public static List<(int Tag, float Probability)> Tag(float[,] logits)
    {
        var (tokens, tags) = (logits.GetLength(0), logits.GetLength(1));
        var tagPeak = new float[tags];
        Array.Fill(tagPeak, float.NegativeInfinity);
        for (int t = 0; t < tokens; t++)
        {
            for (int k = 0; k < tags; k++)
            {
                tagPeak[k] = MathF.Max(tagPeak[k], logits[t, k]); //~ LG0004
            }
        }

        var best = new List<(int Tag, float Probability)>(tokens);
        for (int t = 0; t < tokens; t++)
        {
            float z = 0f;
            for (int k = 0; k < tags; k++)
            {
                logits[t, k] = MathF.Exp(logits[t, k] - tagPeak[k]);
                z += logits[t, k];
            }

            (int Tag, float Probability) top = (-1, -1f);
            for (int k = 0; k < tags; k++)
            {
                logits[t, k] /= z;
                if (logits[t, k] > top.Probability) top = (k, logits[t, k]);
            }

            best.Add(top);
        }

        return best;
    }
}
