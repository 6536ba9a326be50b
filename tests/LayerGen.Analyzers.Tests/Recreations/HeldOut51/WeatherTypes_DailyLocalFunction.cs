// Idiom: daily probabilities of atmospheric circulation (weather) types from a multinomial-logit classifier of the
// pressure field, one time step per day, normalised by a local function.
// Use: weather-type classification of reanalysis days (e.g. Lamb / Grosswetterlagen-style types).
// Layout: List<double[]> of time steps (types per day), foreach over the days; List<double[]> out.
// Correct: peak and total per day.
using System;
using System.Collections.Generic;

namespace HeldOut51.WeatherTypes_DailyLocalFunction;

public static class CirculationTypes
{
    public static List<double[]> Daily(List<double[]> scores)
    {
        static double[] Softmax(double[] z)
        {
            double m = z[0];
            for (int k = 1; k < z.Length; k++) m = Math.Max(m, z[k]);
            var p = new double[z.Length];
            double s = 0.0;
            for (int k = 0; k < z.Length; k++)
            {
                p[k] = Math.Exp(z[k] - m);
                s += p[k];
            }

            for (int k = 0; k < p.Length; k++) p[k] /= s;
            return p;
        }

        var result = new List<double[]>(scores.Count);
        foreach (double[] day in scores)
        {
            result.Add(Softmax(day));
        }

        return result;
    }
}
