// Idiom: a Stack Overflow answer's softmax of a List<double> with Math.Pow(Math.E, x) as the exp, called from Main for
// every sample of a small dataset.
// Layout: List<double> per sample; the dataset is List<List<double>>.
// Bug (LG0003): the helper raises e to the raw scores, no max is subtracted (overflow to Infinity and NaN above ~709).
using System;
using System.Collections.Generic;

namespace HeldOut33.PowEulerRawListScores;

/// <summary>Softmax of a list of scores.</summary>
public static class ListSoftmax
{
    /// <summary>The dataset Main runs over.</summary>
    public static List<List<double>> Dataset = new List<List<double>> { new List<double> { 3.0, 1.0, 0.2 } };

    /// <summary>The probabilities Main computed.</summary>
    public static List<List<double>> Results = new List<List<double>>();

    public static List<double> Softmax(List<double> scores)
    {
        List<double> exps = new List<double>();
        double sum = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            double e = Math.Pow(Math.E, scores[i]); //~ LG0003
            exps.Add(e);
            sum += e;
        }

        List<double> result = new List<double>();
        for (int i = 0; i < exps.Count; i++)
        {
            result.Add(exps[i] / sum);
        }

        return result;
    }

    public static void Main()
    {
        Results = new List<List<double>>();
        foreach (List<double> sample in Dataset)
        {
            List<double> p = Softmax(sample);
            Results.Add(p);
            Console.WriteLine(string.Join(" ", p));
        }
    }
}
