// Idiom: fastText-style text classifier, averaged word embeddings -> linear layer -> softmax over labels, per document
// Layout: List<int[]> documents of token ids, embeddings float[vocab][dim], output float[labels, dim], List<float[]> results
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut44.FastText_AveragedEmbeddings;

public sealed class FastTextModel
{
    private readonly float[][] _embeddings;
    private readonly float[,] _output;

    public FastTextModel(float[][] embeddings, float[,] output)
    {
        _embeddings = embeddings;
        _output = output;
    }

    public List<float[]> PredictAll(List<int[]> documents)
    {
        int dim = _embeddings[0].Length;
        int labels = _output.GetLength(0);
        var results = new List<float[]>(documents.Count);
        var hidden = new float[dim];
        foreach (int[] doc in documents)
        {
            Array.Clear(hidden);
            foreach (int id in doc)
                for (int d = 0; d < dim; d++) hidden[d] += _embeddings[id][d];
            for (int d = 0; d < dim; d++) hidden[d] /= doc.Length;

            var logits = new float[labels];
            float max = float.MinValue;
            for (int k = 0; k < labels; k++)
            {
                float acc = 0f;
                for (int d = 0; d < dim; d++) acc += _output[k, d] * hidden[d];
                logits[k] = acc;
                max = Math.Max(max, acc);
            }

            float sum = 0f;
            for (int k = 0; k < labels; k++)
            {
                logits[k] = MathF.Exp(logits[k] - max);
                sum += logits[k];
            }
            for (int k = 0; k < labels; k++) logits[k] /= sum;
            results.Add(logits);
        }
        return results;
    }
}
