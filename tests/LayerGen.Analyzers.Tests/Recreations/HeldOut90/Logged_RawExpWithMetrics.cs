// Idiom: an injected log sink interface and a metrics histogram record between the exp, the sum and the division.
// Use: instrumented scorer over a column-major score matrix.
// Layout: double[classes, samples] (2D, column-major: one sample per column).
// Bug (LG0003): the scores are exponentiated raw (double.Exp, no max subtracted) and normalised per sample.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut90.Logged_RawExpWithMetrics;

public interface ILogSink
{
    void Write(string message);
}

public sealed class Histogram
{
    private readonly List<double> values = [];

    public void Record(double value) => values.Add(value);

    public int Count => values.Count;
}

public sealed class ColumnScorer(ILogSink sink, Histogram normaliserSizes)
{
    public double[,] Score(double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int classes = scores.GetLength(0);
        int samples = scores.GetLength(1);
        var probs = new double[classes, samples];
        for (int s = 0; s < samples; s++)
        {
            double denom = 0;
            for (int c = 0; c < classes; c++)
            {
                probs[c, s] = double.Exp(scores[c, s]); //~ LG0003
                denom += probs[c, s];
            }

            normaliserSizes.Record(denom);
            sink.Write($"sample {s}: denominator {denom:G4}");
            for (int c = 0; c < classes; c++)
            {
                probs[c, s] /= denom;
            }
        }

        sink.Write($"scored {samples} samples");
        return probs;
    }
}
