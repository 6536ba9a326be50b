// Idiom: higher-order helpers: `Map(this double[], Func<double, double>)` and `Fold(this double[], seed, Func<...>)`
// extension methods; `row.Fold(double.NegativeInfinity, Math.Max)`, `row.Map(v => Math.Exp(v - max))`, a static lambda
// for the sum. Inspired by the ML.NET BERT sample's `Func<T, float>`-taking softmax extension; our own code.
// Use: per-sample class probabilities. Layout: List<double[]> rows, `ConvertAll` per row.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut68.HigherOrder_MapFoldRows;

public static class SequenceExtensions
{
    public static double[] Map(this double[] xs, Func<double, double> f)
    {
        var ys = new double[xs.Length];
        for (int i = 0; i < xs.Length; i++) ys[i] = f(xs[i]);
        return ys;
    }

    public static double Fold(this double[] xs, double seed, Func<double, double, double> f)
    {
        double acc = seed;
        foreach (double x in xs) acc = f(acc, x);
        return acc;
    }
}

public static class FunctionalSoftmax
{
    public static List<double[]> Softmax(List<double[]> rows) => rows.ConvertAll(row =>
    {
        double max = row.Fold(double.NegativeInfinity, Math.Max);
        double[] e = row.Map(v => Math.Exp(v - max));
        double sum = e.Fold(0.0, static (a, b) => a + b);
        return e.Map(v => v / sum);
    });
}
