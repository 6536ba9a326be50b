// Idiom: primary constructor (C# 12) capturing a temperature; the running peak lives in a field.
// Use: a reusable normaliser object applied to jagged rows of scores.
// Layout: jagged double[batch][classes].
// Bug (LG0001): runningPeak is initialised once with the field and never reset per row, so each row is shifted by
// the peak of itself and every earlier row.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.PrimaryConstructor_FieldPeakNeverReset;

public sealed class TemperatureNormaliser(double temperature)
{
    private double runningPeak = double.NegativeInfinity;

    public double[][] Apply(double[][] rows)
    {
        var output = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            double[] row = rows[r];
            foreach (double v in row)
            {
                if (v / temperature > runningPeak) //~ LG0001
                    runningPeak = v / temperature;
            }

            var e = new double[row.Length];
            double z = 0.0;
            for (int k = 0; k < row.Length; k++)
            {
                e[k] = Math.Exp(row[k] / temperature - runningPeak);
                z += e[k];
            }
            for (int k = 0; k < e.Length; k++)
                e[k] /= z;
            output[r] = e;
        }
        return output;
    }
}
