// HeldOut28. Idiom: a Func<double[], double[]> normaliser callback passed to a ranker's constructor; the callback is a
// static method group whose body uses a whole-array Vec.Exp utility (right for what it is given) and Vec.Sum.
// Use: re-ranking candidate passages per query. Layout: jagged double[queries][candidates].
// Bug LG0003: Vec.Exp is called on the raw relevance scores, no max subtracted (the caller passes unshifted logits).
using System;

namespace LayerGen.HeldOut28.ExpUtilCallback_RawLogits;

/// <summary>Element-wise vector helpers.</summary>
public static class Vec
{
    public static double[] Exp(double[] a)
    {
        var r = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            r[i] = Math.Exp(a[i]);
        }

        return r;
    }

    public static double Sum(double[] a)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i];
        }

        return s;
    }

    public static double[] Scale(double[] a, double factor)
    {
        var r = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            r[i] = a[i] * factor;
        }

        return r;
    }
}

/// <summary>Normalisers a ranker can be configured with.</summary>
public static class Normalizers
{
    public static double[] Softmax(double[] scores)
    {
        var e = Vec.Exp(scores); //~ LG0003
        return Vec.Scale(e, 1.0 / Vec.Sum(e));
    }
}

/// <summary>Ranks candidates with the configured normaliser.</summary>
public sealed class Reranker(Func<double[], double[]> normalize)
{
    public static Reranker Default { get; } = new(Normalizers.Softmax);

    public double[][] Rank(double[][] relevance)
    {
        var result = new double[relevance.Length][];
        for (var q = 0; q < relevance.Length; q++)
        {
            result[q] = normalize(relevance[q]);
        }

        return result;
    }
}
