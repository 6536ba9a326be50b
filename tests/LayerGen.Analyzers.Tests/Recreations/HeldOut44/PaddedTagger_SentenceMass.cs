// Idiom: batched sequence tagger over padded sentences (jagged per sentence), tag distribution per real token
// Layout: jagged double[batch][maxLen][tags], int[] lengths
// Bug (LG0002): the normaliser is reset per sentence, not per token, so it sums every token's tags of the sentence
using System;

namespace HeldOut44.PaddedTagger_SentenceMass;

public static class JaggedBatchTagger
{
    public static double[][][] Normalise(double[][][] logits, int[] lengths)
    {
        var probs = new double[logits.Length][][];
        for (int b = 0; b < logits.Length; b++)
        {
            probs[b] = new double[logits[b].Length][];
            for (int t = 0; t < logits[b].Length; t++)
                probs[b][t] = new double[logits[b][t].Length];

            double mass = 0.0;
            for (int t = 0; t < lengths[b]; t++)
            {
                double[] token = logits[b][t];
                double top = double.NegativeInfinity;
                foreach (double v in token) top = Math.Max(top, v);
                for (int k = 0; k < token.Length; k++)
                {
                    probs[b][t][k] = Math.Exp(token[k] - top);
                    mass += probs[b][t][k]; //~ LG0002
                }
            }

            for (int t = 0; t < lengths[b]; t++)
                for (int k = 0; k < probs[b][t].Length; k++)
                    probs[b][t][k] /= mass;
        }
        return probs;
    }
}
