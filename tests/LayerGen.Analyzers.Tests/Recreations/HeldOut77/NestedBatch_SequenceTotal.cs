// Idiom: recursion over sequences (Sequences(x, y, s + 1)) with a recursive sum over the tokens of a sequence,
// SumFrom(tokens, peaks, t + 1).
// Use: per-token class probabilities for a batch of sequences.
// Layout: double[sequences][tokens][classes]; one softmax per token (innermost vector).
// Bug (LG0002): each token is shifted by its own max, but the normaliser is the recursive sum over every token of
// the sequence, so each token's probabilities sum to less than 1. Marked at the call that forms the normaliser.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut77.NestedBatch_SequenceTotal;

public static class SequenceTotal
{
    public static double[][][] Softmax(double[][][] x)
    {
        var y = new double[x.Length][][];
        Sequences(x, y, 0);
        return y;
    }

    private static double SumFrom(double[][] tokens, double[] peaks, int t) =>
        t == tokens.Length ? 0.0 : tokens[t].Sum(v => Math.Exp(v - peaks[t])) + SumFrom(tokens, peaks, t + 1);

    private static void Sequences(double[][][] x, double[][][] y, int s)
    {
        if (s == x.Length)
        {
            return;
        }

        double[][] tokens = x[s];
        double[] peaks = Array.ConvertAll(tokens, row => row.Max());
        double z = SumFrom(tokens, peaks, 0); //~ LG0002
        var outTokens = new double[tokens.Length][];
        for (int t = 0; t < tokens.Length; t++)
        {
            double peak = peaks[t];
            outTokens[t] = Array.ConvertAll(tokens[t], v => Math.Exp(v - peak) / z);
        }

        y[s] = outTokens;
        Sequences(x, y, s + 1);
    }
}
