// Idiom: sequence tagger whose scorer emits tag-major scores (one row per tag over the sentence), per-token tag distribution
// Layout: scores float[tags, tokens] (transposed 2D), per-tag peak array
// Bug (LG0004): the peak of each tag is taken over the tokens while each token's sum runs over the tags
using System;

namespace HeldOut44.Tagger_TagMajorTagPeaks;

public static class TagMajorTagger
{
    public static float[,] TokenTagProbabilities(float[,] scores)
    {
        int tagCount = scores.GetLength(0);
        int tokenCount = scores.GetLength(1);

        var tagPeak = new float[tagCount];
        for (int tag = 0; tag < tagCount; tag++)
        {
            tagPeak[tag] = float.NegativeInfinity;
            for (int tok = 0; tok < tokenCount; tok++)
                tagPeak[tag] = MathF.Max(tagPeak[tag], scores[tag, tok]); //~ LG0004
        }

        var probs = new float[tagCount, tokenCount];
        for (int tok = 0; tok < tokenCount; tok++)
        {
            float z = 0f;
            for (int tag = 0; tag < tagCount; tag++)
            {
                probs[tag, tok] = MathF.Exp(scores[tag, tok] - tagPeak[tag]);
                z += probs[tag, tok];
            }
            for (int tag = 0; tag < tagCount; tag++)
                probs[tag, tok] /= z;
        }
        return probs;
    }
}
