// Source: chemical kinetics, branching ratios of competing reaction channels over a temperature grid with modified
// Arrhenius rates k = A T^n exp(-Ea / (R T)) (CHEMKIN / Cantera rate form): phi_i(T) = k_i(T) / sum_j k_j(T).
// Layout: double[channels, temperatures] of ln k (channel-major: the softmax runs down each temperature's column),
// a record struct per channel, the dominant channel per temperature and the total rate from the log-sum-exp.
// Correct: peak per temperature; exp(peak + log z) is the total rate (not a softmax); the rate table's own exp is
// never taken.
using System;

namespace HeldOut20.ArrheniusBranching;

public readonly record struct Channel(string Name, double LnA, double N, double EaJPerMol);

public static class Branching
{
    public const double R = 8.314462618;

    public static double[,] LnRates(Channel[] channels, double[] temperatures)
    {
        var lnK = new double[channels.Length, temperatures.Length];
        for (int i = 0; i < channels.Length; i++)
        {
            for (int t = 0; t < temperatures.Length; t++)
            {
                double T = temperatures[t];
                lnK[i, t] = channels[i].LnA + channels[i].N * Math.Log(T) - channels[i].EaJPerMol / (R * T);
            }
        }

        return lnK;
    }

    /// <summary>ratio[i, t] = k_i / sum k; dominant[t] is the fastest channel; totalRate[t] = sum k.</summary>
    public static void Ratios(double[,] lnK, double[,] ratio, int[] dominant, double[] totalRate)
    {
        int channels = lnK.GetLength(0);
        int temps = lnK.GetLength(1);
        for (int t = 0; t < temps; t++)
        {
            double peak = lnK[0, t];
            dominant[t] = 0;
            for (int i = 1; i < channels; i++)
            {
                if (lnK[i, t] > peak)
                {
                    peak = lnK[i, t];
                    dominant[t] = i;
                }
            }

            double z = 0.0;
            for (int i = 0; i < channels; i++)
            {
                z += ratio[i, t] = Math.Exp(lnK[i, t] - peak);
            }

            for (int i = 0; i < channels; i++)
            {
                ratio[i, t] /= z;
            }

            totalRate[t] = Math.Exp(peak + Math.Log(z));
        }
    }
}
