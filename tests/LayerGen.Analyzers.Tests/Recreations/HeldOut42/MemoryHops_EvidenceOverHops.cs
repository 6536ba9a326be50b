// Idiom: multi-hop memory network, attention over the memories for each hop's precomputed match scores
// Layout: double[hops][memories] scores, List<double[]> of shifted exps
// Bug (LG0002): one normaliser summed over every hop's exps (LINQ), dividing each hop's attention
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut42.MemoryHops_EvidenceOverHops;

public static class HopAttention
{
    public static double[][] Compute(double[][] matchScores)
    {
        var exps = new List<double[]>();
        foreach (double[] hop in matchScores)
        {
            double m = hop.Max();
            exps.Add(hop.Select(s => Math.Exp(s - m)).ToArray());
        }

        double z = exps.Sum(e => e.Sum()); //~ LG0002
        return exps.Select(e => e.Select(v => v / z).ToArray()).ToArray();
    }
}
