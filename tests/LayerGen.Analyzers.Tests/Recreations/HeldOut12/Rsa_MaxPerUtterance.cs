// Source: Rational Speech Acts speaker (Frank & Goodman 2012; probmods RSA): S1(u | w) ∝ exp(α · utility(w, u)).
// Layout: double[worlds, utterances] utility table; the shifts are kept per utterance in an array.
// Bug: LG0004 — the max runs over worlds for each utterance while the sum runs over utterances for each world.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Rsa_MaxPerUtterance
{
    public static double[,] Speaker(double[,] utility, double alpha)
    {
        int worlds = utility.GetLength(0), utterances = utility.GetLength(1);
        var shift = new double[utterances];
        for (int u = 0; u < utterances; u++)
        {
            shift[u] = double.NegativeInfinity;
            for (int w = 0; w < worlds; w++)
            {
                shift[u] = Math.Max(shift[u], alpha * utility[w, u]); //~ LG0004
            }
        }

        var speaker = new double[worlds, utterances];
        for (int w = 0; w < worlds; w++)
        {
            double z = 0.0;
            for (int u = 0; u < utterances; u++)
            {
                speaker[w, u] = Math.Exp(alpha * utility[w, u] - shift[u]);
                z += speaker[w, u];
            }

            for (int u = 0; u < utterances; u++)
            {
                speaker[w, u] /= z;
            }
        }

        return speaker;
    }
}
