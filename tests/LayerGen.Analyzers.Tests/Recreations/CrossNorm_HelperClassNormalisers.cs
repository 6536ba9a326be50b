// Variants (our own code) of Real58's Portfolio MaxEnt and beam-search taggers and of the HeldOut33 probe: a
// normaliser that lives in another class (a static utility whose public entry calls its private sibling unqualified,
// an instance of a normaliser type held in a field), e spelled as Math.Pow(Math.E, x), and a static-field maximum a
// FindMax helper folds and never resets.
// Layouts: one class-score vector per call (double[]), a jagged [word][class] batch normalised per word, a
// [row][class] batch whose maximum is carried across rows in a static field.
// Bugs: LG0003 (raw score through the sibling normaliser), LG0003 (raw score per word through the field's
// normaliser), LG0001 (the never-reset field max, at the helper's fold: the helper is wrong itself).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.CrossNormHelperClassNormalisers;

/// <summary>Normalisation helpers of a utility class.</summary>
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

/// <summary>An instance normaliser.</summary>
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
        var distribution = new double[weights.Length];
        for (int c = 0; c < weights.Length; c++)
        {
            double score = 0;
            foreach (int f in features)
            {
                score += weights[c][f];
            }

            distribution[c] = Math.Pow(Math.E, score); //~ LG0003
        }

        Normalization.Normalize(distribution);
        return distribution;
    }

    public double[][] TagWords(double[][] wordScores)
    {
        var probs = new double[wordScores.Length][];
        for (int w = 0; w < wordScores.Length; w++)
        {
            probs[w] = new double[wordScores[w].Length];
            for (int c = 0; c < wordScores[w].Length; c++)
            {
                probs[w][c] = Math.Exp(wordScores[w][c]); //~ LG0003
            }

            normaliser.Apply(probs[w]);
        }

        return probs;
    }
}

public static class RowSoftmax
{
    private static double max = double.MinValue;

    private static void FindMax(double[] s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] > max) max = s[i]; //~ LG0001
        }
    }

    public static void Forward(double[][] batch, double[][] y)
    {
        for (int r = 0; r < batch.Length; r++)
        {
            double[] s = batch[r];
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
