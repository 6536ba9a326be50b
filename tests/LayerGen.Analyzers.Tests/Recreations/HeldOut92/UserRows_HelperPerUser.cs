// Idiom: Dictionary<string, double[]> keyed by user, each value one user's row of class scores; ToDictionary with a
// private Normalize helper that shifts by the row's own Max and uses Array.ConvertAll.
// Use: per-user class probabilities in a user-feature table.
// Layout: user -> double[classes]; output user -> double[classes].
// Correct: the helper receives one user's row and subtracts that row's max.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.UserRows_HelperPerUser;

public static class UserRows
{
    public static Dictionary<string, double[]> Softmax(Dictionary<string, double[]> logitsByUser) =>
        logitsByUser.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value));

    private static double[] Normalize(double[] row)
    {
        double m = row.Max();
        double[] e = Array.ConvertAll(row, v => Math.Exp(v - m));
        double z = e.Sum();
        for (int i = 0; i < e.Length; i++)
        {
            e[i] /= z;
        }

        return e;
    }
}
