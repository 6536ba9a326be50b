// Correct twins of DrawnThresholds_RawWheels (our own code): the same division-free roulette wheels over exps of
// max-shifted values (the largest weight is exactly 1, the total is in [1, n]), a per-state total, and a
// fitness-proportional wheel over raw data (no exps at all). Nothing to report.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DrawnThresholds_ShiftedWheels;

public static class Wheels
{
    /// <summary>Boltzmann exploration over Q-values shifted by their maximum.</summary>
    public static int BoltzmannAction(double[] q, double tau, Random rng)
    {
        double best = q.Max();
        var weights = new double[q.Length];
        double total = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            weights[a] = Math.Exp((q[a] - best) / tau);
            total += weights[a];
        }

        double target = rng.NextDouble() * total;
        double cumulative = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            cumulative += weights[a];
            if (cumulative >= target)
            {
                return a;
            }
        }

        return q.Length - 1;
    }

    /// <summary>A utility AI over a dictionary, utilities shifted by the best one.</summary>
    public static string PickMove(Dictionary<string, float> utilities, Random rng)
    {
        float top = utilities.Values.Max();
        var weights = new Dictionary<string, float>();
        float sum = 0f;
        foreach (var (move, utility) in utilities)
        {
            float w = MathF.Exp(utility - top);
            weights[move] = w;
            sum += w;
        }

        float remaining = (float)rng.NextDouble() * sum;
        string last = "";
        foreach (var (move, w) in weights)
        {
            last = move;
            remaining -= w;
            if (remaining <= 0f)
            {
                return move;
            }
        }

        return last;
    }

    /// <summary>One draw per state, the total reset per state.</summary>
    public static void BatchActions(double[,] q, Random rng, int[] actions)
    {
        int states = q.GetLength(0), count = q.GetLength(1);
        for (int s = 0; s < states; s++)
        {
            double best = double.NegativeInfinity;
            for (int a = 0; a < count; a++) best = Math.Max(best, q[s, a]);
            double total = 0.0;
            for (int a = 0; a < count; a++) total += Math.Exp(q[s, a] - best);
            double draw = rng.NextDouble() * total;
            actions[s] = count - 1;
            for (int a = 0; a < count; a++)
            {
                draw -= Math.Exp(q[s, a] - best);
                if (draw <= 0.0)
                {
                    actions[s] = a;
                    break;
                }
            }
        }
    }

    /// <summary>Fitness-proportional selection over non-negative fitness values: no exp, no softmax.</summary>
    public static int SelectParent(double[] fitness, Random rng)
    {
        double total = fitness.Sum();
        double target = rng.NextDouble() * total;
        double cumulative = 0.0;
        for (int i = 0; i < fitness.Length; i++)
        {
            cumulative += fitness[i];
            if (cumulative > target)
            {
                return i;
            }
        }

        return fitness.Length - 1;
    }
}
