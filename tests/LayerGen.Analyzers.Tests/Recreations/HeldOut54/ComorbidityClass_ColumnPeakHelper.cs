// known gap: LG0004 of a max taken in a private helper (ColumnPeak: one band's max over all patients) is reported at the helper's call site, not at the fold inside the helper
// gap: -LG0004@47 +LG0004@19
// Idiom: comorbidity-burden class model over a flat row-major buffer, with a helper that returns the peak of a column
// (one band over all patients) used as the shift. Use: population-health cohort dashboard, float export path.
// Layout: flat float[patients * bands], row `r` at `r * bands`; helper `ColumnPeak(x, patients, bands, b)`.
// Bug (LG0004): the shift of cell (r, b) is band b's maximum over the patients, while the sum runs over the bands of
// patient r: max and sum over different axes.
using System;

namespace HeldOut54.ComorbidityClass_ColumnPeakHelper;

public static class FlatComorbidityModel
{
    public static float[] BandProbabilities(float[] x, int patients, int bands)
    {
        var peaks = new float[bands];
        for (int b = 0; b < bands; b++)
        {
            peaks[b] = ColumnPeak(x, patients, bands, b);
        }

        var y = new float[x.Length];
        for (int r = 0; r < patients; r++)
        {
            int row = r * bands;
            float sum = 0f;
            for (int b = 0; b < bands; b++)
            {
                y[row + b] = MathF.Exp(x[row + b] - peaks[b]);
                sum += y[row + b];
            }

            for (int b = 0; b < bands; b++)
            {
                y[row + b] /= sum;
            }
        }

        return y;
    }

    private static float ColumnPeak(float[] x, int patients, int bands, int b)
    {
        float peak = float.NegativeInfinity;
        for (int r = 0; r < patients; r++)
        {
            peak = MathF.Max(peak, x[r * bands + b]); //~ LG0004
        }

        return peak;
    }
}
