// Idiom: bag-of-words multinomial logistic regression text classifier, class probabilities of one document
// Layout: Dictionary<string, int> vocabulary, weights double[labels, vocab], LINQ Max/Select/Sum over the label scores
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut44.BagOfWords_LogRegLinq;

public sealed class BowClassifier
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly double[,] _weights;
    private readonly double[] _bias;

    public BowClassifier(Dictionary<string, int> vocabulary, double[,] weights, double[] bias)
    {
        _vocabulary = vocabulary;
        _weights = weights;
        _bias = bias;
    }

    public double[] PredictProba(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in tokens)
        {
            if (!_vocabulary.TryGetValue(token.ToLowerInvariant(), out int id)) continue;
            counts[id] = counts.TryGetValue(id, out int c) ? c + 1 : 1;
        }

        int labels = _bias.Length;
        var z = new double[labels];
        for (int y = 0; y < labels; y++)
        {
            z[y] = _bias[y];
            foreach (var (id, count) in counts) z[y] += count * _weights[y, id];
        }

        double m = z.Max();
        double[] e = z.Select(v => Math.Exp(v - m)).ToArray();
        double s = e.Sum();
        return e.Select(v => v / s).ToArray();
    }

    public int Predict(IEnumerable<string> tokens)
    {
        double[] p = PredictProba(tokens);
        return Array.IndexOf(p, p.Max());
    }
}
