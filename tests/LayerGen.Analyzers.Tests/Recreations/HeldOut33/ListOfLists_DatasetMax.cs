// Idiom: a first "predict the class" console program from a tutorial; scores read from a CSV-like string literal into
// List<List<double>>, one big static class, LINQ everywhere, argmax printed per sample.
// Layout: List<List<double>> [samples][classes].
// Bug (LG0001): the shift is the max over the whole dataset (SelectMany(...).Max()), not each sample's own max.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HeldOut33.ListOfListsDatasetMax;

/// <summary>Prints the predicted class of every sample with its probabilities.</summary>
public static class ScorePrinter
{
    /// <summary>Semicolon-separated scores, one sample per line.</summary>
    public static string RawScores = "2.0;1.0;0.1\n0.5;2.5;-1.0";

    /// <summary>The probabilities Main computed, one list per sample.</summary>
    public static List<List<double>> Probabilities = new List<List<double>>();

    public static void Main()
    {
        var data = new List<List<double>>();
        foreach (var line in RawScores.Split('\n'))
        {
            data.Add(line.Split(';').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToList());
        }

        // subtract the max so that exp does not overflow
        double maxScore = data.SelectMany(r => r).Max(); //~ LG0001
        Probabilities = new List<List<double>>();
        foreach (var sample in data)
        {
            var exps = sample.Select(v => Math.Exp(v - maxScore)).ToList();
            double sumExps = exps.Sum();
            Probabilities.Add(exps.Select(e => e / sumExps).ToList());
        }

        int index = 0;
        foreach (var p in Probabilities)
        {
            Console.WriteLine($"Sample {index}: predicted class {p.IndexOf(p.Max())}");
            index++;
        }
    }
}
