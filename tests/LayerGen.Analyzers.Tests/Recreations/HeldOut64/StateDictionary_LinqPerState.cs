// Idiom: Boltzmann policy over a Q-table kept as a dictionary from a state record to its action values (the
// "qTable_.get(state)" shape of Java/Python tabular learners), written with LINQ.
// Use: the behaviour policy of every visited state, for logging and for sampling.
// Layout: Dictionary<GridCell, double[]> (record struct key), LINQ Max/Select/Sum per entry.
// Correct: per state, max, exp of (q - max) / tau and the sum are all over that state's own action values.
using System.Collections.Generic;
using System.Linq;

namespace HeldOut64.StateDictionary_LinqPerState;

public readonly record struct GridCell(int Row, int Column);

public static class TabularPolicy
{
    public static Dictionary<GridCell, double[]> Boltzmann(Dictionary<GridCell, double[]> qTable, double tau)
    {
        var policy = new Dictionary<GridCell, double[]>(qTable.Count);
        foreach (var entry in qTable)
        {
            double[] q = entry.Value;
            double m = q.Max();
            double[] w = q.Select(v => System.Math.Exp((v - m) / tau)).ToArray();
            double z = w.Sum();
            policy[entry.Key] = w.Select(x => x / z).ToArray();
        }

        return policy;
    }
}
