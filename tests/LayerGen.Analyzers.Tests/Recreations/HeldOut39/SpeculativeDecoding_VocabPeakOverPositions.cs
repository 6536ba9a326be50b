// Idiom: speculative decoding, target model's verification logits for all drafted positions at once; the shift is
//        computed per vocabulary entry across the positions (a column max over the [positions, vocab] block)
// Layout: jagged float[][] target[position][vocab], float[] peak[vocab], probabilities float[][]
// Bug (LG0004): `peak[v]` runs over the positions for one token, the sum over the vocabulary for one position
using System;

namespace HeldOut39.SpeculativeDecoding_VocabPeakOverPositions;

public static class Verifier
{
    public static float[][] TargetProbs(float[][] target)
    {
        int positions = target.Length;
        int vocab = target[0].Length;
        var peak = new float[vocab];
        Array.Fill(peak, float.NegativeInfinity);
        for (int t = 0; t < positions; t++)
        {
            for (int v = 0; v < vocab; v++)
            {
                if (target[t][v] > peak[v]) peak[v] = target[t][v]; //~ LG0004
            }
        }

        var probs = new float[positions][];
        for (int t = 0; t < positions; t++)
        {
            probs[t] = new float[vocab];
            float z = 0f;
            for (int v = 0; v < vocab; v++)
            {
                probs[t][v] = MathF.Exp(target[t][v] - peak[v]);
                z += probs[t][v];
            }
            for (int v = 0; v < vocab; v++)
            {
                probs[t][v] /= z;
            }
        }
        return probs;
    }
}
