// helperif (after Real53's SvenslaggareSharpRL_BoltzmannHelperExponent): logits and exponents returned by a helper
// whose body has statements — a guard clause with an early return, if/else returns, a local computed then returned, a
// switch expression, a helper of such a helper — exponentiated with no shift (a logit above ~709 overflows to ∞ and the
// division gives ∞ / ∞ = NaN), or shifted through a subtracting helper Sub(v, m) by a peak taken over the whole batch
// (one far row underflows to 0 / 0).
// Sources: Boltzmann action selection in tabular RL (a Q-value exponent helper with a zero guard), preference-based
// policies, temperature-annealed choice over a jagged batch, banded scores (our own code re-creating the shapes).
// Layouts: a double[] of Q-values with a cumulative draw; a 1-D LINQ Select over preferences; float[][] rows with an
// instance helper over a mutable temperature field; double[,] rows shifted by a static Sub(v, m); a List<double>.
// Bugs: LG0003 ×4, LG0001 ×2.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.StatementHelpers_RawOrBatchShifted;

/// <summary>Exponents, logits and shifts computed by helpers with statements.</summary>
public sealed class BoltzmannChoices
{
    private readonly Random _random = new Random(7);
    private double _temperature = 1.0;

    /// <summary>Anneals the temperature; the exponent helper reads the current value.</summary>
    public void Anneal(double rate) => _temperature = Math.Max(0.05, _temperature * rate);

    /// <summary>Draws an action from exp(q / T) / Σ exp(q / T): the exponent comes from a guarded helper.</summary>
    public int Draw(double[] q)
    {
        double u = _random.NextDouble();
        double total = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            total += Math.Exp(Exponent(q[a])); //~ LG0003
        }

        double cumulative = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            cumulative += Math.Exp(Exponent(q[a])) / total; //~ LG0003
            if (u < cumulative)
            {
                return a;
            }
        }

        return q.Length - 1;
    }

    /// <summary>Action probabilities from preferences, through a local function with if/else returns.</summary>
    public static double[] PreferencePolicy(double[] preferences, double scale)
    {
        double Preference(double h)
        {
            if (h >= 0.0)
            {
                return h * scale;
            }
            else
            {
                return 0.5 * h * scale;
            }
        }

        double[] e = preferences.Select(h => Math.Exp(Preference(h))).ToArray(); //~ LG0003
        double z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }

    /// <summary>Tempered rows: the peak is folded through the helper over every row of the batch.</summary>
    public float[][] TemperedBatch(float[][] logits)
    {
        float peak = float.NegativeInfinity;
        foreach (float[] row in logits)
        {
            foreach (float v in row)
            {
                peak = Math.Max(peak, Tempered(v)); //~ LG0001
            }
        }

        var probabilities = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] = new float[logits[i].Length];
            float sum = 0f;
            for (int j = 0; j < logits[i].Length; j++)
            {
                probabilities[i][j] = MathF.Exp(Tempered(logits[i][j]) - peak);
                sum += probabilities[i][j];
            }

            for (int j = 0; j < logits[i].Length; j++)
            {
                probabilities[i][j] /= sum;
            }
        }

        return probabilities;
    }

    /// <summary>Row softmax of a [rows, cols] matrix shifted through Sub by the maximum of the whole matrix.</summary>
    public static void SubtractedBatch(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double max = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                max = Math.Max(max, x[r, c]); //~ LG0001
            }
        }

        for (int r = 0; r < rows; r++)
        {
            double s = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(Sub(x[r, c], max));
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] /= s;
            }
        }
    }

    /// <summary>Banded scores over a list: a switch expression scales each band, nothing is subtracted.</summary>
    public static List<double> BandedScores(List<double> scores)
    {
        var weights = new List<double>(scores.Count);
        double total = 0.0;
        foreach (double s in scores)
        {
            double w = Math.Exp(Banded(s)); //~ LG0003
            weights.Add(w);
            total += w;
        }

        for (int k = 0; k < weights.Count; k++)
        {
            weights[k] /= total;
        }

        return weights;
    }

    private double Exponent(double q)
    {
        if (q == 0.0)
        {
            return 0.0;
        }

        return q / _temperature;
    }

    private float Tempered(float v)
    {
        float scaled = v / (float)_temperature;
        return scaled;
    }

    private static double Sub(double v, double m)
    {
        if (double.IsNegativeInfinity(m))
        {
            throw new ArgumentException("An empty batch has no maximum.", nameof(m));
        }

        return v - m;
    }

    private static double Banded(double s) => s switch
    {
        > 100.0 => 2.0 * s,
        < -100.0 => 0.0,
        _ => s,
    };
}
