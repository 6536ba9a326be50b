// Idiom: hierarchical attention network (document classifier), word-level attention within each sentence of a document
// Layout: word hidden states float[words][dim] for the whole document, scores flat float[words], int[] sentenceStart (CSR, length sentences + 1)
// Correct
using System;

namespace HeldOut44.SentenceAttention_DocumentOffsets;

public sealed class WordAttention
{
    private readonly float[] _context;

    public WordAttention(float[] context) => _context = context;

    private float Score(float[] hidden)
    {
        float s = 0f;
        for (int d = 0; d < hidden.Length; d++) s += hidden[d] * _context[d];
        return s;
    }

    public float[] Weights(float[][] wordHidden, int[] sentenceStart)
    {
        var alpha = new float[wordHidden.Length];
        for (int i = 0; i < wordHidden.Length; i++) alpha[i] = Score(wordHidden[i]);

        int sentences = sentenceStart.Length - 1;
        for (int s = 0; s < sentences; s++)
        {
            int start = sentenceStart[s], end = sentenceStart[s + 1];
            float maxScore = float.NegativeInfinity;
            for (int i = start; i < end; i++) maxScore = MathF.Max(maxScore, alpha[i]);

            float total = 0f;
            for (int i = start; i < end; i++)
            {
                alpha[i] = MathF.Exp(alpha[i] - maxScore);
                total += alpha[i];
            }
            for (int i = start; i < end; i++) alpha[i] /= total;
        }
        return alpha;
    }

    public float[][] SentenceVectors(float[][] wordHidden, int[] sentenceStart)
    {
        float[] alpha = Weights(wordHidden, sentenceStart);
        int dim = wordHidden[0].Length;
        var vectors = new float[sentenceStart.Length - 1][];
        for (int s = 0; s < vectors.Length; s++)
        {
            vectors[s] = new float[dim];
            for (int i = sentenceStart[s]; i < sentenceStart[s + 1]; i++)
                for (int d = 0; d < dim; d++) vectors[s][d] += alpha[i] * wordHidden[i][d];
        }
        return vectors;
    }
}
