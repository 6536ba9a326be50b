// Idiom: comorbidity-burden class model (none / mild / moderate / severe, Charlson-style bands) with the row maximum
// factored into a private helper method. Use: population-health cohort dashboard.
// Layout: double[patients, bands] row-major; helper `RowPeak(x, r)`, per-row exp and sum.
// Correct.
using System;

namespace HeldOut54.ComorbidityClass_RowPeakHelper;

public static class ComorbidityModel
{
    public static double[,] BandProbabilities(double[,] x)
    {
        int rows = x.GetLength(0);
        int bands = x.GetLength(1);
        var y = new double[rows, bands];
        for (int r = 0; r < rows; r++)
        {
            double peak = RowPeak(x, r);
            double sum = 0.0;
            for (int b = 0; b < bands; b++)
            {
                y[r, b] = Math.Exp(x[r, b] - peak);
                sum += y[r, b];
            }

            for (int b = 0; b < bands; b++)
            {
                y[r, b] /= sum;
            }
        }

        return y;
    }

    private static double RowPeak(double[,] x, int r)
    {
        double peak = x[r, 0];
        for (int b = 1; b < x.GetLength(1); b++)
        {
            peak = Math.Max(peak, x[r, b]);
        }

        return peak;
    }
}
