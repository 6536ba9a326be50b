// Idiom: init-only properties (`required double[,] Scores { get; init; }`, `Temperature { get; init; } = 1.0`).
// Use: temperature-scaled calibration of a classifier's [batch, classes] scores.
// Layout: double[batch, classes] row-major, softmax per row (over classes).
// Bug (LG0004): the peaks are taken per class over the batch (peaks[c]), the sum per row over the classes.
// Our own code.
#nullable enable
using System;

namespace HeldOut85.InitOnly_ClassMaxima;

public sealed class Calibration
{
    public required double[,] Scores { get; init; }

    public double Temperature { get; init; } = 1.0;

    public double[,] Probabilities()
    {
        int batch = Scores.GetLength(0), classes = Scores.GetLength(1);
        var peaks = new double[classes];
        Array.Fill(peaks, double.NegativeInfinity);
        for (int b = 0; b < batch; b++)
            for (int c = 0; c < classes; c++)
                if (Scores[b, c] / Temperature > peaks[c]) peaks[c] = Scores[b, c] / Temperature; //~ LG0004

        var result = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double total = 0.0;
            for (int c = 0; c < classes; c++)
                total += result[b, c] = Math.Exp(Scores[b, c] / Temperature - peaks[c]);
            for (int c = 0; c < classes; c++)
                result[b, c] /= total;
        }

        return result;
    }
}
