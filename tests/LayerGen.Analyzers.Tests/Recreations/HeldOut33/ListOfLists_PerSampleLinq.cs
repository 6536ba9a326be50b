// Idiom: course homework "softmax of every sample", everything in Main of one static class; scores parsed from
// strings into List<List<double>>, LINQ per sample (.Max(), .Select(...).ToList(), .Sum()), Console.WriteLine per step.
// Layout: List<List<double>> [samples][classes].
// Correct: each sample is shifted by its own max and divided by its own sum.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HeldOut33.ListOfListsPerSampleLinq;

/// <summary>Homework 3, exercise 2: turn the class scores of every sample into probabilities.</summary>
public static class Homework3
{
    /// <summary>One line of space-separated class scores per sample.</summary>
    public static string[] InputLines = { "1.5 2.0 0.3", "0.1 -1.2 4.0" };

    /// <summary>The probabilities Main computed, one list per sample.</summary>
    public static List<List<double>> Answers = new List<List<double>>();

    public static void Main()
    {
        List<List<double>> scores = new List<List<double>>();
        foreach (string line in InputLines)
        {
            List<double> row = new List<double>();
            foreach (string part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                row.Add(double.Parse(part, CultureInfo.InvariantCulture));
            }

            scores.Add(row);
        }

        Console.WriteLine("read " + scores.Count + " samples");

        Answers = new List<List<double>>();
        for (int i = 0; i < scores.Count; i++)
        {
            double biggest = scores[i].Max();
            List<double> exps = scores[i].Select(s => Math.Exp(s - biggest)).ToList();
            double total = exps.Sum();
            List<double> probs = exps.Select(e => e / total).ToList();
            Answers.Add(probs);
            Console.WriteLine("sample " + i + ": " + string.Join(", ", probs));
        }
    }
}
