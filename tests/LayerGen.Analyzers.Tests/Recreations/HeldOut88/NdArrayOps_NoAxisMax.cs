// known gap: a whole-array max returned by the record's own Max() method (numpy's axis=None) is not read as a max over every row
// gap: -LG0001@74
// Idiom: a NumPy port that writes `x - np.max(x)` (no axis: the maximum of the whole array) before
// `np.exp(...) / np.sum(..., axis=1, keepdims=True)`, with a small double NdArray whose reductions take `int? axis`.
// Use: per-token tag probabilities of a sequence tagger.
// Layout: NdArray of double, shape (sentences, tokens, tags) flattened to rows of `tags`; softmax per (sentence, token).
// Bug: LG0001 — `x.Max()` with axis null folds every sentence and token; a row 1000 below the others underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.NdArrayOps_NoAxisMax;

public sealed record Tensor(double[] Values, int[] Dims)
{
    public int Rank => Dims.Length;

    public int Size
    {
        get
        {
            int n = 1;
            foreach (int d in Dims) n *= d;
            return n;
        }
    }

    // axis == null reduces everything to a scalar, as numpy does.
    public double Max(int? axis = null)
    {
        if (axis is not null) throw new NotSupportedException("only the full reduction is needed here");
        double best = double.NegativeInfinity;
        for (int i = 0; i < Values.Length; i++) best = Math.Max(best, Values[i]);
        return best;
    }

    public Tensor Map(Func<double, double> f)
    {
        var v = new double[Values.Length];
        for (int i = 0; i < v.Length; i++) v[i] = f(Values[i]);
        return this with { Values = v };
    }

    // Sum over the last axis, keeping it with length 1.
    public Tensor SumLast()
    {
        int n = Dims[Rank - 1];
        var v = new double[Values.Length / n];
        for (int r = 0; r < v.Length; r++)
        {
            double s = 0.0;
            for (int k = 0; k < n; k++) s += Values[r * n + k];
            v[r] = s;
        }

        var dims = (int[])Dims.Clone();
        dims[Rank - 1] = 1;
        return new Tensor(v, dims);
    }

    public static Tensor operator /(Tensor a, Tensor b)
    {
        int n = a.Dims[a.Rank - 1];
        var v = new double[a.Values.Length];
        for (int i = 0; i < v.Length; i++) v[i] = a.Values[i] / b.Values[i / n];
        return a with { Values = v };
    }
}

public static class Tagger
{
    public static Tensor TagProbabilities(Tensor scores)
    {
        double top = scores.Max(); //~ LG0001
        Tensor e = scores.Map(s => Math.Exp(s - top));
        return e / e.SumLast();
    }

    public static double[] Run(double[] logits, int sentences, int tokens, int tags) =>
        TagProbabilities(new Tensor(logits, new[] { sentences, tokens, tags })).Values;
}
