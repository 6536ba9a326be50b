// Idiom: a positional `record` wrapping a column-major score table (`[classes, batch]`, as `Z = W·X` produces), with a
// `Probabilities()` method; the shift is a per-class maximum computed along each storage row (over the batch), and the
// normaliser is per sample (down a column over the classes).
// Layout: `double[classes, batch]`, softmax per column. Bug: LG0004 (max over the batch axis, sum over the classes).
using System;

namespace HeldOut55.RecordBatch_ClassMaxColumnMajor;

/// <summary>Class scores, one column per sample.</summary>
public sealed record ScoreTable(double[,] Scores)
{
    public int Classes => Scores.GetLength(0);
    public int Samples => Scores.GetLength(1);

    /// <summary>Per-sample class probabilities, same layout as <see cref="Scores"/>.</summary>
    public double[,] Probabilities()
    {
        var p = new double[Classes, Samples];
        var classMax = new double[Classes];
        for (int k = 0; k < Classes; k++)
        {
            classMax[k] = double.NegativeInfinity;
            for (int n = 0; n < Samples; n++)
            {
                if (Scores[k, n] > classMax[k]) classMax[k] = Scores[k, n]; //~ LG0004
            }
        }

        for (int n = 0; n < Samples; n++)
        {
            double sum = 0.0;
            for (int k = 0; k < Classes; k++)
            {
                p[k, n] = Math.Exp(Scores[k, n] - classMax[k]);
                sum += p[k, n];
            }

            for (int k = 0; k < Classes; k++)
            {
                p[k, n] /= sum;
            }
        }

        return p;
    }
}
