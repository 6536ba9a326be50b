// Idiom: daily probabilities of circulation types, the scores of all days in one flat buffer, each day a Span slice;
// the day's weights are exp of the raw scores, walked with a while loop.
// Use: weather-type classification of a reanalysis period.
// Layout: flat double[] days × types (index day * types + k), AsSpan(day * types, types) per day; flat out.
// Bug LG0003: exp of the raw scores, no shift (∞/∞ = NaN once a score passes ~709).
using System;

namespace HeldOut51.WeatherTypes_RawSpanDays;

public static class CirculationTypes
{
    public static double[] Daily(double[] scores, int types)
    {
        var prob = new double[scores.Length];
        int days = scores.Length / types;
        for (int day = 0; day < days; day++)
        {
            ReadOnlySpan<double> z = scores.AsSpan(day * types, types);
            Span<double> p = prob.AsSpan(day * types, types);
            double s = 0.0;
            int k = 0;
            while (k < types)
            {
                p[k] = Math.Exp(z[k]); //~ LG0003
                s += p[k];
                k++;
            }

            k = 0;
            while (k < types)
            {
                p[k] /= s;
                k++;
            }
        }

        return prob;
    }
}
