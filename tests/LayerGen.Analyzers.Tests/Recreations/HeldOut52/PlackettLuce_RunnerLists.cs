// Idiom: Plackett-Luce win probabilities per race (the first stage of the ranking model is a softmax over the runners'
// strengths), races with different field sizes.
// Layout: IReadOnlyList<List<Runner>> (one List<Runner> per race), a local function normalises one field.
// Correct. Style inspired by public horse-racing Plackett-Luce scripts ("race softmax" per race_id); our own code.
using System;
using System.Collections.Generic;

namespace HeldOut52.PlackettLuce_RunnerLists;

public sealed record Runner(string Horse, double Strength);

public static class RaceModel
{
    public static List<double[]> WinProbabilities(IReadOnlyList<List<Runner>> races)
    {
        var result = new List<double[]>(races.Count);
        foreach (List<Runner> field in races)
        {
            result.Add(FirstPlace(field));
        }

        return result;

        static double[] FirstPlace(List<Runner> field)
        {
            double best = double.NegativeInfinity;
            foreach (Runner r in field)
            {
                if (r.Strength > best)
                {
                    best = r.Strength;
                }
            }

            var win = new double[field.Count];
            double denom = 0.0;
            for (int i = 0; i < field.Count; i++)
            {
                win[i] = Math.Exp(field[i].Strength - best);
                denom += win[i];
            }

            for (int i = 0; i < win.Length; i++)
            {
                win[i] /= denom;
            }

            return win;
        }
    }
}
