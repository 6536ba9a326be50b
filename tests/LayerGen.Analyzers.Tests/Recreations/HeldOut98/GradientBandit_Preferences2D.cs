// Idiom: gradient bandit policy, a softmax over the arm preferences H of each bandit.
// Use: many independent k-armed bandits (one per level/shop) evaluated in one call.
// Layout: double[bandits, arms] held in a field (row-major 2D).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.GradientBandit_Preferences2D;

public sealed class GradientBandits(double[,] preferences)
{
    private readonly double[,] _h = preferences;

    public double[,] Policy()
    {
        int bandits = _h.GetLength(0), arms = _h.GetLength(1);
        var pi = new double[bandits, arms];
        for (int b = 0; b < bandits; b++)
        {
            double hMax = _h[b, 0];
            for (int a = 1; a < arms; a++)
            {
                if (_h[b, a] > hMax) hMax = _h[b, a];
            }

            double z = 0.0;
            for (int a = 0; a < arms; a++) z += Math.Exp(_h[b, a] - hMax);
            for (int a = 0; a < arms; a++) pi[b, a] = Math.Exp(_h[b, a] - hMax) / z;
        }

        return pi;
    }
}
