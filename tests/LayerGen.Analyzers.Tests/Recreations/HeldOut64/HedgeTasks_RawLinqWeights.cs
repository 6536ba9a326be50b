// Idiom: Hedge over experts per task written as LINQ (the "weights = [exp(-eta * L) ...]; probs = w / sum(w)" shape
// of Python bandit code ported to C#).
// Use: the mixing distribution over controllers for each task.
// Layout: double[][] cumulative losses (one row per task), nested LINQ Select / Sum, ToArray.
// Bug (LG0003): `Math.Exp(-eta * l)` of the raw losses: a large cumulative loss underflows every weight to 0 (0/0),
// a large negative one (a reward-like loss) overflows to +Inf.
using System;
using System.Linq;

namespace HeldOut64.HedgeTasks_RawLinqWeights;

public static class LinqHedge
{
    public static double[][] Mixing(double[][] losses, double eta)
    {
        return losses
            .Select(row =>
            {
                double[] w = row.Select(l => Math.Exp(-eta * l)).ToArray(); //~ LG0003
                double s = w.Sum();
                return w.Select(v => v / s).ToArray();
            })
            .ToArray();
    }
}
