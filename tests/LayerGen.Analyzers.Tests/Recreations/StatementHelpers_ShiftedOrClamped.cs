// helperif (the correct twins of StatementHelpers_RawOrBatchShifted): the same helpers with statements, where what they
// return is safe to exponentiate — the Q-value exponent shifted by the maximum before it is scaled (or 0 when the value
// is 0), preferences clamped from above by an early return, a tempered peak taken per row, a subtracting helper Sub(v, m)
// given each row's own maximum, a helper returning log-probabilities v − lse with lse the row's log-sum-exp.
// Sources: the same RL and choice-model shapes (our own code).
// Layouts: as in the buggy file (double[] with a cumulative draw, 1-D LINQ, float[][] with an instance helper over a
// mutable temperature, double[,] rows with a static Sub, jagged rows with a log-probability helper).
// Correct: no diagnostic.
using System;
using System.Linq;

namespace Recreations.StatementHelpers_ShiftedOrClamped;

/// <summary>Exponents, logits and shifts computed by helpers with statements, shifted or clamped.</summary>
public sealed class BoltzmannChoices
{
    private readonly Random _random = new Random(7);
    private double _temperature = 1.0;

    /// <summary>Anneals the temperature; the exponent helper reads the current value.</summary>
    public void Anneal(double rate) => _temperature = Math.Max(0.05, _temperature * rate);

    /// <summary>Draws an action from exp((q − max) / T) / Σ exp((q − max) / T).</summary>
    public int Draw(double[] q)
    {
        double u = _random.NextDouble();
        double best = q.Max();
        double total = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            total += Math.Exp(Exponent(q[a], best));
        }

        double cumulative = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            cumulative += Math.Exp(Exponent(q[a], best)) / total;
            if (u < cumulative)
            {
                return a;
            }
        }

        return q.Length - 1;
    }

    /// <summary>Action probabilities from preferences clamped at 0 by an early return: exp of at most 1.</summary>
    public static double[] PreferencePolicy(double[] preferences)
    {
        double Preference(double h)
        {
            if (h > 0.0)
            {
                return 0.0;
            }

            return h;
        }

        double[] e = preferences.Select(h => Math.Exp(Preference(h))).ToArray();
        double z = e.Sum();
        return e.Select(v => v / z).ToArray();
    }

    /// <summary>Tempered rows: the peak is folded through the helper over each row.</summary>
    public float[][] TemperedBatch(float[][] logits)
    {
        var probabilities = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            float peak = float.NegativeInfinity;
            foreach (float v in logits[i])
            {
                peak = Math.Max(peak, Tempered(v));
            }

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

    /// <summary>Row softmax of a [rows, cols] matrix shifted through Sub by each row's maximum.</summary>
    public static void SubtractedRows(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                max = Math.Max(max, x[r, c]);
            }

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

    /// <summary>Probabilities as exp of log-probabilities v − lse, lse the row's log-sum-exp taken with its maximum.</summary>
    public static double[][] FromLogProbabilities(double[][] x)
    {
        var p = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            double m = x[i].Max();
            double s = 0.0;
            for (int j = 0; j < x[i].Length; j++)
            {
                s += Math.Exp(x[i][j] - m);
            }

            double lse = m + Math.Log(s);
            p[i] = new double[x[i].Length];
            double total = 0.0;
            for (int j = 0; j < x[i].Length; j++)
            {
                p[i][j] = Math.Exp(LogProbability(x[i][j], lse));
                total += p[i][j];
            }

            for (int j = 0; j < x[i].Length; j++)
            {
                p[i][j] /= total;
            }
        }

        return p;
    }

    private double Exponent(double q, double best)
    {
        if (q == 0.0)
        {
            return 0.0;
        }

        double shifted = q - best;
        return shifted / _temperature;
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
            throw new ArgumentException("An empty row has no maximum.", nameof(m));
        }

        return v - m;
    }

    private static double LogProbability(double v, double lse)
    {
        var result = v - lse;
        return result;
    }
}
