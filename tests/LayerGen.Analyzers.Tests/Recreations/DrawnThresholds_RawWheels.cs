// Variants (our own code) of roulette-wheel action selection that never divides: Boltzmann exploration over Q-values,
// a game AI picking a move by utility, top-p truncation of a token distribution. Each compares the running exps with a
// drawn share of their sum (acc >= u * total) or walks the draw down (r -= w[k]) — the same CDF as acc / total >= u.
// Bugs: LG0003 (exps of raw values: Q / tau overflows to ∞ for Q/tau > 709, every draw then picks the first
// overflowing action; all-negative utilities underflow to 0 and every draw picks action 0), LG0002 (a total carried
// across the batch's rows).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.DrawnThresholds_RawWheels;

public static class Wheels
{
    /// <summary>Boltzmann exploration: the cumulative exps against a drawn target.</summary>
    public static int BoltzmannAction(double[] q, double tau, Random rng)
    {
        var weights = new double[q.Length];
        double total = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            weights[a] = Math.Exp(q[a] / tau); //~ LG0003
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

    /// <summary>A utility AI: the draw walked down by each option's weight, options in a dictionary.</summary>
    public static string PickMove(Dictionary<string, float> utilities, Random rng)
    {
        var weights = new Dictionary<string, float>();
        float sum = 0f;
        foreach (var (move, utility) in utilities)
        {
            float w = MathF.Exp(utility); //~ LG0003
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

    /// <summary>Top-p truncation: keep the most likely tokens until their exps reach p of the total.</summary>
    public static int[] NucleusTokens(float[] logits, float topP, float temperature)
    {
        var weights = logits.Select(l => MathF.Exp(l / temperature)).ToArray(); //~ LG0003
        float total = weights.Sum();
        var order = Enumerable.Range(0, logits.Length).OrderByDescending(i => weights[i]).ToArray();
        float kept = 0f;
        int count = 0;
        while (count < order.Length)
        {
            kept += weights[order[count]];
            count++;
            if (kept >= topP * total)
            {
                break;
            }
        }

        return order.Take(count).ToArray();
    }

    /// <summary>One draw per state of a batch [states, actions]; the total is never reset between states.</summary>
    public static void BatchActions(double[,] q, Random rng, int[] actions)
    {
        int states = q.GetLength(0), count = q.GetLength(1);
        double total = 0.0;
        for (int s = 0; s < states; s++)
        {
            double best = double.NegativeInfinity;
            for (int a = 0; a < count; a++) best = Math.Max(best, q[s, a]);
            for (int a = 0; a < count; a++) total += Math.Exp(q[s, a] - best); //~ LG0002
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
}
