// Source: pointer-network / attention-model TSP and routing solvers ported to C# (Vinyals et al.; Kool et al.): at
// each decoding step the next city is chosen by a softmax over the UNVISITED cities. Layout: 1-D double[] per step
// plus a HashSet<int> of visited cities. Correct: visited cities skipped; a step with none left returns zeros.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut5.PointerNetworkTspVisitedNs;

public static class PointerNetworkTspVisited
{
    public static double[] NextCityDistribution(double[] compatibility, HashSet<int> visited)
    {
        var p = new double[compatibility.Length];
        double best = double.NegativeInfinity;
        for (int city = 0; city < compatibility.Length; city++)
        {
            if (!visited.Contains(city)) best = Math.Max(best, compatibility[city]);
        }
        if (double.IsNegativeInfinity(best)) return p;

        double z = 0.0;
        for (int city = 0; city < compatibility.Length; city++)
        {
            if (visited.Contains(city)) continue;
            p[city] = Math.Exp(compatibility[city] - best);
            z += p[city];
        }
        for (int city = 0; city < p.Length; city++) p[city] /= z;
        return p;
    }
}
