// Idiom: word2vec full softmax for a batch of centre words looked up in a Dictionary<string, int> vocabulary
// Layout: scores double[batch, vocab] (row-major 2D), embeddings double[vocab][dim]
// Bug (LG0001): one max over the whole batch's scores, subtracted from every centre word's row
using System;
using System.Collections.Generic;

namespace HeldOut44.Word2Vec_VocabGlobalMax;

public sealed class FullSoftmaxScorer
{
    private readonly Dictionary<string, int> _vocab;
    private readonly double[][] _inVectors;
    private readonly double[][] _outVectors;

    public FullSoftmaxScorer(Dictionary<string, int> vocab, double[][] inVectors, double[][] outVectors)
    {
        _vocab = vocab;
        _inVectors = inVectors;
        _outVectors = outVectors;
    }

    public double[,] Predict(IReadOnlyList<string> centreWords)
    {
        int batch = centreWords.Count;
        int vocabSize = _outVectors.Length;
        var scores = new double[batch, vocabSize];
        for (int b = 0; b < batch; b++)
        {
            double[] h = _inVectors[_vocab[centreWords[b]]];
            for (int w = 0; w < vocabSize; w++)
            {
                double s = 0;
                for (int d = 0; d < h.Length; d++) s += h[d] * _outVectors[w][d];
                scores[b, w] = s;
            }
        }

        double max = double.NegativeInfinity;
        for (int b = 0; b < batch; b++)
            for (int w = 0; w < vocabSize; w++)
                if (scores[b, w] > max) max = scores[b, w]; //~ LG0001

        var probs = new double[batch, vocabSize];
        for (int b = 0; b < batch; b++)
        {
            double sum = 0;
            for (int w = 0; w < vocabSize; w++)
            {
                probs[b, w] = Math.Exp(scores[b, w] - max);
                sum += probs[b, w];
            }
            for (int w = 0; w < vocabSize; w++) probs[b, w] /= sum;
        }
        return probs;
    }
}
