// Idiom: Monte Carlo season simulation in float: fixture outcome probabilities from a flat score buffer, then draws.
// Layout: flat float[] scores, stride 3 per fixture (home, draw, away); a Func<float, float> kernel; float.Exp.
// Bug: the kernel exponentiates the raw outcome scores (no shift): float overflows above ~88, giving infinity/NaN.
using System;

namespace HeldOut52.SeasonSimulation_FlatFloatKernel;

public static class Simulator
{
    public static float[] FixtureProbabilities(float[] scores)
    {
        int fixtures = scores.Length / 3;
        var prob = new float[scores.Length];
        Func<float, float> weight = s => float.Exp(s); //~ LG0003
        for (int f = 0; f < fixtures; f++)
        {
            int o = 3 * f;
            float z = 0f;
            for (int k = 0; k < 3; k++)
            {
                prob[o + k] = weight(scores[o + k]);
                z += prob[o + k];
            }

            for (int k = 0; k < 3; k++)
            {
                prob[o + k] /= z;
            }
        }

        return prob;
    }

    public static int[] HomeWins(float[] scores, int seasons, int seed)
    {
        float[] prob = FixtureProbabilities(scores);
        var wins = new int[scores.Length / 3];
        var rng = new Random(seed);
        for (int season = 0; season < seasons; season++)
        {
            for (int f = 0; f < wins.Length; f++)
            {
                if (rng.NextSingle() < prob[3 * f])
                {
                    wins[f]++;
                }
            }
        }

        return wins;
    }
}
