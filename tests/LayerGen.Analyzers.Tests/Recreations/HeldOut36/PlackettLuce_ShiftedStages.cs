// Idiom: Plackett-Luce sampling of a ranking for exploration: at each position a softmax over the items not yet placed
// Layout: double[] scores, bool[] placed mask, a helper filling the stage's probabilities; Random for the draws
// Correct
using System;

namespace HeldOut36.PlackettLuce_ShiftedStages;

public static class PlackettLuceSampler
{
    public static int[] SampleRanking(double[] scores, double temperature, Random rng)
    {
        int n = scores.Length;
        var placed = new bool[n];
        var probabilities = new double[n];
        var ranking = new int[n];
        for (int position = 0; position < n; position++)
        {
            StageProbabilities(scores, placed, temperature, probabilities);
            double u = rng.NextDouble();
            double cumulative = 0;
            int pick = -1;
            for (int i = 0; i < n; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                pick = i;
                cumulative += probabilities[i];
                if (u < cumulative)
                {
                    break;
                }
            }

            placed[pick] = true;
            ranking[position] = pick;
        }

        return ranking;
    }

    public static void StageProbabilities(double[] scores, bool[] placed, double temperature, double[] probabilities)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
        {
            if (!placed[i] && scores[i] / temperature > max)
            {
                max = scores[i] / temperature;
            }
        }

        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            probabilities[i] = placed[i] ? 0 : Math.Exp(scores[i] / temperature - max);
            sum += probabilities[i];
        }

        for (int i = 0; i < scores.Length; i++)
        {
            probabilities[i] /= sum;
        }
    }
}
