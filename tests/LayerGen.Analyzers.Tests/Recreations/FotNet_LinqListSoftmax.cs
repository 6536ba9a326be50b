// Re-creation (our own code) of the LINQ softmax in j1sk1ss/FotNET.PETPRJ,
// FotNET/NETWORK/LAYERS/SOFT_MAX/SCRIPTS/SoftMax.cs.
// Layout: one vector (List<double>), no batch. Max taken once with LINQ Max(), subtracted inside a
// Select lambda, then an in-place division loop. Correct: a 1D softmax with a max over the whole vector.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.FotNetLinqListSoftmax;

public static class ListSoftmax
{
    public static List<double> Apply(List<double> scores)
    {
        double peak = scores.Max();
        List<double> weights = scores.Select(s => Math.Exp(s - peak)).ToList();
        double total = weights.Sum();
        for (int n = 0; n < weights.Count; n++)
        {
            weights[n] /= total;
        }

        return weights;
    }
}
