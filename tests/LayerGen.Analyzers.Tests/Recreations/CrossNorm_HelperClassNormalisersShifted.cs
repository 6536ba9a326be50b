// Correct twins (our own code) of CrossNorm_HelperClassNormalisers.cs: the same helper-class normalisers over
// max-shifted exps (Math.Pow(Math.E, x - max), Math.Exp(x - max)), the log-softmax written out in base e instead of a
// log of the normalised probability (Math.Log(total, Math.E)), a log in base 2 of a count ratio, and the field
// maximum reset by the caller before every row's FindMax.
// Layouts: as in the buggy file (one vector, a jagged [word][class] batch, a [row][class] batch).
// Bugs: none.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.CrossNormHelperClassNormalisersShifted;

public static class Normalization
{
    public static void Normalize(IList<double> values)
    {
        NormalizeInto(values, values);
    }

    private static void NormalizeInto(IList<double> input, IList<double> output)
    {
        double denominator = 0;
        for (int i = 0; i < input.Count; i++)
        {
            denominator += input[i];
        }

        for (int i = 0; i < input.Count; i++)
        {
            output[i] = input[i] / denominator;
        }
    }
}

public sealed class SumNormaliser
{
    public void Apply(double[] values)
    {
        double total = 0;
        foreach (double v in values)
        {
            total += v;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] /= total;
        }
    }
}

public sealed class MaxEntScorer
{
    private readonly double[][] weights;
    private readonly SumNormaliser normaliser = new SumNormaliser();

    public MaxEntScorer(double[][] weights) => this.weights = weights;

    public double[] Distribution(int[] features)
    {
        var scores = new double[weights.Length];
        for (int c = 0; c < weights.Length; c++)
        {
            foreach (int f in features)
            {
                scores[c] += weights[c][f];
            }
        }

        double max = scores.Max();
        var distribution = new double[scores.Length];
        for (int c = 0; c < scores.Length; c++)
        {
            distribution[c] = Math.Pow(Math.E, scores[c] - max);
        }

        Normalization.Normalize(distribution);
        return distribution;
    }

    public double[][] TagWords(double[][] wordScores)
    {
        var probs = new double[wordScores.Length][];
        for (int w = 0; w < wordScores.Length; w++)
        {
            double max = wordScores[w].Max();
            probs[w] = new double[wordScores[w].Length];
            for (int c = 0; c < wordScores[w].Length; c++)
            {
                probs[w][c] = Math.Exp(wordScores[w][c] - max);
            }

            normaliser.Apply(probs[w]);
        }

        return probs;
    }

    public double ChildWeight(double[] scores, int c, double parentWeight)
    {
        double max = scores.Max();
        double total = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            total += Math.Exp(scores[i] - max);
        }

        return scores[c] - max - Math.Log(total, Math.E) + parentWeight;
    }

    public static double Bits(int count, int total) => -Math.Log((double)count / total, 2);
}

public static class RowSoftmax
{
    private static double max = double.MinValue;

    private static void FindMax(double[] s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] > max) max = s[i];
        }
    }

    public static void Forward(double[][] batch, double[][] y)
    {
        for (int r = 0; r < batch.Length; r++)
        {
            double[] s = batch[r];
            max = double.MinValue;
            FindMax(s);
            double sum = 0;
            for (int i = 0; i < s.Length; i++)
            {
                y[r][i] = Math.Exp(s[i] - max);
                sum += y[r][i];
            }

            for (int i = 0; i < s.Length; i++)
            {
                y[r][i] /= sum;
            }
        }
    }
}
