// Idiom: Boltzmann policy over a dictionary Q-table, loop version with tuple deconstruction of the entries.
// Use: behaviour policy per state for an off-policy learner (importance weights need pi(a|s)).
// Layout: IReadOnlyDictionary<(int X, int Y), double[]>, foreach (var (state, q) in table), Aggregate for the max.
// Bug (LG0002): the partition function `z` is declared above the state loop and never reset, so every state after
// the first is divided by the running total of all states visited so far.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut64.StateDictionary_PartitionCarried;

public static class OffPolicyBehaviour
{
    public static Dictionary<(int X, int Y), double[]> Policy(IReadOnlyDictionary<(int X, int Y), double[]> table, double tau)
    {
        var result = new Dictionary<(int X, int Y), double[]>();
        double z = 0.0;
        foreach (var (state, q) in table)
        {
            double m = q.Aggregate(double.NegativeInfinity, Math.Max);
            var e = new double[q.Length];
            for (int a = 0; a < q.Length; a++)
            {
                e[a] = Math.Exp((q[a] - m) / tau);
                z += e[a]; //~ LG0002
            }

            for (int a = 0; a < e.Length; a++)
            {
                e[a] /= z;
            }

            result[state] = e;
        }

        return result;
    }
}
