// Idiom: C# 14 partial constructor: the implementing part turns mixture scores into weights.
// Use: mixture-of-experts gate weights per sample.
// Layout: jagged double[batch][experts].
// Bug LG0003: Math.Exp(scores[k][j]) on raw scores, no max subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.PartialConstructor_RawJagged;

public partial class Mixture
{
    private readonly double[][] weights;

    public partial Mixture(double[][] scores);

    public double[][] Weights => weights;
}

public partial class Mixture
{
    public partial Mixture(double[][] scores)
    {
        weights = new double[scores.Length][];
        for (int k = 0; k < scores.Length; k++)
        {
            var w = new double[scores[k].Length];
            double norm = 0;
            for (int j = 0; j < w.Length; j++) norm += w[j] = Math.Exp(scores[k][j]); //~ LG0003
            for (int j = 0; j < w.Length; j++) w[j] /= norm;
            weights[k] = w;
        }
    }
}
