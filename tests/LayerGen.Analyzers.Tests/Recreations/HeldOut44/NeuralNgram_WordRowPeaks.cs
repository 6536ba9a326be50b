// Idiom: neural n-gram language model, next-word distribution for a batch of contexts, scores kept one row per vocabulary word
// Layout: jagged float[vocab][contexts] (column-major by context), LINQ Max per word row
// Bug (LG0004): each word's peak is taken across the contexts while each context's sum runs over the vocabulary
using System;
using System.Linq;

namespace HeldOut44.NeuralNgram_WordRowPeaks;

public static class NgramSoftmax
{
    public static float[][] Normalise(float[][] scores)
    {
        int vocab = scores.Length;
        int contexts = scores[0].Length;
        var peak = new float[vocab];
        for (int w = 0; w < vocab; w++)
            peak[w] = scores[w].Max(); //~ LG0004

        var probs = new float[vocab][];
        for (int w = 0; w < vocab; w++) probs[w] = new float[contexts];

        for (int j = 0; j < contexts; j++)
        {
            float sum = 0f;
            for (int w = 0; w < vocab; w++)
            {
                probs[w][j] = MathF.Exp(scores[w][j] - peak[w]);
                sum += probs[w][j];
            }
            for (int w = 0; w < vocab; w++) probs[w][j] /= sum;
        }
        return probs;
    }
}
